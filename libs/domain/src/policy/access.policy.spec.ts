import type { SubmissionPhase } from '../statement/statement.lifecycle';
import { DEFAULT_REVIEW_VISIBILITY, type ReviewVisibilitySettings } from '../review/review-visibility.rules';
import {
  AUTHORS_ONLY_EVENTS,
  auditKindsHiddenFromChairs,
  hasVenueRole,
  isPermitted,
  isPermission,
  PERMISSION_NAMES,
  PERMISSIONS,
  submissionTarget,
  VIEW_PERMISSION_OF,
  type Actor,
  type Permission,
  type ReviewTarget,
  type SubmissionTarget,
} from './access.policy';

// Venue v1 holds the submission; v2 is another venue.
const ACTORS = {
  anonymous: null,
  unrelated: { userId: 'u-stranger', roles: [] },
  author: { userId: 'u-author', roles: [{ venueId: 'v1', role: 'author' }] },
  // Authorship comes from the author list: a co-author need not hold the venue's author role.
  coAuthor: { userId: 'u-coauthor', roles: [] },
  chair: { userId: 'u-chair', roles: [{ venueId: 'v1', role: 'chair' }] },
  chairAuthor: {
    userId: 'u-chair-author',
    roles: [
      { venueId: 'v1', role: 'chair' },
      { venueId: 'v1', role: 'author' },
    ],
  },
  conflictedChair: { userId: 'u-conflicted-chair', roles: [{ venueId: 'v1', role: 'chair' }] },
  otherChair: { userId: 'u-other-chair', roles: [{ venueId: 'v2', role: 'chair' }] },
  expert: { userId: 'u-expert', roles: [{ venueId: 'v1', role: 'expert_reviewer' }] },
  community: { userId: 'u-community', roles: [{ venueId: 'v1', role: 'community_reviewer' }] },
  // Holds one of the submission's slots.
  assignedExpert: { userId: 'u-assigned', roles: [{ venueId: 'v1', role: 'expert_reviewer' }] },
  // Assigned once, conflicted since: the conflict wins.
  conflictedExpert: { userId: 'u-conflicted-expert', roles: [{ venueId: 'v1', role: 'expert_reviewer' }] },
  otherReviewer: { userId: 'u-other-reviewer', roles: [{ venueId: 'v2', role: 'expert_reviewer' }] },
  // A broken session must never match a blank entry in an author list.
  blank: { userId: '', roles: [] },
} satisfies Record<string, Actor>;
type Who = keyof typeof ACTORS;

const submission = (
  phase: SubmissionPhase,
  tiersVisibleToAuthors = true,
  venue: { biddingOpen?: boolean; doubleBlind?: boolean } = {},
): SubmissionTarget =>
  submissionTarget(
    { venueId: 'v1', authorIds: ['u-author', 'u-coauthor', 'u-chair-author', ''], phase },
    {
      conflictedUserIds: ['u-conflicted-chair', 'u-conflicted-expert'],
      tiersVisibleToAuthors,
      assignedUserIds: ['u-assigned', 'u-conflicted-expert'],
      biddingOpen: venue.biddingOpen ?? false,
      doubleBlind: venue.doubleBlind ?? true,
      reviewVisibility: DEFAULT_REVIEW_VISIBILITY,
      submittedReviewerIds: [],
      reviewsReleased: false,
      decisionSent: false,
    },
  );

/** Who holds the permission, for each phase (the same list for all three when one is given). */
const SUBMISSION_TABLE: Record<string, Partial<Record<SubmissionPhase | 'all', Who[]>>> = {
  'submission.view': { draft: ['author', 'coAuthor', 'chairAuthor'], submitted: ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert'], revising: ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert'] },
  'submission.viewAuthors': { draft: ['author', 'coAuthor', 'chairAuthor'], submitted: ['author', 'coAuthor', 'chairAuthor', 'chair'], revising: ['author', 'coAuthor', 'chairAuthor', 'chair'] },
  'submission.edit': { all: ['author', 'coAuthor', 'chairAuthor'] },
  'submission.viewDraft': { all: ['author', 'coAuthor', 'chairAuthor'] },
  'tier.view': { draft: ['author', 'coAuthor', 'chairAuthor'], submitted: ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert'], revising: ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert'] },
  'tier.viewHistory': { draft: [], submitted: ['chair'], revising: ['chair'] },
  'tier.decide': { draft: [], submitted: ['chair'], revising: ['chair'] },
  'conflict.view': { draft: ['author', 'coAuthor', 'chairAuthor'], submitted: ['author', 'coAuthor', 'chairAuthor', 'chair'], revising: ['author', 'coAuthor', 'chairAuthor', 'chair'] },
  'conflict.declare': { draft: ['author', 'coAuthor', 'chairAuthor'], submitted: ['author', 'coAuthor', 'chairAuthor', 'chair'], revising: ['author', 'coAuthor', 'chairAuthor', 'chair'] },
  'conflict.pin': { draft: [], submitted: ['chair'], revising: ['chair'] },
  // Bidding is closed in this table: nobody bids.
  'conflict.declareOwn': { all: [] },
  'bid.place': { all: [] },
  'assignment.view': { draft: [], submitted: ['chair'], revising: ['chair'] },
  'assignment.manage': { draft: [], submitted: ['chair'], revising: ['chair'] },
  'assignment.respond': { draft: [], submitted: ['assignedExpert'], revising: ['assignedExpert'] },
};

