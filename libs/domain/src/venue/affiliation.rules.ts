// A workshop is held at a conference only with the conference chairs' approval: creating a workshop
// "at" a conference asks them, and until they approve it the workshop stands alone.
import type { FieldError } from '../statement/impact-statement.types';

export const AFFILIATION_STATES = ['pending', 'approved', 'declined'] as const;
export type AffiliationState = (typeof AFFILIATION_STATES)[number];

export const AFFILIATION_DECISIONS = ['approve', 'decline'] as const;
export type AffiliationDecision = (typeof AFFILIATION_DECISIONS)[number];

export const MAX_AFFILIATION_NOTE = 1000;

/** A chair of the conference who creates a workshop at it approves by creating it. */
export function initialAffiliation(creatorChairsConference: boolean): AffiliationState {
  return creatorChairsConference ? 'approved' : 'pending';
}

export type AffiliationCheck = { ok: true; to: AffiliationState } | { ok: false; reason: 'already_decided' };

/** Only a pending request can be decided, and only once. */
export function checkAffiliationDecision(
  state: AffiliationState,
  decision: AffiliationDecision,
): AffiliationCheck {
  if (state !== 'pending') return { ok: false, reason: 'already_decided' };
  return { ok: true, to: decision === 'approve' ? 'approved' : 'declined' };
}

export function validateAffiliationNote(note: string | null | undefined, path = 'note'): FieldError[] {
  const length = (note ?? '').trim().length;
  if (length > MAX_AFFILIATION_NOTE) {
    return [
      { path, message: `Shorten the note to at most ${MAX_AFFILIATION_NOTE} characters (it has ${length}).` },
    ];
  }
  return [];
}
