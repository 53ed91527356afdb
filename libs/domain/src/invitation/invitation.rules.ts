// Pure rules of invitations: lifetime, state transitions and who may accept.
import { normalizeEmail, validateEmail } from '../account/account.rules';
import type { FieldError } from '../statement/impact-statement.types';
import { labelOf, VENUE_ROLES, type InvitationState, type VenueRole } from '../vocabulary/vocabulary';

export const INVITATION_LIFETIME_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_INVITATION_MESSAGE = 2000;

/** Every venue role can be offered by invitation; authors may also join by creating a submission. */
export const INVITABLE_ROLES: readonly VenueRole[] = VENUE_ROLES;

export interface InvitationFacts {
  state: InvitationState;
  email: string;
  expiresAt: Date;
}

export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
}

/** Only an open invitation can lapse; an answered or withdrawn one keeps its state. */
export function isExpired(invitation: Pick<InvitationFacts, 'state' | 'expiresAt'>, now: Date): boolean {
  return invitation.state === 'pending' && now.getTime() >= invitation.expiresAt.getTime();
}

export type InvitationAction = 'accept' | 'decline' | 'revoke' | 'resend';

export type TransitionCheck =
  | { ok: true; to: InvitationState }
  | { ok: false; reason: 'not_pending' | 'expired' };

const TARGET: Record<InvitationAction, InvitationState> = {
  accept: 'accepted',
  decline: 'declined',
  revoke: 'revoked',
  resend: 'pending',
};

/**
 * Every transition leaves 'pending'. The invitee can answer only before expiry; the chair may
 * still revoke or re-send (with a fresh token and lifetime) an expired one.
 */
export function checkTransition(
  invitation: Pick<InvitationFacts, 'state' | 'expiresAt'>,
  action: InvitationAction,
  now: Date,
): TransitionCheck {
  if (invitation.state !== 'pending') return { ok: false, reason: 'not_pending' };
  const answersInvitee = action === 'accept' || action === 'decline';
  if (answersInvitee && isExpired(invitation, now)) return { ok: false, reason: 'expired' };
  return { ok: true, to: TARGET[action] };
}

export type AcceptanceDecision =
  | { kind: 'grant_to_signed_in' }
  | { kind: 'create_account' }
  | { kind: 'refuse'; reason: 'not_pending' | 'expired' | 'wrong_account' | 'sign_in_required' };

/**
 * Who an invitation may be accepted by. Signed in: only the account with the invited address.
 * Not signed in: a new account is created for the address, unless one exists (then sign in first,
 * so nobody can claim a role for an existing account by holding the link alone).
 */
export function decideAcceptance(input: {
  invitation: InvitationFacts;
  now: Date;
  /** Email of the signed-in account; null when anonymous. */
  signedInEmail: string | null;
  /** Whether an account with the invited address exists. */
  accountExists: boolean;
}): AcceptanceDecision {
  const transition = checkTransition(input.invitation, 'accept', input.now);
  if (!transition.ok) return { kind: 'refuse', reason: transition.reason };
  if (input.signedInEmail !== null) {
    return normalizeEmail(input.signedInEmail) === normalizeEmail(input.invitation.email)
      ? { kind: 'grant_to_signed_in' }
      : { kind: 'refuse', reason: 'wrong_account' };
  }
  return input.accountExists ? { kind: 'refuse', reason: 'sign_in_required' } : { kind: 'create_account' };
}

export function validateInvitationInput(input: { email: string; role: string; message?: string | null }): FieldError[] {
  const errors = [...validateEmail(input.email)];
  if (!(INVITABLE_ROLES as readonly string[]).includes(input.role)) {
    errors.push({ path: 'role', message: 'Choose a role: chair, expert reviewer, community reviewer or author.' });
  }
  const message = input.message ?? '';
  if (message.length > MAX_INVITATION_MESSAGE) {
    errors.push({
      path: 'message',
      message: `Shorten the message to at most ${MAX_INVITATION_MESSAGE} characters (it has ${message.length}).`,
    });
  }
  return errors;
}

/** The role as a sentence needs it, with its article: "an expert reviewer", "a chair". */
export function roleWithArticle(role: VenueRole): string {
  const label = labelOf(role).toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** What a person is told after accepting: "You are now an expert reviewer at NeurIPS 2030 (NeurIPS)." */
export function acceptedInvitationSentence(role: VenueRole, venue: { name: string; shortName: string }): string {
  const where = venue.name === venue.shortName ? venue.name : `${venue.name} (${venue.shortName})`;
  return `You are now ${roleWithArticle(role)} at ${where}.`;
}