/** While bidding is open, every unconflicted reviewer of the venue sees and bids on submitted statements. */
const BIDDING_TABLE: Record<string, Who[]> = {
  'submission.view': ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert', 'expert', 'community'],
  'tier.view': ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert', 'expert', 'community'],
  'bid.place': ['assignedExpert', 'expert', 'community'],
  'conflict.declareOwn': ['assignedExpert', 'expert', 'community'],
  'submission.viewAuthors': ['author', 'coAuthor', 'chairAuthor', 'chair'],
  'assignment.view': ['chair'],
};

describe('submission permissions', () => {
  const phases: SubmissionPhase[] = ['draft', 'submitted', 'revising'];
  const cases = Object.entries(SUBMISSION_TABLE).flatMap(([permission, byPhase]) =>
    phases.map((phase) => [permission, phase, byPhase[phase] ?? byPhase.all ?? []] as const),
  );
  test.each(cases)('%s in %s: held by exactly %j', (permission, phase, holders) => {
    const held = (Object.keys(ACTORS) as Who[]).filter((who) =>
      isPermitted(ACTORS[who], permission as 'submission.view', submission(phase)),
    );
    expect(held.sort()).toEqual([...holders].sort());
  });

  test.each(Object.entries(BIDDING_TABLE))('%s with bidding open: held by exactly %j', (permission, holders) => {
    const target = submission('submitted', true, { biddingOpen: true });
    const held = (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], permission as 'submission.view', target));
    expect(held.sort()).toEqual([...holders].sort());
    // A draft is nobody's to bid on.
    expect(isPermitted(ACTORS.expert, permission as 'submission.view', submission('draft', true, { biddingOpen: true }))).toBe(false);
  });

  test('reviewers see the authors only where the venue is not double-blind', () => {
    const open = submission('submitted', true, { biddingOpen: true, doubleBlind: false });
    const held = (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], 'submission.viewAuthors', open));
    expect(held.sort()).toEqual(['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor', 'community', 'expert']);
  });

  test('hiding tiers from authors leaves chairs as they were', () => {
    const hidden = submission('submitted', false);
    const held = (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], 'tier.view', hidden));
    expect(held.sort()).toEqual(['assignedExpert', 'chair']);
  });

  test('a chair who authors the submission is conflicted: sees it only as an author', () => {
    const target = submission('submitted');
    expect(isPermitted(ACTORS.chairAuthor, 'submission.view', target)).toBe(true);
    expect(isPermitted(ACTORS.chairAuthor, 'tier.decide', target)).toBe(false);
    expect(isPermitted(ACTORS.chairAuthor, 'tier.viewHistory', target)).toBe(false);
    expect(isPermitted(ACTORS.chairAuthor, 'tier.view', submission('submitted', false))).toBe(false);
  });
});

