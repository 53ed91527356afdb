import type { SubmissionPhase } from '../statement/statement.lifecycle';
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
