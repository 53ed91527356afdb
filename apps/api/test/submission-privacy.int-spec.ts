// What chairs and everyone else see of submissions while their authors work: only submitted
// versions, everywhere (the submission, lists, search, counts, sort order, members, invitations).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW, fixtureArtifacts } from '../../../libs/domain/src/statement/statement-content.fixture';
import {
  INVITE,
  LIST,
  ME,
  MEMBERS,
  MINE,
  START_REVISION,
  SubmissionSteps,
  errorOf,
  expeditedContent,
  type Person,
} from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const V1_TITLE = 'Prosody transfer for few-shot voice cloning';
const SECRET_TITLE = 'Secret working title of the revision';

describe('what others see of submissions while authors work (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  const clock = new FixedClock(NOW);
  let chair: Person;
  let author: Person;
  let drafter: Person;
  let venueId: string;
  let submissionId: string;

  const list = async (filter: Record<string, unknown> = {}, sort?: Record<string, string>) =>
    (await chair.client.ok(LIST, { venueId, filter, sort })).venueSubmissions;
  const titles = (page: any): string[] => page.items.map((i: any) => i.title);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    author = await steps.signUp('Zoë Müller');
    drafter = await steps.signUp('Dana Drafter');
    venueId = await steps.createVenue(chair);
    const created = await steps.create(author, venueId, V1_TITLE);
    submissionId = (await steps.saveAndSubmit(author, created.id, expeditedContent())).id;
    await steps.create(drafter, venueId, 'Dana’s unfinished draft');
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows others only the submitted version while a revision is open: submission, lists, search, order', async () => {
    const before = await steps.get(chair, submissionId);
    const listedBefore = await list({}, { field: 'updatedAt', direction: 'desc' });
    await author.client.ok(START_REVISION, { id: submissionId });
    clock.advance(3600_000);
    await steps.save(author, submissionId, expeditedContent(), {
      title: SECRET_TITLE,
      abstract: 'An abstract nobody else may read yet.',
      links: { paperUrl: 'https://example.org/secret.pdf', openReviewUrl: '', doi: '', repositoryUrl: '' },
      artifacts: fixtureArtifacts().map((a) =>
        a.key === 'model' ? { ...a, name: 'Secret model', powerLevel: 'reduced' } : a,
      ),
    });

    // The submission itself: version 1's details, and nothing that moved with the draft.
    const seen = await steps.get(chair, submissionId);
    expect(seen).toMatchObject({
      phase: 'revising',
      title: V1_TITLE,
      abstract: before.abstract,
      links: before.links,
      artifacts: before.artifacts,
      authors: [{ name: 'Zoë Müller' }],
      draft: null,
      revision: before.revision,
      updatedAt: before.updatedAt,
    });
    expect(JSON.stringify(seen)).not.toMatch(/[Ss]ecret/);

    // Lists, their counts, search and the "last change" order are those of before the revision.
    const listed = await list({}, { field: 'updatedAt', direction: 'desc' });
    expect(listed.total).toBe(listedBefore.total);
    expect(listed.items).toEqual(
      listedBefore.items.map((i: any) => ({ ...i, phase: i.id === submissionId ? 'revising' : i.phase })),
    );
    expect(JSON.stringify(listed)).not.toMatch(/[Ss]ecret/);
    expect((await list({ search: 'secret' })).total).toBe(0);
    expect(titles(await list({ search: 'prosody' }))).toEqual([V1_TITLE]);

    // The authors see their draft as the draft, and the submitted version as the submission.
    const own = await steps.get(author, submissionId);
    expect(own.title).toBe(V1_TITLE);
    expect(own.draft).toMatchObject({ title: SECRET_TITLE, basedOnVersion: 1 });

    // Once submitted, version 2 is what everyone sees.
    await steps.saveAndSubmit(author, submissionId, expeditedContent());
    expect((await steps.get(chair, submissionId)).title).toBe(SECRET_TITLE);
    expect(titles(await list({ search: 'secret working' }))).toEqual([SECRET_TITLE]);
    expect((await list({ search: 'prosody' })).total).toBe(0);
  });

  it.each([
    ['an author’s name without accents', 'zoe muller'],
    ['an author’s name in capitals with accents', 'MÜLLER'],
    ['a word of the title', 'WORKING'],
  ])('finds submissions by %s', async (_what, search) => {
    expect((await list({ search })).items.map((i: any) => i.id)).toEqual([submissionId]);
  });

  it('offers nothing for phases and statuses chairs can never see', async () => {
    const drafts = await list({ phase: 'draft' });
    expect(drafts).toMatchObject({ total: 0, items: [] });
    expect((await list({ tierStatus: 'awaiting_submission' })).total).toBe(0);
    expect((await list({ phase: 'submitted' })).total).toBe(1);
    // A search for the draft's title finds nothing either.
    expect((await list({ search: 'unfinished' })).total).toBe(0);
  });

  it('never reveals a draft-only author: not among the members, not to an invitation, not in their roles', async () => {
    const members = (await chair.client.ok(MEMBERS, { id: venueId })).venue.members;
    expect(members.map((m: any) => m.user.name).sort()).toEqual(['Carla Chair', 'Zoë Müller']);
    expect(members.find((m: any) => m.user.id === author.id).roles).toEqual(['author']);
    expect((await drafter.client.ok(ME)).me.roles).toEqual([]);
    // Her own list works from authorship, not from a role.
    expect((await drafter.client.ok(MINE)).mySubmissions).toEqual([
      expect.objectContaining({ title: 'Dana’s unfinished draft', phase: 'draft' }),
    ]);

    // Inviting her answers as for anyone who holds no role here (it does not say "already a member").
    const invited = await chair.client.ok(INVITE, {
      input: { venueId, email: drafter.email, role: 'author' },
    });
    expect(invited.inviteToVenue).toMatchObject({ role: 'author', state: 'pending' });
    // The author who submitted is a member, and the invitation says so.
    const member = errorOf(
      await chair.client.request(INVITE, { input: { venueId, email: author.email, role: 'author' } }),
    );
    expect(member.code).toBe('BAD_USER_INPUT');
    expect(member.paths).toEqual(['email']);
  });
});
