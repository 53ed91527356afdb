// The discussion of a statement among its reviewers and the chairs, and the authors' response to
// released reviews. Who may read and post is the access layer's (policy/); this module checks what
// is written: comments and their mentions, a response within its word limit and window.
import type { FieldError } from '../statement/impact-statement.types';
import { meaningfulLength, textOf } from '../shared/field-checks.util';

export const MAX_COMMENT = 10_000;
export const MAX_MENTIONS = 20;

/**
 * The problems with a comment: text present and not too long, mentions of people who can read
 * the discussion (anyone else would learn from the mail that the statement is discussed).
 */
export function validateComment(
  body: unknown,
  mentions: readonly string[],
  mayRead: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const length = meaningfulLength(body);
  if (length === 0) errors.push({ path: 'body', message: 'Write a comment.' });
  else if (length > MAX_COMMENT)
    errors.push({ path: 'body', message: `Keep a comment under ${MAX_COMMENT.toLocaleString('en-GB')} characters.` });
  if (mentions.length > MAX_MENTIONS)
    errors.push({ path: 'mentions', message: `Mention at most ${MAX_MENTIONS} people in one comment.` });
  mentions.forEach((id, i) => {
    if (!mayRead.has(id))
      errors.push({ path: `mentions.${i}`, message: 'This person cannot read this discussion, so they cannot be mentioned.' });
  });
  return errors;
}

/** How many comments are newer than the reader's last visit (their own never count). */
export function unreadCount(
  comments: readonly { readonly authorId: string; readonly createdAt: Date }[],
  readerId: string,
  lastReadAt: Date | null,
): number {
  return comments.filter((c) => c.authorId !== readerId && (lastReadAt === null || c.createdAt.getTime() > lastReadAt.getTime())).length;
}

// --- The authors' response ----------------------------------------------------------------------

/** The venue's response phase: open or not, until when, and how long a response may be. */
export interface ResponsePhase {
  readonly open: boolean;
  readonly deadline: Date | null;
  readonly wordLimit: number;
}

export const DEFAULT_RESPONSE_PHASE: ResponsePhase = { open: false, deadline: null, wordLimit: 500 };
export const MIN_WORD_LIMIT = 50;
export const MAX_WORD_LIMIT = 5_000;

/** Words as a reader counts them: runs of letters, digits and joiners between spaces. */
export function countWords(text: unknown): number {
  const words = textOf(text).trim().match(/[^\s]+/g);
  return words ? words.length : 0;
}

/** Whether authors may write their response now, and if not why (in words for the page). */
export type ResponseWindow = { readonly open: true } | { readonly open: false; readonly reason: string };

export function responseWindow(phase: ResponsePhase, reviewsReleased: boolean, now: Date): ResponseWindow {
  if (!phase.open) return { open: false, reason: 'The response phase is not open.' };
  if (phase.deadline !== null && now.getTime() >= phase.deadline.getTime())
    return { open: false, reason: 'The response deadline has passed.' };
  if (!reviewsReleased) return { open: false, reason: 'The reviews of this statement are not released yet.' };
  return { open: true };
}

/** The problems with a response: not empty, within the venue's word limit. */
export function validateResponse(text: unknown, wordLimit: number): FieldError[] {
  const words = countWords(text);
  if (words === 0) return [{ path: 'text', message: 'Write your response.' }];
  if (words > wordLimit)
    return [{ path: 'text', message: `Keep the response to ${wordLimit} words; it has ${words}.` }];
  return [];
}

/** The problems with a chair's response phase settings. */
export function validateResponsePhase(phase: ResponsePhase, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(phase.wordLimit) || phase.wordLimit < MIN_WORD_LIMIT || phase.wordLimit > MAX_WORD_LIMIT)
    errors.push({ path: 'wordLimit', message: `Choose a word limit between ${MIN_WORD_LIMIT} and ${MAX_WORD_LIMIT.toLocaleString('en-GB')}.` });
  if (phase.open && phase.deadline === null)
    errors.push({ path: 'deadline', message: 'Set a deadline for the responses.' });
  else if (phase.open && phase.deadline !== null && phase.deadline.getTime() <= now.getTime())
    errors.push({ path: 'deadline', message: 'Choose a deadline in the future.' });
  return errors;
}
