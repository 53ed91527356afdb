// Rules of a submission beyond its statement: metadata (in a draft and when submitted), tier
// status bookkeeping after each version and the chair's decision, search text and list pages.
import { listOf, meaningfulLength, textOf } from '../shared/field-checks.util';
import type { Artifact, FieldError } from '../statement/impact-statement.types';
import {
  MAX_SHORT_TEXT,
  MAX_TEXT,
  validateArtifacts,
  validateDraftArtifacts,
} from '../statement/statement.validation';
import { TIERS, type Tier } from '../vocabulary/vocabulary';

/**
 * awaiting_submission: no version yet; suggested: no decision yet; needs_confirmation: a decision
 * was made for an earlier version whose tier the latest version's suggestion no longer matches;
 * confirmed / overridden: the chair's decision stands.
 */
export const TIER_STATUSES = [
  'awaiting_submission',
  'suggested',
  'needs_confirmation',
  'confirmed',
  'overridden',
] as const;
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

const TITLE_MISSING: FieldError = { path: 'title', message: 'Give the submission a title.' };

function checkTitleAndAbstract(
  input: SubmissionMetadata,
  errors: FieldError[],
  titleRequired: boolean,
): void {
  const title = textOf(input.title).trim();
  if (title === '') {
    if (titleRequired) errors.push({ ...TITLE_MISSING });
  } else if (title.length > MAX_SHORT_TEXT) {
    errors.push({ path: 'title', message: `Shorten the title to at most ${MAX_SHORT_TEXT} characters.` });
  }
  const abstract = textOf(input.abstract);
  if (abstract.length > MAX_TEXT) {
    errors.push({
      path: 'abstract',
      message: `Shorten the abstract to at most ${MAX_TEXT} characters (it has ${abstract.length}).`,
    });
  }
}

const LINK_FIELDS = ['paperUrl', 'openReviewUrl', 'doi', 'repositoryUrl'] as const;

/**
 * Title, abstract, links and artifacts as a draft may hold them: bounded and well-keyed, but
 * possibly unfinished. Links are only length-checked here: they are typed character by character,
 * and a half-typed address must still autosave (the format is checked when submitting).
 */
export function validateDraftMetadata(input: SubmissionMetadata): FieldError[] {
  const errors: FieldError[] = [];
  checkTitleAndAbstract(input, errors, false);
  for (const field of LINK_FIELDS) {
    if (textOf(input.links?.[field]).trim().length > MAX_URL)
      errors.push({ path: `links.${field}`, message: `Shorten this link to at most ${MAX_URL} characters.` });
  }
  errors.push(...validateDraftArtifacts(listOf(input.artifacts) as Artifact[]));
  return errors;
}

/**
 * Registering work: a venue, a draft's rules, and a title (lists and mail name the work by it).
 * Whether the venue exists is the server's to check.
 */
export function validateNewSubmission(input: SubmissionMetadata & { venueId?: unknown }): FieldError[] {
  const errors = validateDraftMetadata(input);
  if (textOf(input.title).trim() === '') errors.unshift({ ...TITLE_MISSING });
  if ('venueId' in input && textOf(input.venueId).trim() === '')
    errors.unshift({ path: 'venueId', message: 'Choose the venue you submit to.' });
  return errors;
}

/** What a submitted version needs: a title, well-formed links and at least one named artifact. */
export function validateMetadataForSubmission(input: SubmissionMetadata): FieldError[] {
  const errors: FieldError[] = [];
  checkTitleAndAbstract(input, errors, true);
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
  errors.push(...validateArtifacts(listOf(input.artifacts) as Artifact[]));
  return errors;
}

/**
 * After a new version is submitted. A decision belongs to the version it was made for; it carries
 * over to a new version only when that version's suggestion is the decided tier. Otherwise the
 * chair must decide again (needs_confirmation), and until then the new suggestion is in force.
 */
export function tierStatusAfterSubmission(
  decision: { tier: Tier; suggestedTier: Tier } | null,
  suggested: Tier,
): TierStatus {
  if (decision === null) return 'suggested';
  if (decision.tier !== suggested) return 'needs_confirmation';
  return decision.tier === decision.suggestedTier ? 'confirmed' : 'overridden';
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

/**
 * Text as lists search and sort it: lower case, accents removed ("Muñoz" → "munoz"), whitespace
 * collapsed. The same function prepares the stored field and the query, so they always agree.
 */
export function normalizeSearchText(text: string): string {
  return textOf(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The one scalar field chairs' searches look in: a version's title and its authors' names. */
export function searchTextOf(title: string, authorNames: readonly string[]): string {
  return normalizeSearchText([title, ...authorNames].join(' \u00b7 '));
}

/** Words shorter than this are too common to look up; a search needs at least one longer word. */
export const MIN_SEARCH_WORD = 2;
/** A search looks up at most this many words. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The words of normalized text, as the search index stores them: letters and digits of any
 * script, split at everything else, each at least MIN_SEARCH_WORD long, without repeats.
 */
export function searchWordsOf(text: string): string[] {
  const words = normalizeSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_SEARCH_WORD);
  return [...new Set(words)];
}

/**
 * Whether a submission's search text matches a chair's search: every word of the search starts a
 * word of the text ("clon" finds "cloning"; "loning" does not). Short words of the search are
 * ignored, as the index ignores them.
 */
export function matchesSearch(searchText: string, search: string): boolean {
  const wanted = searchWordsOf(search);
  if (wanted.length === 0) return false;
  const words = searchWordsOf(searchText);
  return wanted.every((prefix) => words.some((word) => word.startsWith(prefix)));
}

/**
 * Combines the search index's answers, one list of submission ids per search word (each cut off
 * after `cap` + 1 ids), into the candidates to read: the smallest complete list narrowed by the
 * other complete ones (a list that was cut off cannot rule anything out). When every list was cut
 * off, the first `cap` ids of the smallest are taken, and the result says it is capped.
 */
export function combineSearchCandidates(
  perWord: readonly (readonly string[])[],
  cap: number,
): { ids: string[]; capped: boolean } {
  if (perWord.length === 0) return { ids: [], capped: false };
  const complete = perWord.filter((ids) => ids.length <= cap).sort((a, b) => a.length - b.length);
  const [first, ...others] = complete;
  if (!first) {
    const smallest = perWord.reduce((a, b) => (b.length < a.length ? b : a));
    return { ids: smallest.slice(0, cap), capped: true };
  }
  const narrowed = others.reduce<string[]>((ids, next) => {
    const keep = new Set(next);
    return ids.filter((id) => keep.has(id));
  }, [...first]);
  return { ids: narrowed, capped: false };
}

export function validatePage(offset: number, limit: number, search: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(offset) || offset < 0)
    errors.push({ path: 'offset', message: 'Start at 0 or later.' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    errors.push({ path: 'limit', message: `Ask for 1 to ${MAX_PAGE_SIZE} submissions at a time.` });
  }
  const searchWords = searchWordsOf(search ?? '');
  if (meaningfulLength(search) > 0 && searchWords.length === 0) {
    errors.push({ path: 'filter.search', message: `Search for at least one word of ${MIN_SEARCH_WORD} letters or more.` });
  } else if (searchWords.length > MAX_SEARCH_WORDS) {
    errors.push({ path: 'filter.search', message: `Search for at most ${MAX_SEARCH_WORDS} words at a time.` });
  }
  if (meaningfulLength(search) > MAX_SEARCH) {
    errors.push({
      path: 'filter.search',
      message: `Shorten the search to at most ${MAX_SEARCH} characters.`,
    });
  }
  return errors;
}
