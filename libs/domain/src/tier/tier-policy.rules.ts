// A venue's tier policy: for each review tier, the reviewers a statement needs by kind, how long
// their review may take, and what that review may decide. As in an IRB (45 CFR 46.110), an expedited
// review may approve or ask for changes but not disapprove: a disapproval refers the statement to
// full review. Plus the venue's expertise taxonomy and the communities its reviewers represent.
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';
import { TIERS, type Tier } from '../vocabulary/vocabulary';

/** What a review of this tier may do with a disapproval. */
export const DISAPPROVAL_RULES = ['decide', 'refer_to_full'] as const;
export type DisapprovalRule = (typeof DISAPPROVAL_RULES)[number];

export const DISAPPROVAL_RULE_LABELS: Readonly<Record<DisapprovalRule, string>> = {
  decide: 'May disapprove',
  refer_to_full: 'Refers to full review',
};

export interface TierRequirement {
  /** A chair checks the statement (the whole review for exempt work). */
  chairCheck: boolean;
  expertReviewers: number;
  communityReviewers: number;
  /** Days the reviewers have, from their assignment. */
  reviewDays: number;
  disapproval: DisapprovalRule;
}

export type TierPolicy = Readonly<Record<Tier, TierRequirement>>;

export const MAX_REVIEWERS_PER_KIND = 10;
export const MAX_REVIEW_DAYS = 365;

export const DEFAULT_TIER_POLICY: TierPolicy = {
  exempt: { chairCheck: true, expertReviewers: 0, communityReviewers: 0, reviewDays: 7, disapproval: 'refer_to_full' },
  expedited: { chairCheck: false, expertReviewers: 1, communityReviewers: 0, reviewDays: 14, disapproval: 'refer_to_full' },
  full: { chairCheck: false, expertReviewers: 2, communityReviewers: 1, reviewDays: 28, disapproval: 'decide' },
};

const FIELDS: readonly (keyof TierRequirement)[] = ['chairCheck', 'expertReviewers', 'communityReviewers', 'reviewDays', 'disapproval'];

const isWhole = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Every reason the policy cannot be saved, with paths like `full.expertReviewers`. */
export function validateTierPolicy(policy: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const byTier = (policy ?? {}) as Record<string, Partial<TierRequirement> | undefined>;
  for (const tier of TIERS) {
    const requirement = byTier[tier];
    if (!requirement || typeof requirement !== 'object') {
      errors.push({ path: tier, message: `Say what ${tier} review needs.` });
      continue;
    }
    for (const kind of ['expertReviewers', 'communityReviewers'] as const) {
      if (!isWhole(requirement[kind], 0, MAX_REVIEWERS_PER_KIND))
        errors.push({ path: `${tier}.${kind}`, message: `Give a whole number from 0 to ${MAX_REVIEWERS_PER_KIND}.` });
    }
    if (!isWhole(requirement.reviewDays, 1, MAX_REVIEW_DAYS))
      errors.push({ path: `${tier}.reviewDays`, message: `Give the review period in whole days, from 1 to ${MAX_REVIEW_DAYS}.` });
    if (typeof requirement.chairCheck !== 'boolean') errors.push({ path: `${tier}.chairCheck`, message: 'Say whether a chair checks it.' });
    if (!isOneOf(DISAPPROVAL_RULES, requirement.disapproval))
      errors.push({ path: `${tier}.disapproval`, message: 'Choose what this review may do with a disapproval.' });
    const reviewers = Number(requirement.expertReviewers ?? 0) + Number(requirement.communityReviewers ?? 0);
    if (requirement.chairCheck === false && reviewers === 0 && errors.every((e) => !e.path.startsWith(`${tier}.`)))
      errors.push({ path: `${tier}.expertReviewers`, message: 'Someone has to review it: ask for a reviewer or a chair’s check.' });
  }
  // Full review is where disapprovals go: it must be able to decide them.
  if (byTier['full']?.disapproval === 'refer_to_full')
    errors.push({ path: 'full.disapproval', message: 'Full review decides disapprovals itself; there is nowhere to refer them.' });
  return errors;
}

/** The fields of each tier that a new policy changes, for the chairs' preview. */
export function tierPolicyChanges(before: TierPolicy, after: TierPolicy): { tier: Tier; fields: (keyof TierRequirement)[] }[] {
  return TIERS.map((tier) => ({ tier, fields: FIELDS.filter((field) => before[tier][field] !== after[tier][field]) })).filter(
    (change) => change.fields.length > 0,
  );
}

// --- The venue's expertise taxonomy and communities --------------------------------------------

export interface TaxonomyArea {
  label: string;
  subAreas: string[];
}

export interface VenueTaxonomy {
  areas: TaxonomyArea[];
  communities: string[];
}

export const MAX_AREAS = 100;
export const MAX_SUB_AREAS = 50;
export const MAX_COMMUNITIES = 100;
export const MAX_TAXONOMY_LABEL = 120;

/** Lower-cased and trimmed: two labels that differ only so are the same label. */
const labelKey = (label: string): string => label.trim().toLowerCase().replace(/\s+/g, ' ');

function checkLabels(labels: readonly unknown[], path: (i: number) => string, what: string, errors: FieldError[]): void {
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    const length = meaningfulLength(label);
    if (length === 0) errors.push({ path: path(i), message: `Name the ${what}, or remove the row.` });
    else if (length > MAX_TAXONOMY_LABEL) errors.push({ path: path(i), message: `Shorten the ${what} to at most ${MAX_TAXONOMY_LABEL} characters.` });
    else {
      const key = labelKey(String(label));
      const first = seen.get(key);
      if (first !== undefined) errors.push({ path: path(i), message: `This ${what} is already listed (row ${first + 1}).` });
      else seen.set(key, i);
    }
  });
}

export function validateVenueTaxonomy(taxonomy: VenueTaxonomy): FieldError[] {
  const errors: FieldError[] = [];
  const areas = Array.isArray(taxonomy.areas) ? taxonomy.areas : [];
  const communities = Array.isArray(taxonomy.communities) ? taxonomy.communities : [];
  if (areas.length > MAX_AREAS) errors.push({ path: 'areas', message: `List at most ${MAX_AREAS} areas.` });
  if (communities.length > MAX_COMMUNITIES) errors.push({ path: 'communities', message: `List at most ${MAX_COMMUNITIES} communities.` });
  checkLabels(areas.map((a) => a?.label), (i) => `areas.${i}.label`, 'area', errors);
  areas.forEach((area, i) => {
    const subAreas = Array.isArray(area?.subAreas) ? area.subAreas : [];
    if (subAreas.length > MAX_SUB_AREAS) errors.push({ path: `areas.${i}.subAreas`, message: `List at most ${MAX_SUB_AREAS} sub-areas.` });
    checkLabels(subAreas, (j) => `areas.${i}.subAreas.${j}`, 'sub-area', errors);
  });
  checkLabels(communities, (i) => `communities.${i}`, 'community', errors);
  return errors;
}

/** Labels tidied for storing: trimmed, inner whitespace collapsed. */
export function tidyTaxonomy(taxonomy: VenueTaxonomy): VenueTaxonomy {
  const tidy = (label: string) => label.trim().replace(/\s+/g, ' ');
  return {
    areas: taxonomy.areas.map((area) => ({ label: tidy(area.label), subAreas: area.subAreas.map(tidy) })),
    communities: taxonomy.communities.map(tidy),
  };
}
