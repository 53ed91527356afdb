import type { Actor, SubmissionAccessFacts } from './access.policy';
import {
  canConfirmTier,
  canEditSubmission,
  canInvite,
  canManageVenue,
  canViewStatementVersion,
  canViewSubmission,
  hasVenueRole,
  submissionVisibilityScope,
} from './access.policy';

// Venue v1 holds the submission; v2 is another venue.
const ACTORS: Record<string, Actor> = {
  anonymous: null,
  author: { userId: 'u-author', roles: [{ venueId: 'v1', role: 'author' }] },
  // Authorship comes from the author list: a co-author need not hold the venue's author role.
  coAuthorWithoutRole: { userId: 'u-coauthor', roles: [] },
  chair: { userId: 'u-chair', roles: [{ venueId: 'v1', role: 'chair' }] },
  chairAndAuthor: {
    userId: 'u-chair-author',
    roles: [
      { venueId: 'v1', role: 'chair' },
      { venueId: 'v1', role: 'author' },
    ],
  },
  chairOfOtherVenue: { userId: 'u-other-chair', roles: [{ venueId: 'v2', role: 'chair' }] },
  authorAtV1ButNotOfIt: { userId: 'u-stranger-author', roles: [{ venueId: 'v1', role: 'author' }] },
  expertReviewer: { userId: 'u-expert', roles: [{ venueId: 'v1', role: 'expert_reviewer' }] },
  communityReviewer: { userId: 'u-community', roles: [{ venueId: 'v1', role: 'community_reviewer' }] },
  // A broken session must never match a blank entry in an author list.
  blankUser: { userId: '', roles: [] },
};

const facts = (hasSubmittedVersion: boolean): SubmissionAccessFacts => ({
  venueId: 'v1',
  authorIds: ['u-author', 'u-coauthor', 'u-chair-author', ''],
  hasSubmittedVersion,
});
const neverSubmitted = facts(false);
const submitted = facts(true);

type Row = [
  actor: string,
  viewUnsubmitted: boolean,
  viewSubmitted: boolean,
  edit: boolean,
  viewDraftVersion: boolean,
  viewSubmittedVersion: boolean,
  confirmTier: boolean,
];

// Columns: can view the submission before / after a first submission, can edit it, can view a
// draft version / a submitted version (of the submitted submission), can confirm its tier.
const TABLE: Row[] = [
  ['anonymous', false, false, false, false, false, false],
  ['author', true, true, true, true, true, false],
  ['coAuthorWithoutRole', true, true, true, true, true, false],
  ['chair', false, true, false, false, true, true],
  ['chairAndAuthor', true, true, true, true, true, false],
  ['chairOfOtherVenue', false, false, false, false, false, false],
  ['authorAtV1ButNotOfIt', false, false, false, false, false, false],
  ['expertReviewer', false, false, false, false, false, false],
  ['communityReviewer', false, false, false, false, false, false],
  ['blankUser', false, false, false, false, false, false],
];

describe('submission access', () => {
  it.each(TABLE)(
    '%s: view before submission %s, after %s; edit %s; draft version %s; submitted version %s; confirm tier %s',
    (name, viewUnsubmitted, viewSubmitted, edit, viewDraftVersion, viewSubmittedVersion, confirmTier) => {
      const actor = ACTORS[name] ?? null;
      expect({
        viewUnsubmitted: canViewSubmission(actor, neverSubmitted),
        viewSubmitted: canViewSubmission(actor, submitted),
        edit: canEditSubmission(actor, submitted),
        viewDraftVersion: canViewStatementVersion(actor, submitted, 'draft'),
        viewSubmittedVersion: canViewStatementVersion(actor, submitted, 'submitted'),
        confirmTier: canConfirmTier(actor, submitted),
      }).toEqual({
        viewUnsubmitted,
        viewSubmitted,
        edit,
        viewDraftVersion,
        viewSubmittedVersion,
        confirmTier,
      });
    },
  );

  it('lets no one confirm the tier of a submission that was never submitted', () => {
    expect(Object.values(ACTORS).filter((actor) => canConfirmTier(actor, neverSubmitted))).toEqual([]);
  });

  it('lets authors edit before the first submission too', () => {
    expect(canEditSubmission(ACTORS['author'] ?? null, neverSubmitted)).toBe(true);
  });
});

describe('venue roles', () => {
  it.each<[string, string, boolean, boolean]>([
    // actor, venue, manages (chair), may invite
    ['anonymous', 'v1', false, false],
    ['author', 'v1', false, false],
    ['chair', 'v1', true, true],
    ['chair', 'v2', false, false],
    ['chairAndAuthor', 'v1', true, true],
    ['chairOfOtherVenue', 'v1', false, false],
    ['chairOfOtherVenue', 'v2', true, true],
    ['expertReviewer', 'v1', false, false],
    ['chair', '', false, false],
  ])('%s at %j: manage %s, invite %s', (name, venueId, manage, invite) => {
    const actor = ACTORS[name] ?? null;
    expect([canManageVenue(actor, venueId), canInvite(actor, venueId)]).toEqual([manage, invite]);
  });

  it.each<[string, string, 'chair' | 'author' | 'expert_reviewer', boolean]>([
    ['anonymous', 'v1', 'author', false],
    ['author', 'v1', 'author', true],
    ['author', 'v1', 'chair', false],
    ['author', 'v2', 'author', false],
    ['chairAndAuthor', 'v1', 'author', true],
    ['chairAndAuthor', 'v1', 'chair', true],
    ['expertReviewer', 'v1', 'expert_reviewer', true],
  ])('hasVenueRole(%s, %s, %s) = %s', (name, venueId, role, expected) => {
    expect(hasVenueRole(ACTORS[name] ?? null, venueId, role)).toBe(expected);
  });
});

describe('submissionVisibilityScope', () => {
  it.each<[string, { authorUserId: string | null; chairVenueIds: string[] }]>([
    ['anonymous', { authorUserId: null, chairVenueIds: [] }],
    ['blankUser', { authorUserId: null, chairVenueIds: [] }],
    ['author', { authorUserId: 'u-author', chairVenueIds: [] }],
    ['chair', { authorUserId: 'u-chair', chairVenueIds: ['v1'] }],
    ['expertReviewer', { authorUserId: 'u-expert', chairVenueIds: [] }],
  ])('%s → %j', (name, scope) => {
    expect(submissionVisibilityScope(ACTORS[name] ?? null)).toEqual(scope);
  });

  it('lists each chaired venue once, sorted, and ignores other roles', () => {
    const actor: Actor = {
      userId: 'u-many',
      roles: [
        { venueId: 'v3', role: 'chair' },
        { venueId: 'v1', role: 'chair' },
        { venueId: 'v3', role: 'chair' },
        { venueId: 'v2', role: 'author' },
      ],
    };
    expect(submissionVisibilityScope(actor)).toEqual({ authorUserId: 'u-many', chairVenueIds: ['v1', 'v3'] });
  });
});