describe('statement versions', () => {
  test.each([
    ['submitted', 'submitted', ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert']],
    ['revising', 'submitted', ['author', 'coAuthor', 'chairAuthor', 'chair', 'assignedExpert']],
    // The draft of a revision stays with its authors.
    ['revising', 'draft', ['author', 'coAuthor', 'chairAuthor']],
  ] as const)('%s submission, %s version: %j', (phase, versionState, holders) => {
    const target = { kind: 'statementVersion', submission: submission(phase), versionState } as const;
    const held = (Object.keys(ACTORS) as Who[]).filter((who) =>
      isPermitted(ACTORS[who], 'statement.viewVersion', target),
    );
    expect(held.sort()).toEqual([...holders].sort());
  });
});

describe('venue permissions', () => {
  const venuePermissions = PERMISSION_NAMES.filter((p) => PERMISSIONS[p].target === 'venue');
  test.each(venuePermissions)('%s: chairs of the venue only', (permission) => {
    const held = (Object.keys(ACTORS) as Who[]).filter((who) =>
      isPermitted(ACTORS[who], permission as 'venue.manage', { kind: 'venue', venueId: 'v1' }),
    );
    expect(held.sort()).toEqual(["chair", "chairAuthor", "conflictedChair"]);
  });

  test('a blank venue id is no venue', () => {
    expect(hasVenueRole(ACTORS.chair, '', 'chair')).toBe(false);
  });
});

describe('person.viewEmail', () => {
  test.each([
    ['u-expert', ['chair', 'chairAuthor', 'conflictedChair', 'expert']],
    ['', ['chair', 'chairAuthor', 'conflictedChair']],
  ])('%p in v1: %j', (personId, holders) => {
    const held = (Object.keys(ACTORS) as Who[]).filter((who) =>
      isPermitted(ACTORS[who], 'person.viewEmail', { kind: 'person', venueId: 'v1', personId }),
    );
    expect(held.sort()).toEqual([...holders].sort());
  });
});

describe('auditEvent.view', () => {
  const onSubmission = (eventKind: 'tier.confirmed' | 'submission.registered' | 'assignment.committed' | 'bid.placed') =>
    ({ kind: 'auditEvent', venueId: 'v1', eventKind, submission: submission('submitted') }) as const;
  test.each([
    ['a venue event', { kind: 'auditEvent', venueId: 'v1', eventKind: 'venue.changed', submission: null } as const, ['chair', 'chairAuthor', 'conflictedChair']],
    ['a tier decision', onSubmission('tier.confirmed'), ['author', 'coAuthor', 'chairAuthor', 'chair']],
    ['a draft event', onSubmission('submission.registered'), ['author', 'coAuthor', 'chairAuthor']],
    // Who reviews a statement is the committee's: not its authors, not the reviewer on it.
    ['an assignment', onSubmission('assignment.committed'), ['chair']],
    ['a bid', onSubmission('bid.placed'), ['chair']],
  ])('%s', (_what, target, holders) => {
    const held = (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], 'auditEvent.view', target));
    expect(held.sort()).toEqual([...holders].sort());
  });

  test('the kinds hidden from chairs are the draft events', () => {
    expect(auditKindsHiddenFromChairs().sort()).toEqual([...AUTHORS_ONLY_EVENTS].sort());
  });
});

describe('the catalogue', () => {
  test('refuses a target of the wrong kind', () => {
    expect(() => isPermitted(ACTORS.chair, 'submission.view', { kind: 'venue', venueId: 'v1' } as never)).toThrow(
      'submission.view is about a submission, not a venue',
    );
  });

  test.each([
    ['tier.decide', true],
    ['tier.dance', false],
    ['toString', false],
  ])('isPermission(%p)', (value, expected) => expect(isPermission(value)).toBe(expected));

  test('each hidden kind of object names a view permission about that kind', () => {
    for (const [kind, permission] of Object.entries(VIEW_PERMISSION_OF)) {
      if (permission === null) continue;
      expect(PERMISSIONS[permission as Permission]).toMatchObject({ target: kind, view: true });
    }
  });
});

describe('site permissions', () => {
  const site = (siteAdmin: boolean, canCreateVenues: boolean) => ({ kind: 'site', siteAdmin, canCreateVenues }) as const;
  test.each([
    ['site.administer', site(true, true), true],
    ['site.administer', site(false, true), false],
    ['venue.create', site(false, true), true],
    ['venue.create', site(false, false), false],
  ] as const)('%s with %j: %s', (permission, target, expected) => {
    expect(isPermitted(ACTORS.unrelated, permission, target)).toBe(expected);
    // Nobody anonymous holds a site permission, whatever the facts say.
    expect(isPermitted(null, permission, target)).toBe(false);
  });
});

describe('reviewer profiles', () => {
  test.each([
    ['reviewerProfile.view', 'u-expert', ['chair', 'chairAuthor', 'conflictedChair', 'expert']],
    ['reviewerProfile.edit', 'u-expert', ['expert']],
    ['reviewerProfile.edit', 'u-chair', []],
    ['reviewerProfile.view', '', ['chair', 'chairAuthor', 'conflictedChair']],
  ] as const)('%s of %p: %j', (permission, personId, holders) => {
    const held = (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], permission, { kind: 'person', venueId: 'v1', personId }));
    expect(held.sort()).toEqual([...holders].sort());
  });
});

