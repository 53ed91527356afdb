// Reviewer assignment at a venue: bids, what each statement still needs from its tier, the matcher
// run's phases, checks on a chair's hand edits, the replacements offered after a decline, and the
// figures a proposal shows. The solver itself is libs/matching; this module only decides.
import type { FieldError, ImpactStatementContent } from '../statement/impact-statement.types';
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';
import type { TierPolicy, VenueTaxonomy } from '../tier/tier-policy.rules';
import type { Tier } from '../vocabulary/vocabulary';

// --- What the matcher reads of a statement ------------------------------------------------------

/**
 * The words of a submitted version that the matcher compares with reviewers' expertise: the
 * abstract, the summary, each hazard and the affected groups, one per line (empty ones left out).
 * Kept on the submission when a version is submitted, so a venue-sized run reads no versions.
 */
export function affinityTextOf(
  abstract: string,
  content: Pick<ImpactStatementContent, 'summary' | 'hazards' | 'affectedGroups'>,
): string {
  return [abstract, content.summary, ...content.hazards.map((h) => h.description), ...content.affectedGroups]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

// --- Bids ----------------------------------------------------------------------------------------

export const BID_LEVELS = ['very_high', 'high', 'neutral', 'low', 'very_low'] as const;
export type BidLevel = (typeof BID_LEVELS)[number];

export const BID_LEVEL_LABELS: Readonly<Record<BidLevel, string>> = {
  very_high: 'Very high',
  high: 'High',
  neutral: 'Neutral',
  low: 'Low',
  very_low: 'Very low',
};

export function isBidLevel(value: unknown): value is BidLevel {
  return isOneOf(BID_LEVELS, value);
}

// --- Reviewer kinds and demand -------------------------------------------------------------------

export const REVIEWER_KINDS = ['expert', 'community'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

export const REVIEWER_KIND_LABELS: Readonly<Record<ReviewerKind, string>> = {
  expert: 'expert reviewer',
  community: 'community reviewer',
};

export type KindCounts = Readonly<Record<ReviewerKind, number>>;

/** The reviewers a statement of this tier needs, by kind (the venue's tier policy). */
export function demandOfTier(tier: Tier, policy: TierPolicy): KindCounts {
  return { expert: policy[tier].expertReviewers, community: policy[tier].communityReviewers };
}

/** What is still open once the slots already held (assigned or accepted) are taken off. */
export function openDemand(demand: KindCounts, held: KindCounts): KindCounts {
  return { expert: Math.max(0, demand.expert - held.expert), community: Math.max(0, demand.community - held.community) };
}

export function totalOf(counts: KindCounts): number {
  return counts.expert + counts.community;
}

/** The reviewer kind of a venue role; null for roles that do not review. */
export function reviewerKindOfRole(role: string): ReviewerKind | null {
  if (role === 'expert_reviewer') return 'expert';
  if (role === 'community_reviewer') return 'community';
  return null;
}

// --- Committed assignments -----------------------------------------------------------------------

/** assigned: told, waiting for an answer; accepted; declined (the slot is open again). */
export const ASSIGNMENT_STATES = ['assigned', 'accepted', 'declined'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const ASSIGNMENT_STATE_LABELS: Readonly<Record<AssignmentState, string>> = {
  assigned: 'No answer yet',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** Where an assignment came from: the matcher, a chair's hand edit, or a chair's one-click replacement. */
export const ASSIGNMENT_ORIGINS = ['matcher', 'chair', 'replacement'] as const;
export type AssignmentOrigin = (typeof ASSIGNMENT_ORIGINS)[number];

/** Whether the assignment takes one of the statement's slots (a declined one does not). */
export function holdsSlot(state: AssignmentState): boolean {
  return state !== 'declined';
}

export const MAX_DECLINE_REASON = 1000;

/** A decline needs a reason the chairs can act on. */
export function validateDeclineReason(reason: unknown): FieldError[] {
  const length = meaningfulLength(reason);
  if (length === 0) return [{ path: 'reason', message: 'Say why you decline, so the chairs can find someone else.' }];
  if (length > MAX_DECLINE_REASON) return [{ path: 'reason', message: `Keep the reason under ${MAX_DECLINE_REASON} characters.` }];
  return [];
}

// --- The matcher run -----------------------------------------------------------------------------

export const MATCHING_OBJECTIVES = ['total', 'fair'] as const;
export type MatchingObjective = (typeof MATCHING_OBJECTIVES)[number];

export const MATCHING_OBJECTIVE_LABELS: Readonly<Record<MatchingObjective, string>> = {
  total: 'Best total affinity and bids',
  fair: 'Fairness: best lowest statement first',
};

export const MATCHING_RUN_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type MatchingRunState = (typeof MATCHING_RUN_STATES)[number];

export function isActiveRunState(state: MatchingRunState): boolean {
  return state === 'queued' || state === 'running';
}

export const MATCHING_PHASES = ['loading', 'affinity', 'conflicts', 'solving', 'writing'] as const;
export type MatchingRunPhase = (typeof MATCHING_PHASES)[number];

export const MATCHING_PHASE_LABELS: Readonly<Record<MatchingRunPhase, string>> = {
  loading: 'Loading profiles and statements',
  affinity: 'Computing affinity',
  conflicts: 'Finding conflicts',
  solving: 'Solving the assignment',
  writing: 'Writing the proposal',
};

/** Rough share of a run's time per phase, measured on the benchmark venue: the bar moves evenly. */
const PHASE_WEIGHTS: Readonly<Record<MatchingRunPhase, number>> = {
  loading: 15,
  affinity: 40,
  conflicts: 5,
  solving: 25,
  writing: 15,
};

/** The whole run's percent (0..100) from the current phase and the fraction done within it. */
export function runPercent(phase: MatchingRunPhase, fraction: number): number {
  const total = MATCHING_PHASES.reduce((sum, p) => sum + PHASE_WEIGHTS[p], 0);
  const before = MATCHING_PHASES.slice(0, MATCHING_PHASES.indexOf(phase)).reduce((sum, p) => sum + PHASE_WEIGHTS[p], 0);
  const within = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * PHASE_WEIGHTS[phase];
  return Math.min(100, Math.floor(((before + within) / total) * 100));
}

// --- Hand edits of a proposal --------------------------------------------------------------------

export interface HandEditFacts {
  reviewerName: string;
  statementTitle: string;
  /** The reviewer is conflicted with the statement (declared, found by the matcher, or an author). */
  conflicted: boolean;
  /** The reviewer already has this statement in the proposal or committed. */
  alreadyAssigned: boolean;
  reviewerKind: ReviewerKind;
  /** Statements the reviewer holds after the edit (proposal plus committed). */
  loadAfter: number;
  maxLoad: number;
  /** Reviewers of each kind the statement has after the edit, and what its tier asks for. */
  heldAfter: KindCounts;
  demand: KindCounts;
}

export interface HandEditCheck {
  /** Set when the edit may not be made at all. */
  refusal: string | null;
  /** Things the chair should know; the edit is still made. */
  warnings: string[];
}

/** Adding a reviewer to a statement by hand: a conflict refuses it, overload and kinds warn. */
export function checkAddition(facts: HandEditFacts): HandEditCheck {
  if (facts.conflicted)
    return {
      refusal: `${facts.reviewerName} is conflicted with “${facts.statementTitle}” and can never review it.`,
      warnings: [],
    };
  if (facts.alreadyAssigned)
    return { refusal: `${facts.reviewerName} already reviews “${facts.statementTitle}”.`, warnings: [] };
  return { refusal: null, warnings: shapeWarnings(facts) };
}

/** Removing a reviewer: allowed; warns when the statement is left short of a kind. */
export function checkRemoval(facts: Pick<HandEditFacts, 'statementTitle' | 'heldAfter' | 'demand'>): HandEditCheck {
  return { refusal: null, warnings: kindWarnings(facts) };
}

function shapeWarnings(facts: HandEditFacts): string[] {
  const warnings: string[] = [];
  if (facts.loadAfter > facts.maxLoad)
    warnings.push(
      `${facts.reviewerName} would review ${facts.loadAfter} statements, over their maximum of ${facts.maxLoad} (with “${facts.statementTitle}”).`,
    );
  if (facts.heldAfter[facts.reviewerKind] > facts.demand[facts.reviewerKind])
    warnings.push(
      `“${facts.statementTitle}” would have ${facts.heldAfter[facts.reviewerKind]} ${plural(REVIEWER_KIND_LABELS[facts.reviewerKind], facts.heldAfter[facts.reviewerKind])}; its tier asks for ${facts.demand[facts.reviewerKind]} (${facts.reviewerName} is one more).`,
    );
  return [...warnings, ...kindWarnings(facts)];
}

function kindWarnings(facts: Pick<HandEditFacts, 'statementTitle' | 'heldAfter' | 'demand'>): string[] {
  const warnings: string[] = [];
  for (const kind of REVIEWER_KINDS) {
    const missing = facts.demand[kind] - facts.heldAfter[kind];
    if (missing > 0)
      warnings.push(`“${facts.statementTitle}” is missing ${missing} ${plural(REVIEWER_KIND_LABELS[kind], missing)}.`);
  }
  return warnings;
}

function plural(noun: string, count: number): string {
  return count === 1 ? noun : `${noun}s`;
}

// --- Replacements after a decline ---------------------------------------------------------------

export interface ReplacementCandidate {
  userId: string;
  kind: ReviewerKind;
  affinity: number;
  conflicted: boolean;
  /** Assigned or accepted statements at the venue. */
  load: number;
  maxLoad: number;
  /** Already on this statement (or declined it). */
  onStatement: boolean;
  /** An institution the statement's other reviewers share: at most one reviewer per institution. */
  sharesInstitution: boolean;
}

export const REPLACEMENT_COUNT = 5;

/**
 * The best people to take a declined slot: the same kind, no conflict, spare load, not on the
 * statement already, no shared institution; highest affinity first, then the least loaded.
 */
export function rankReplacements(
  candidates: readonly ReplacementCandidate[],
  kind: ReviewerKind,
  count = REPLACEMENT_COUNT,
): ReplacementCandidate[] {
  return candidates
    .filter((c) => c.kind === kind && !c.conflicted && !c.onStatement && !c.sharesInstitution && c.load < c.maxLoad)
    .sort((a, b) => b.affinity - a.affinity || a.load - b.load || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
    .slice(0, count);
}

// --- Figures of a proposal -----------------------------------------------------------------------

export interface HistogramBin {
  /** Inclusive lower edge and exclusive upper edge (the last bin includes its upper edge). */
  from: number;
  to: number;
  count: number;
  label: string;
}

/** How many reviewers hold 0, 1, 2, ... statements (one bin per load up to the highest). */
export function loadHistogram(loads: readonly number[]): HistogramBin[] {
  const highest = loads.reduce((max, load) => Math.max(max, load), 0);
  const bins: HistogramBin[] = [];
  for (let load = 0; load <= highest; load++) bins.push({ from: load, to: load + 1, count: 0, label: String(load) });
  for (const load of loads) bins[load].count += 1;
  return bins;
}

/** Statement scores in `binCount` equal bins between the lowest and the highest score. */
export function scoreHistogram(scores: readonly number[], binCount = 10): HistogramBin[] {
  if (scores.length === 0) return [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const score of scores) {
    low = Math.min(low, score);
    high = Math.max(high, score);
  }
  if (high - low < 1e-9) return [{ from: low, to: high, count: scores.length, label: low.toFixed(2) }];
  const width = (high - low) / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => {
    const from = low + i * width;
    const to = i === binCount - 1 ? high : low + (i + 1) * width;
    return { from, to, count: 0, label: `${from.toFixed(2)}–${to.toFixed(2)}` };
  });
  for (const score of scores) bins[Math.min(binCount - 1, Math.floor((score - low) / width))].count += 1;
  return bins;
}

// --- Areas a statement speaks to -----------------------------------------------------------------

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The venue's areas (and "Area / Sub-area" labels) a statement's text mentions: every word of the
 * label occurs in the text. Statements do not pick areas; this is how the matcher gives them some.
 */
export function areasMentioned(text: string, taxonomy: VenueTaxonomy): string[] {
  const words = new Set(wordsOf(text));
  const mentions = (label: string): boolean => {
    const labelWords = wordsOf(label);
    return labelWords.length > 0 && labelWords.every((word) => words.has(word));
  };
  const found: string[] = [];
  for (const area of taxonomy.areas) {
    const areaHit = mentions(area.label);
    if (areaHit) found.push(area.label);
    for (const sub of area.subAreas) if (mentions(sub)) found.push(`${area.label} / ${sub}`);
  }
  return found;
}

/** The reviewer's areas a statement shares, counting an area when the statement names one of its sub-areas. */
export function sharedAreas(reviewerAreas: readonly string[], statementAreas: readonly string[]): string[] {
  const statement = new Set(statementAreas);
  const statementTop = new Set(statementAreas.map((area) => area.split(' / ')[0]));
  return reviewerAreas.filter((area) => statement.has(area) || (!area.includes(' / ') && statementTop.has(area)));
}
