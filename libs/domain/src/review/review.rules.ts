// A review's life: a draft only its reviewer reads, submitted (every submission kept as a version),
// editable until the review deadline, late when the deadline passes without one. An expert review
// adds to the form's answers a recommendation, a recommended release option per artifact (the same
// vocabulary as the authors' plan), required mitigations and two kinds of comments; community
// feedback may be named to the authors if its reviewer chooses.
import type { ReviewerKind } from '../assignment/assignment.rules';
import type { FieldError } from '../statement/impact-statement.types';
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';
import {
  CONTENT_LEVELS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  type ContentLevel,
  type ReleaseDistribution,
  type ReleaseTiming,
} from '../vocabulary/vocabulary';
import { MAX_ANSWER, validateAnswers, type Answer, type ReviewForm } from './review-form.rules';

export const REVIEW_STATES = ['draft', 'submitted'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What an expert recommends the committee decide (the decision outcomes a review can argue for). */
export const REVIEW_RECOMMENDATIONS = [
  'approved',
  'approved_with_conditions',
  'revise_and_resubmit',
  'not_approved',
] as const;
export type ReviewRecommendation = (typeof REVIEW_RECOMMENDATIONS)[number];

export const REVIEW_RECOMMENDATION_LABELS: Readonly<Record<ReviewRecommendation, string>> = {
  approved: 'Approve',
  approved_with_conditions: 'Approve with conditions',
  revise_and_resubmit: 'Revise and resubmit',
  not_approved: 'Do not approve',
};

/** The release option an expert recommends for one artifact. */
export interface ReleaseRecommendation {
  readonly artifactKey: string;
  readonly contentLevel: ContentLevel;
  readonly timing: ReleaseTiming;
  readonly distribution: ReleaseDistribution;
}

/** What a reviewer writes (a draft may leave any of it empty). */
export interface ReviewContent {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly recommendation: ReviewRecommendation | null;
  readonly releaseRecommendations: readonly ReleaseRecommendation[];
  readonly requiredMitigations: string;
  readonly commentsForAuthors: string;
  readonly confidentialComments: string;
  /** Community feedback only: the reviewer agrees to be named to the authors. */
  readonly namedToAuthors: boolean;
}

export const MAX_REVIEW_TEXT = 20_000;
/** Submitted versions kept per review; past it the review is locked (a chair can still read all). */
export const MAX_REVIEW_VERSIONS = 50;
export const MIN_COMMENTS_FOR_AUTHORS = 20;

const TEXT_FIELDS = ['requiredMitigations', 'commentsForAuthors', 'confidentialComments'] as const;

/** The checks a draft passes too: nothing too long, no value outside the vocabulary. */
export function validateReviewDraft(content: ReviewContent, artifactKeys: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of TEXT_FIELDS)
    if (meaningfulLength(content[field]) > MAX_REVIEW_TEXT)
      errors.push({ path: field, message: `Keep this under ${MAX_REVIEW_TEXT.toLocaleString('en-GB')} characters.` });
  for (const [id, answer] of Object.entries(content.answers))
    if (meaningfulLength(answer.text ?? '') > MAX_ANSWER)
      errors.push({ path: `answers.${id}.text`, message: `Keep the answer under ${MAX_ANSWER.toLocaleString('en-GB')} characters.` });
  if (content.recommendation !== null && !isOneOf(REVIEW_RECOMMENDATIONS, content.recommendation))
    errors.push({ path: 'recommendation', message: 'Choose one of the recommendations.' });
  const seen = new Set<string>();
  content.releaseRecommendations.forEach((r, i) => {
    const path = `releaseRecommendations.${i}`;
    if (!artifactKeys.includes(r.artifactKey))
      errors.push({ path: `${path}.artifactKey`, message: 'This artifact is not in the statement.' });
    else if (seen.has(r.artifactKey))
      errors.push({ path: `${path}.artifactKey`, message: 'This artifact already has a recommendation.' });
    seen.add(r.artifactKey);
    if (!isOneOf(CONTENT_LEVELS, r.contentLevel)) errors.push({ path: `${path}.contentLevel`, message: 'Choose a content level.' });
    if (!isOneOf(RELEASE_TIMINGS, r.timing)) errors.push({ path: `${path}.timing`, message: 'Choose a timing.' });
    if (!isOneOf(RELEASE_DISTRIBUTIONS, r.distribution))
      errors.push({ path: `${path}.distribution`, message: 'Choose a distribution.' });
  });
  return errors;
}

/**
 * The problems with submitting `content` as a review of `kind` on `form`: the draft checks, the
 * form's answers, and for an expert a recommendation, a release option for every artifact and
 * comments the authors can act on.
 */
