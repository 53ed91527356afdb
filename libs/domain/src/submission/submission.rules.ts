// Rules of a submission beyond its statement: metadata, tier status bookkeeping after each
// version and the chair's decision, and the limits of list pages.
import { meaningfulLength, textOf } from '../shared/field-checks.util';
import type { Artifact, FieldError } from '../statement/impact-statement.types';
import { MAX_SHORT_TEXT, MAX_TEXT, validateArtifacts } from '../statement/statement.validation';
import { TIERS, type Tier } from '../vocabulary/vocabulary';

export const TIER_STATUSES = ['awaiting_submission', 'suggested', 'confirmed', 'overridden'] as const;
export type TierStatus = (typeof TIER_STATUSES)[number];

export const SUBMISSION_SORT_FIELDS = ['updatedAt', 'title', 'tier', 'submittedAt'] as const;
export type SubmissionSortField = (typeof SUBMISSION_SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const MAX_URL = 2000;
export const MAX_PAGE_SIZE = 100;
export const MAX_SEARCH = 200;

export interface SubmissionLinks {
  paperUrl: string;
  openReviewUrl: string;
  doi: string;
  repositoryUrl: string;
}

export interface SubmissionMetadata {
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
}

const URL_FIELDS = ['paperUrl', 'openReviewUrl', 'repositoryUrl'] as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Title, abstract, links and artifacts as a submission may hold them at any time. Artifacts may
 * still be missing while the authors register the work; submitting requires them (validateArtifacts).
 */
export function validateSubmissionMetadata(input: SubmissionMetadata): FieldError[] {
  const errors: FieldError[] = [];
  const title = textOf(input.title).trim();
  if (title === '') errors.push({ path: 'title', message: 'Give the submission a title.' });
  else if (title.length > MAX_SHORT_TEXT) {
    errors.push({ path: 'title', message: `Shorten the title to at most ${MAX_SHORT_TEXT} characters.` });
  }
  const abstract = textOf(input.abstract);
  if (abstract.length > MAX_TEXT) {
    errors.push({
      path: 'abstract',
      message: `Shorten the abstract to at most ${MAX_TEXT} characters (it has ${abstract.length}).`,
    });
  }
  for (const field of URL_FIELDS) {
    const value = textOf(input.links?.[field]).trim();
    if (value === '') continue;
    if (value.length > MAX_URL)
      errors.push({ path: `links.${field}`, message: `Shorten this link to at most ${MAX_URL} characters.` });
    else if (!isHttpUrl(value))
      errors.push({ path: `links.${field}`, message: 'Enter a full web address starting with https://.' });
  }
  const doi = textOf(input.links?.doi).trim();
  if (doi !== '' && (doi.length > MAX_SHORT_TEXT || !/^10\.\d{4,9}\/\S+$/.test(doi))) {
    errors.push({
      path: 'links.doi',
      message: 'Enter the DOI as 10.xxxx/suffix, for example 10.1145/3375627.3375815.',
    });
  }
  if (input.artifacts.length > 0) errors.push(...validateArtifacts(input.artifacts));
  return errors;
}

/**
 * After a new version is submitted: a decision stays in force when the new suggestion agrees with
 * the decided tier; otherwise the chair has to look again.
 */
export function tierStatusAfterSubmission(
  decision: { tier: Tier } | null,
  currentStatus: TierStatus,
  suggested: Tier,
): TierStatus {
  if (decision === null || decision.tier !== suggested) return 'suggested';
  return currentStatus === 'confirmed' || currentStatus === 'overridden' ? currentStatus : 'confirmed';
}

/** The tier a submission is currently handled under: the chair's decision while it stands, else the suggestion. */
export function effectiveTier(status: TierStatus, decided: Tier | null, suggested: Tier | null): Tier | null {
  if ((status === 'confirmed' || status === 'overridden') && decided !== null) return decided;
  return suggested;
}

/** A number that sorts tiers by how much review they need; 0 when there is no tier yet. */
export function tierRank(tier: Tier | null): number {
  return tier === null ? 0 : TIERS.indexOf(tier) + 1;
}

export function validatePage(offset: number, limit: number, search: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(offset) || offset < 0)
    errors.push({ path: 'offset', message: 'Start at 0 or later.' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    errors.push({ path: 'limit', message: `Ask for 1 to ${MAX_PAGE_SIZE} submissions at a time.` });
  }
  if (meaningfulLength(search) > MAX_SEARCH) {
    errors.push({
      path: 'filter.search',
      message: `Shorten the search to at most ${MAX_SEARCH} characters.`,
    });
  }
  return errors;
}

/** What the access policy needs to know about a submission. */
export function accessFactsOf(submission: {
  venueId: string;
  authorIds: string[];
  latestVersionNumber: number;
}): {
  venueId: string;
  authorIds: string[];
  hasSubmittedVersion: boolean;
} {
  return {
    venueId: submission.venueId,
    authorIds: submission.authorIds,
    hasSubmittedVersion: submission.latestVersionNumber > 0,
  };
}
