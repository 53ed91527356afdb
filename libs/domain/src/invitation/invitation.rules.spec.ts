import type { InvitationState } from '../vocabulary/vocabulary';
import {
  acceptedInvitationSentence,
  checkTransition,
  decideAcceptance,
  invitationExpiresAt,
  isExpired,
  roleWithArticle,
  validateInvitationInput,
  type AcceptanceDecision,
  type InvitationAction,
  type TransitionCheck,
} from './invitation.rules';

const NOW = new Date('2030-03-01T10:00:00Z');
const LATER = new Date('2030-03-20T10:00:00Z');
const EARLIER = new Date('2030-02-01T10:00:00Z');

describe('invitationExpiresAt', () => {
  it('is 14 days after the invitation', () => {
    expect(invitationExpiresAt(NOW).toISOString()).toBe('2030-03-15T10:00:00.000Z');
  });
});

describe('isExpired', () => {
  it.each<[InvitationState, Date, boolean]>([
    ['pending', LATER, false],
    ['pending', NOW, true], // the expiry instant itself is already too late
    ['pending', EARLIER, true],
    ['accepted', EARLIER, false],
    ['declined', EARLIER, false],
    ['revoked', EARLIER, false],
  ])('%s invitation expiring %s → %s', (state, expiresAt, expected) => {
    expect(isExpired({ state, expiresAt }, NOW)).toBe(expected);
  });
});

describe('checkTransition', () => {
  it.each<[InvitationState, Date, InvitationAction, TransitionCheck]>([
    ['pending', LATER, 'accept', { ok: true, to: 'accepted' }],
    ['pending', LATER, 'decline', { ok: true, to: 'declined' }],
    ['pending', LATER, 'revoke', { ok: true, to: 'revoked' }],
    ['pending', LATER, 'resend', { ok: true, to: 'pending' }],
    ['pending', EARLIER, 'accept', { ok: false, reason: 'expired' }],
    ['pending', EARLIER, 'decline', { ok: false, reason: 'expired' }],
    ['pending', EARLIER, 'revoke', { ok: true, to: 'revoked' }],
    ['pending', EARLIER, 'resend', { ok: true, to: 'pending' }],
    ['accepted', LATER, 'accept', { ok: false, reason: 'not_pending' }],
    ['accepted', LATER, 'revoke', { ok: false, reason: 'not_pending' }],
    ['declined', LATER, 'accept', { ok: false, reason: 'not_pending' }],
    ['declined', LATER, 'resend', { ok: false, reason: 'not_pending' }],
    ['revoked', LATER, 'accept', { ok: false, reason: 'not_pending' }],
    ['revoked', LATER, 'decline', { ok: false, reason: 'not_pending' }],
    ['revoked', EARLIER, 'accept', { ok: false, reason: 'not_pending' }],
  ])('%s (expires %s) %s → %j', (state, expiresAt, action, expected) => {
    expect(checkTransition({ state, expiresAt }, action, NOW)).toEqual(expected);
  });
});

describe('decideAcceptance', () => {
  const pending = { state: 'pending' as const, email: 'rev@example.org', expiresAt: LATER };
  it.each<[string, Parameters<typeof decideAcceptance>[0], AcceptanceDecision]>([
    [
      'signed in with the invited address',
      { invitation: pending, now: NOW, signedInEmail: 'rev@example.org', accountExists: true },
      { kind: 'grant_to_signed_in' },
    ],
    [
      'signed in with the invited address in other case',
      { invitation: pending, now: NOW, signedInEmail: ' Rev@Example.org', accountExists: true },
      { kind: 'grant_to_signed_in' },
    ],
    [
      'signed in with another address',
      { invitation: pending, now: NOW, signedInEmail: 'other@example.org', accountExists: true },
      { kind: 'refuse', reason: 'wrong_account' },
    ],
    [
      'anonymous, no account for the address',
      { invitation: pending, now: NOW, signedInEmail: null, accountExists: false },
      { kind: 'create_account' },
    ],
    [
      'anonymous, an account exists',
      { invitation: pending, now: NOW, signedInEmail: null, accountExists: true },
      { kind: 'refuse', reason: 'sign_in_required' },
    ],
    [
      'expired, even for the right account',
      { invitation: { ...pending, expiresAt: EARLIER }, now: NOW, signedInEmail: 'rev@example.org', accountExists: true },
      { kind: 'refuse', reason: 'expired' },
    ],
    [
      'already accepted',
      { invitation: { ...pending, state: 'accepted' }, now: NOW, signedInEmail: null, accountExists: false },
      { kind: 'refuse', reason: 'not_pending' },
    ],
    [
      'revoked, wrong account: the state is reported first',
      { invitation: { ...pending, state: 'revoked' }, now: NOW, signedInEmail: 'x@example.org', accountExists: true },
      { kind: 'refuse', reason: 'not_pending' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(decideAcceptance(input)).toEqual(expected);
  });
});

describe('validateInvitationInput', () => {
  it.each<[string, { email: string; role: string; message?: string | null }, string[]]>([
    ['a valid reviewer invitation', { email: 'a@example.org', role: 'expert_reviewer' }, []],
    ['a valid chair invitation with a note', { email: 'a@example.org', role: 'chair', message: 'Hi' }, []],
    ['a null note', { email: 'a@example.org', role: 'community_reviewer', message: null }, []],
    ['a bad email', { email: 'nope', role: 'chair' }, ['email']],
    ['a valid author invitation', { email: 'a@example.org', role: 'author' }, []],
    ['an unknown role', { email: 'a@example.org', role: 'king' }, ['role']],
    ['a note too long', { email: 'a@example.org', role: 'chair', message: 'x'.repeat(2001) }, ['message']],
    ['everything wrong', { email: '', role: 'king', message: 'x'.repeat(2001) }, ['email', 'role', 'message']],
  ])('%s', (_name, input, paths) => {
    expect(validateInvitationInput(input).map((e) => e.path)).toEqual(paths);
  });
});

describe('wording', () => {
  it.each([
    ['chair', 'a chair'],
    ['expert_reviewer', 'an expert reviewer'],
    ['community_reviewer', 'a community reviewer'],
    ['author', 'an author'],
  ] as const)('roleWithArticle(%s) = %s', (role, text) => {
    expect(roleWithArticle(role)).toBe(text);
  });

  it('names the role with its article and the venue', () => {
    expect(acceptedInvitationSentence('expert_reviewer', { name: 'Workshop on Voice Cloning Risks', shortName: 'VCR 2030' })).toBe(
      'You are now an expert reviewer at Workshop on Voice Cloning Risks (VCR 2030).',
    );
    expect(acceptedInvitationSentence('author', { name: 'SMC', shortName: 'SMC' })).toBe('You are now an author at SMC.');
  });
});