export function validateReviewSubmission(
  kind: ReviewerKind,
  form: ReviewForm,
  content: ReviewContent,
  artifactKeys: readonly string[],
): FieldError[] {
  const errors = [...validateReviewDraft(content, artifactKeys), ...validateAnswers(form, content.answers)];
  if (kind === 'community') return errors;
  if (content.recommendation === null)
    errors.push({ path: 'recommendation', message: 'Recommend what the committee should decide.' });
  const covered = new Set(content.releaseRecommendations.map((r) => r.artifactKey));
  artifactKeys.forEach((key) => {
    if (!covered.has(key))
      errors.push({
        path: 'releaseRecommendations',
        message: 'Recommend a release option for every artifact of the statement.',
      });
  });
  if (meaningfulLength(content.commentsForAuthors) < MIN_COMMENTS_FOR_AUTHORS)
    errors.push({
      path: 'commentsForAuthors',
      message: `Write the authors a few sentences they can act on (at least ${MIN_COMMENTS_FOR_AUTHORS} characters).`,
    });
  return dedupe(errors);
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether the reviewer may still change the review, and if not, why (in words for the page). */
export type ReviewEditability = { readonly editable: true } | { readonly editable: false; readonly reason: string };

/**
 * A draft can be written and submitted at any time, late included (a late review is better than
 * none). A submitted review can be changed until the deadline, or while the chairs have reopened
 * reviews (after the authors' response), and while versions remain.
 */
export function reviewEditability(facts: {
  readonly state: ReviewState | null;
  readonly dueAt: Date;
  readonly reopenedUntil: Date | null;
  readonly versions: number;
  readonly now: Date;
}): ReviewEditability {
  if (facts.state !== 'submitted') return { editable: true };
  if (facts.versions >= MAX_REVIEW_VERSIONS)
    return { editable: false, reason: `This review has been submitted ${MAX_REVIEW_VERSIONS} times; ask the chairs to change it.` };
  const now = facts.now.getTime();
  if (now < facts.dueAt.getTime()) return { editable: true };
  if (facts.reopenedUntil !== null && now < facts.reopenedUntil.getTime()) return { editable: true };
  return { editable: false, reason: 'The review deadline has passed; the submitted review stands.' };
}

export const REVIEW_TIMELINESS = ['submitted', 'submitted_late', 'due', 'due_soon', 'late'] as const;
export type ReviewTimeliness = (typeof REVIEW_TIMELINESS)[number];

export const REVIEW_TIMELINESS_LABELS: Readonly<Record<ReviewTimeliness, string>> = {
  submitted: 'Submitted',
  submitted_late: 'Submitted late',
  due: 'Due',
  due_soon: 'Due soon',
  late: 'Late',
};

const HOUR = 3_600_000;
/** Within this of the deadline a review is "due soon" (the last reminder goes out then). */
export const DUE_SOON_HOURS = 24;

/** Where a review stands against its deadline. */
export function reviewTimeliness(firstSubmittedAt: Date | null, dueAt: Date, now: Date): ReviewTimeliness {
  if (firstSubmittedAt !== null) return firstSubmittedAt.getTime() > dueAt.getTime() ? 'submitted_late' : 'submitted';
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'late';
  return left <= DUE_SOON_HOURS * HOUR ? 'due_soon' : 'due';
}

/** Reminders before a review deadline, earliest first: each goes once, if no review is submitted. */
export const REVIEW_REMINDERS = [
  { key: '3d', hoursBefore: 72 },
  { key: '1d', hoursBefore: 24 },
] as const;
export type ReviewReminderKey = (typeof REVIEW_REMINDERS)[number]['key'];

/**
 * The reminder to send now for a review due at `dueAt`, or null: the latest one whose time has come
 * (a reviewer assigned two days before the deadline gets the one-day reminder, not both), never
 * after the deadline and never once a review is submitted.
 */
export function reminderDue(dueAt: Date, now: Date, submitted: boolean): ReviewReminderKey | null {
  if (submitted || now.getTime() >= dueAt.getTime()) return null;
  let due: ReviewReminderKey | null = null;
  for (const reminder of REVIEW_REMINDERS)
    if (now.getTime() >= dueAt.getTime() - reminder.hoursBefore * HOUR) due = reminder.key;
  return due;
}

/**
 * The round of reviews a statement is in: one more than the "revise and resubmit" decisions that
 * were sent and answered by a later version (the same reviewers review each resubmission).
 */
export function reviewRoundOf(
  decisions: readonly { readonly outcome: string; readonly forVersion: number; readonly sentAt: Date | null }[],
  latestVersion: number,
): number {
  return 1 + decisions.filter((d) => d.outcome === 'revise_and_resubmit' && d.sentAt !== null && d.forVersion < latestVersion).length;
}

/** The statement version the previous round reviewed (for "what changed"), or null in the first round. */
export function previousRoundVersion(
  decisions: readonly { readonly outcome: string; readonly forVersion: number; readonly sentAt: Date | null }[],
  latestVersion: number,
): number | null {
  const answered = decisions.filter((d) => d.outcome === 'revise_and_resubmit' && d.sentAt !== null && d.forVersion < latestVersion);
  return answered.at(-1)?.forVersion ?? null;
}