describe('reviews', () => {
  // The community reviewer holds a slot here too, so that two reviewers of one statement meet.
  const reviewed = (
    facts: { settings?: Partial<ReviewVisibilitySettings>; submitted?: string[]; released?: boolean; phase?: SubmissionPhase; sent?: boolean } = {},
  ): SubmissionTarget =>
    submissionTarget(
      { venueId: 'v1', authorIds: ['u-author', 'u-coauthor', 'u-chair-author'], phase: facts.phase ?? 'submitted' },
      {
        conflictedUserIds: ['u-conflicted-chair', 'u-conflicted-expert'],
        tiersVisibleToAuthors: true,
        assignedUserIds: ['u-assigned', 'u-community', 'u-conflicted-expert'],
        biddingOpen: false,
        doubleBlind: true,
        reviewVisibility: { ...DEFAULT_REVIEW_VISIBILITY, ...facts.settings },
        submittedReviewerIds: facts.submitted ?? ['u-assigned'],
        reviewsReleased: facts.released ?? false,
        decisionSent: facts.sent ?? false,
      },
    );
  const byExpert = (s: SubmissionTarget, submitted = true): ReviewTarget => ({
    kind: 'review',
    submission: s,
    reviewerId: 'u-assigned',
    reviewerKind: 'expert',
    submitted,
    namedToAuthors: false,
  });
  const byCommunity = (s: SubmissionTarget): ReviewTarget => ({
    kind: 'review',
    submission: s,
    reviewerId: 'u-community',
    reviewerKind: 'community',
    submitted: true,
    namedToAuthors: true,
  });
  const holders = (permission: Permission, target: ReviewTarget | SubmissionTarget) =>
    (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], permission as 'review.view', target as ReviewTarget)).sort();

  test.each<[string, Permission, ReviewTarget | SubmissionTarget, Who[]]>([
    // Defaults: other reviews after one's own, pseudonyms among reviewers, nothing to authors before release.
    ['the expert review, before the community reviewer submits', 'review.view', byExpert(reviewed()), ['assignedExpert', 'chair']],
    ['the expert review, once the community reviewer submitted', 'review.view', byExpert(reviewed({ submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair', 'community']],
    ['the expert review with "always"', 'review.view', byExpert(reviewed({ settings: { otherReviews: 'always' } })), ['assignedExpert', 'chair', 'community']],
    ['the expert review with "never"', 'review.view', byExpert(reviewed({ settings: { otherReviews: 'never' }, submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair']],
    ['the expert review, released', 'review.view', byExpert(reviewed({ released: true })), ['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor']],
    ['a draft, released or not', 'review.view', byExpert(reviewed({ released: true, settings: { otherReviews: 'always' } }), false), ['assignedExpert']],
    ['the expert review while the authors revise', 'review.view', byExpert(reviewed({ phase: 'revising', released: true })), ['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor']],
    // Names: the chair and the reviewer themself; other reviewers per setting; authors never by default.
    ['who wrote it, by default', 'review.viewReviewer', byExpert(reviewed({ released: true, submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair']],
    ['who wrote it, names shown', 'review.viewReviewer', byExpert(reviewed({ settings: { identitiesToReviewers: 'shown' }, submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair', 'community']],
    ['who wrote it, names after one\'s own (not yet)', 'review.viewReviewer', byExpert(reviewed({ settings: { identitiesToReviewers: 'after_own', otherReviews: 'always' } })), ['assignedExpert', 'chair']],
    ['named community feedback, by the reviewer\'s choice', 'review.viewReviewer', byCommunity(reviewed({ released: true, settings: { identitiesToAuthors: 'reviewer_choice' } })), ['author', 'chair', 'chairAuthor', 'coAuthor', 'community']],
    ['named community feedback, venue says never', 'review.viewReviewer', byCommunity(reviewed({ released: true })), ['chair', 'community']],
    // Confidential comments and past versions are the committee's and the reviewer's.
    ['the confidential comments', 'review.viewConfidential', byExpert(reviewed({ released: true, submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair']],
    ['the versions', 'review.viewVersions', byExpert(reviewed({ released: true, submitted: ['u-assigned', 'u-community'] })), ['assignedExpert', 'chair']],
    ['writing a review', 'review.write', reviewed(), ['assignedExpert', 'community']],
    ['writing a review of a draft', 'review.write', reviewed({ phase: 'draft' }), []],
    ['releasing the reviews', 'review.release', reviewed(), ['chair']],
    // The discussion follows the reviews: a reviewer joins once they may read the others.
    ['the discussion, by default', 'discussion.view', reviewed(), ['assignedExpert', 'chair']],
    ['the discussion, with "always"', 'discussion.view', reviewed({ settings: { otherReviews: 'always' } }), ['assignedExpert', 'chair', 'community']],
    ['the discussion, with "never"', 'discussion.post', reviewed({ settings: { otherReviews: 'never' }, submitted: ['u-assigned', 'u-community'] }), ['chair']],
    ['the discussion of a draft', 'discussion.view', reviewed({ phase: 'draft' }), []],
    ['the authors’ response', 'response.view', reviewed(), ['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor', 'community']],
    ['writing the response', 'response.write', reviewed(), ['author', 'chairAuthor', 'coAuthor']],
    // A decision is the committee's until its letter goes out; then the authors' and reviewers' too.
    ['a decision not yet sent', 'decision.view', reviewed(), ['chair']],
    ['a decision sent', 'decision.view', reviewed({ sent: true }), ['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor', 'community']],
    ['recording a decision', 'decision.record', reviewed({ sent: true }), ['chair']],
  ])('%s (%s): %j', (_what, permission, target, expected) => {
    expect(holders(permission, target)).toEqual([...expected].sort());
  });

  test('a chair who wrote the statement reads its reviews as an author: released only, never the names', () => {
    const released = byExpert(reviewed({ released: true }));
    expect(isPermitted(ACTORS.chairAuthor, 'review.view', released)).toBe(true);
    expect(isPermitted(ACTORS.chairAuthor, 'review.viewReviewer', released)).toBe(false);
    expect(isPermitted(ACTORS.chairAuthor, 'review.viewConfidential', released)).toBe(false);
    expect(isPermitted(ACTORS.chairAuthor, 'review.view', byExpert(reviewed()))).toBe(false);
  });
});

describe('meetings', () => {
  // The community reviewer and the conflicted expert are members of a meeting with it on the agenda.
  const onAgenda = (phase: SubmissionPhase = 'submitted'): SubmissionTarget =>
    submissionTarget(
      { venueId: 'v1', authorIds: ['u-author', 'u-coauthor', 'u-chair-author'], phase },
      {
        conflictedUserIds: ['u-conflicted-chair', 'u-conflicted-expert'],
        tiersVisibleToAuthors: true,
        assignedUserIds: ['u-assigned'],
        biddingOpen: false,
        doubleBlind: true,
        reviewVisibility: DEFAULT_REVIEW_VISIBILITY,
        submittedReviewerIds: ['u-assigned'],
        reviewsReleased: false,
        decisionSent: false,
        agendaMemberIds: ['u-community', 'u-conflicted-expert', 'u-chair-author'],
      },
    );
  const review = (s: SubmissionTarget): ReviewTarget => ({ kind: 'review', submission: s, reviewerId: 'u-assigned', reviewerKind: 'expert', submitted: true, namedToAuthors: false });
  const meeting = { kind: 'meeting', venueId: 'v1', memberIds: ['u-community', 'u-conflicted-expert', 'u-chair-author'] } as const;
  const holders = (permission: Permission, target: unknown) =>
    (Object.keys(ACTORS) as Who[]).filter((who) => isPermitted(ACTORS[who], permission as 'submission.view', target as SubmissionTarget)).sort();

  test.each<[string, Permission, unknown, Who[]]>([
    // Members read the statements on the agenda, unless conflicted (the author among them is an author).
    ['the statement', 'submission.view', onAgenda(), ['assignedExpert', 'author', 'chair', 'chairAuthor', 'coAuthor', 'community']],
    ['a draft on no agenda', 'submission.view', onAgenda('draft'), ['author', 'chairAuthor', 'coAuthor']],
    ['its reviews', 'review.view', review(onAgenda()), ['assignedExpert', 'chair', 'community']],
    ['who wrote them', 'review.viewReviewer', review(onAgenda()), ['assignedExpert', 'chair']],
    ['the comments for the chairs', 'review.viewConfidential', review(onAgenda()), ['assignedExpert', 'chair']],
    ['the authors’ names (double-blind)', 'submission.viewAuthors', onAgenda(), ['author', 'chair', 'chairAuthor', 'coAuthor']],
    ['convening', 'meeting.convene', { kind: 'venue', venueId: 'v1' }, ['chair', 'chairAuthor', 'conflictedChair']],
    ['following the meeting', 'meeting.view', meeting, ['chair', 'chairAuthor', 'community', 'conflictedChair', 'conflictedExpert']],
    ['running it', 'meeting.manage', meeting, ['chair', 'chairAuthor', 'conflictedChair']],
    ['voting in it', 'meeting.vote', meeting, ['chairAuthor', 'community', 'conflictedExpert']],
  ])('%s (%s): %j', (_what, permission, target, expected) => {
    expect(holders(permission, target)).toEqual([...expected].sort());
  });
});
