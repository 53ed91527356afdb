// Access scenarios in the style of HotCRP's t_permission: set the world up, check what each person
// sees, change one thing (a conflict, a venue setting) and check again, on every read path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW } from '../../../libs/domain/src/statement/statement-content.fixture';
import { CONFIRM, GET, LIST, MISSING_ID, SubmissionSteps, errorOf, expeditedContent, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const DECLARE = `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id revision type typeLabel reason person { id name } declaredBy { id } } }`;
const WITHDRAW = `mutation($id: ID!, $user: ID!, $rev: Int!) { withdrawConflict(submissionId: $id, userId: $user, expectedRevision: $rev) { id withdrawnAt } }`;
const CONFLICTS = `query($id: ID!) { submission(id: $id) { conflicts { id type reason person { id } } conflictCandidates { id } viewerCan { edit decideTier declareConflict pinConflict } } }`;
const HISTORY = `query($v: ID!) { venueHistory(venueId: $v, limit: 200) { total events { kind objectId } } }`;
const EXPORT = `query($v: ID!) { venueLogExport(venueId: $v) }`;
const TIERS = `query($id: ID!) { submission(id: $id) { tier tierStatus tierSuggestion { tier } tierDecision { tier } tierHistory { tier } latestVersion { tierSuggestion { tier } } history { kind } } }`;
const SET_TIERS_VISIBLE = `mutation($id: ID!, $rev: Int!, $input: UpdateVenueInput!) { updateVenue(id: $id, expectedRevision: $rev, input: $input) { revision tiersVisibleToAuthors } }`;
const JOBS = `query($v: ID!) { venueJobs(venueId: $v, limit: 100) { total jobs { id summary } } }`;
const SUBMISSION_ONLY = `query($id: ID!) { submission(id: $id) { id title } }`;

describe('access scenarios (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let secondChair: Person;
  let chairAuthor: Person;
  let author: Person;
  let stranger: Person;
  let venueId: string;
  let submissionId: string;
  let ownId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    secondChair = await steps.signUp('Sam Second-Chair');
    chairAuthor = await steps.signUp('Chidi Chair-Author');
    author = await steps.signUp('Ada Author');
    stranger = await steps.signUp('Uma Unrelated');
    venueId = await steps.createVenue(chair);
    await steps.join(chair, secondChair, venueId, 'chair');
    await steps.join(chair, chairAuthor, venueId, 'chair');
    submissionId = (await steps.saveAndSubmit(author, (await steps.create(author, venueId, 'Prosody transfer for voice cloning')).id, expeditedContent())).id;
    ownId = (await steps.saveAndSubmit(chairAuthor, (await steps.create(chairAuthor, venueId, 'The chair’s own voice study')).id, expeditedContent())).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const listIds = async (person: Person, filter: Record<string, unknown> = {}) => {
    const page = (await person.client.ok(LIST, { venueId, filter, offset: 0, limit: 50 })).venueSubmissions;
    return { ids: page.items.map((item: { id: string }) => item.id), total: page.total as number };
  };

  it('a chair who authors a submission sees it only as its author', async () => {
    // Not in the venue's list, count or search; no tier decision and no tier record as chair.
    const listed = await listIds(chairAuthor);
    expect(listed.ids).toEqual([submissionId]);
    expect(listed.total).toBe(1);
    expect((await listIds(chairAuthor, { search: 'voice' })).ids).toEqual([submissionId]);
    const own = await chairAuthor.client.ok(CONFLICTS, { id: ownId });
    expect(own.submission.viewerCan).toEqual({ edit: true, decideTier: false, declareConflict: true, pinConflict: false });
    const mine = await steps.get(chairAuthor, ownId);
    expect(mine.tierHistory).toEqual([]);
    const decide = await chairAuthor.client.request(CONFIRM, { id: ownId, tier: 'full', reason: 'Looks risky', rev: mine.revision });
    expect(errorOf(decide).code).toBe('FORBIDDEN');
    // The other chairs see it and may decide.
    expect((await listIds(chair)).ids.sort()).toEqual([submissionId, ownId].sort());
    expect((await chair.client.ok(CONFLICTS, { id: ownId })).submission.viewerCan.decideTier).toBe(true);
  });

  it('a declared conflict hides the submission from that chair everywhere, and withdrawing shows it again', async () => {
    const before = await listIds(secondChair);
    expect(before.ids).toContain(submissionId);
    const historyBefore = (await secondChair.client.ok(HISTORY, { v: venueId })).venueHistory;
    await t.outboxSettled();
    const jobsBefore = (await secondChair.client.ok(JOBS, { v: venueId })).venueJobs;
    const aboutIt = jobsBefore.jobs.filter((j: { summary: string }) => /Prosody transfer/.test(j.summary));
    expect(aboutIt.length).toBeGreaterThan(0);
    expect(historyBefore.events.some((e: { objectId: string }) => e.objectId === submissionId)).toBe(true);

    const declared = await author.client.ok(DECLARE, {
      input: { submissionId, userId: secondChair.id, type: 'recent_collaborator', reason: 'Co-authored a paper in 2025' },
    });
    expect(declared.declareConflict).toMatchObject({ type: 'recent_collaborator', typeLabel: 'Recent collaborator', person: { id: secondChair.id }, declaredBy: { id: author.id } });

    // The submission itself: exactly the answer for an id that does not exist, byte for byte.
    const hidden = await secondChair.client.request(SUBMISSION_ONLY, { id: submissionId });
    const missing = await secondChair.client.request(SUBMISSION_ONLY, { id: MISSING_ID });
    expect(JSON.stringify(hidden)).toBe(JSON.stringify(missing));
    expect(errorOf(hidden).code).toBe('NOT_FOUND');
    // Lists, counts, search, history (and its count), export: gone.
    const after = await listIds(secondChair);
    expect(after.ids).not.toContain(submissionId);
    expect(after.total).toBe(before.total - 1);
    expect((await listIds(secondChair, { search: 'prosody' })).ids).toEqual([]);
    const historyAfter = (await secondChair.client.ok(HISTORY, { v: venueId })).venueHistory;
    expect(historyAfter.events.some((e: { objectId: string }) => e.objectId === submissionId)).toBe(false);
    expect(historyAfter.total).toBeLessThan(historyBefore.total);
    const exported = JSON.parse((await secondChair.client.ok(EXPORT, { v: venueId })).venueLogExport) as { entries: { entry?: string; redacted?: boolean }[] };
    expect(exported.entries.filter((e) => e.entry?.includes(submissionId))).toEqual([]);
    expect(exported.entries.some((e) => e.redacted)).toBe(true);
    // The venue's mail and jobs: nothing about it, in the page or the count, and no retry by id.
    const jobsAfter = (await secondChair.client.ok(JOBS, { v: venueId })).venueJobs;
    expect(jobsAfter.jobs.filter((j: { summary: string }) => /Prosody transfer/.test(j.summary))).toEqual([]);
    // Its notification jobs went too (their summaries do not name it); nothing else did.
    const afterIds = new Set(jobsAfter.jobs.map((j: { id: string }) => j.id));
    const gone = jobsBefore.jobs.filter((j: { id: string }) => !afterIds.has(j.id));
    expect(gone.map((j: { id: string }) => j.id)).toEqual(expect.arrayContaining(aboutIt.map((j: { id: string }) => j.id)));
    expect(gone.every((j: { summary: string }) => /Prosody transfer|Notify about/.test(j.summary))).toBe(true);
    expect(jobsAfter.total).toBe(jobsBefore.total - gone.length);
    const retry = await secondChair.client.request(`mutation($id: ID!) { retryJob(id: $id) { id } }`, { id: aboutIt[0].id });
    expect(errorOf(retry).code).toBe('NOT_FOUND');
    // Acting on it: answered as for a missing submission.
    const decide = await secondChair.client.request(CONFIRM, { id: submissionId, tier: 'full', reason: 'x', rev: 1 });
    expect(JSON.stringify(errorOf(decide))).toBe(JSON.stringify(errorOf(await secondChair.client.request(CONFIRM, { id: MISSING_ID, tier: 'full', reason: 'x', rev: 1 }))));
    const withdrawOwn = await secondChair.client.request(WITHDRAW, { id: submissionId, user: secondChair.id, rev: declared.declareConflict.revision });
    expect(errorOf(withdrawOwn).code).toBe('NOT_FOUND');
    // The other chair still sees it, with the conflict listed.
    const seenByChair = await chair.client.ok(CONFLICTS, { id: submissionId });
    expect(seenByChair.submission.conflicts).toEqual([
      { id: declared.declareConflict.id, type: 'recent_collaborator', reason: 'Co-authored a paper in 2025', person: { id: secondChair.id } },
    ]);
    // Candidates are the committee minus the authors.
    expect(seenByChair.submission.conflictCandidates.map((p: { id: string }) => p.id).sort()).toEqual([chair.id, secondChair.id, chairAuthor.id].sort());

    // Withdrawn (by the other chair): everything is back.
    await chair.client.ok(WITHDRAW, { id: submissionId, user: secondChair.id, rev: declared.declareConflict.revision });
    expect((await secondChair.client.ok(SUBMISSION_ONLY, { id: submissionId })).submission.id).toBe(submissionId);
    expect((await listIds(secondChair)).total).toBe(before.total);
    const kinds = (await chair.client.ok(HISTORY, { v: venueId })).venueHistory.events.map((e: { kind: string }) => e.kind);
    await t.outboxSettled();
    const logged = (await chair.client.ok(HISTORY, { v: venueId })).venueHistory.events.map((e: { kind: string }) => e.kind);
    expect([...kinds, ...logged]).toEqual(expect.arrayContaining(['conflict.declared', 'conflict.withdrawn']));
  });

  it('refuses conflicts that cannot be: with an author, with a non-member, administrative by an author, without a reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ userId: author.id, type: 'personal', reason: 'x' }, 'userId'],
      [{ userId: stranger.id, type: 'personal', reason: 'x' }, 'userId'],
      [{ userId: chair.id, type: 'administrative', reason: 'x' }, 'type'],
      [{ userId: chair.id, type: 'personal', reason: '  ' }, 'reason'],
    ];
    for (const [input, path] of cases) {
      const refused = await author.client.request(DECLARE, { input: { submissionId, ...input } });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', paths: [`${path}`] });
    }
    // A stranger cannot even learn the submission exists.
    const byStranger = await stranger.client.request(DECLARE, { input: { submissionId, userId: chair.id, type: 'personal', reason: 'x' } });
    expect(errorOf(byStranger).code).toBe('NOT_FOUND');
    // A chair pins an administrative conflict; only a chair removes it.
    const pinned = await chair.client.ok(DECLARE, { input: { submissionId, userId: secondChair.id, type: 'administrative', reason: 'Reviewing for a competitor' } });
    const byAuthor = await author.client.request(WITHDRAW, { id: submissionId, user: secondChair.id, rev: pinned.declareConflict.revision });
    expect(errorOf(byAuthor).code).toBe('FORBIDDEN');
    await chair.client.ok(WITHDRAW, { id: submissionId, user: secondChair.id, rev: pinned.declareConflict.revision });
  });

  it('two people declaring the same conflict at once: one wins, and withdrawing twice at once: one wins', async () => {
    const input = { submissionId, userId: chairAuthor.id, type: 'institutional', reason: 'Same institute' };
    const results = await Promise.all([author.client.request(DECLARE, { input }), chair.client.request(DECLARE, { input }), author.client.request(DECLARE, { input })]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT', 'CONFLICT']);
    const rev = (won[0]!.data as { declareConflict: { revision: number } }).declareConflict.revision;
    const withdrawals = await Promise.all([
      author.client.request(WITHDRAW, { id: submissionId, user: chairAuthor.id, rev }),
      chair.client.request(WITHDRAW, { id: submissionId, user: chairAuthor.id, rev }),
    ]);
    expect(withdrawals.filter((r) => !r.errors)).toHaveLength(1);
    // Declared again after the withdrawal: the same record comes back in force.
    const again = await author.client.ok(DECLARE, { input });
    expect(again.declareConflict.revision).toBeGreaterThan(rev);
    await author.client.ok(WITHDRAW, { id: submissionId, user: chairAuthor.id, rev: again.declareConflict.revision });
  });

  it('a venue that stops showing tiers to authors hides them on every path, and mails no decision; turning it back shows them again', async () => {
    const setTiersVisible = async (visible: boolean) => {
      const { venue } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision shortName name timeZone description } }`, { id: venueId });
      const input = { name: venue.name, shortName: venue.shortName, timeZone: venue.timeZone, description: venue.description, deadlines: [], tiersVisibleToAuthors: visible };
      return (await chair.client.ok(SET_TIERS_VISIBLE, { id: venueId, rev: venue.revision, input })).updateVenue;
    };
    const shown = (await author.client.ok(TIERS, { id: submissionId })).submission;
    expect(shown.tier).not.toBeNull();
    expect(shown.latestVersion.tierSuggestion).not.toBeNull();

    expect((await setTiersVisible(false)).tiersVisibleToAuthors).toBe(false);
    const current = await steps.get(chair, submissionId);
    const before = (await t.mail.messagesTo(author.email)).length;
    await chair.client.ok(CONFIRM, { id: submissionId, tier: 'full', reason: 'Voice data of real people', rev: current.revision });
    await t.outboxSettled();

    const hidden = (await author.client.ok(TIERS, { id: submissionId })).submission;
    expect(hidden).toMatchObject({ tier: null, tierStatus: null, tierSuggestion: null, tierDecision: null, tierHistory: [], latestVersion: { tierSuggestion: null } });
    expect(hidden.history.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('tier.'))).toEqual([]);
    expect((await t.mail.messagesTo(author.email)).length).toBe(before);
    // The chairs see what they always saw.
    expect((await chair.client.ok(TIERS, { id: submissionId })).submission).toMatchObject({ tier: 'full', tierStatus: 'overridden' });
    // A setting omitted from an update stays as it is.
    const { venue } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision shortName name timeZone } }`, { id: venueId });
    await chair.client.ok(SET_TIERS_VISIBLE, { id: venueId, rev: venue.revision, input: { name: venue.name, shortName: venue.shortName, timeZone: venue.timeZone, description: '', deadlines: [] } });
    expect((await author.client.ok(TIERS, { id: submissionId })).submission.tier).toBeNull();

    await setTiersVisible(true);
    const again = (await author.client.ok(TIERS, { id: submissionId })).submission;
    expect(again).toMatchObject({ tier: 'full', tierStatus: 'overridden', tierDecision: { tier: 'full' } });
    expect(again.history.map((e: { kind: string }) => e.kind)).toContain('tier.overridden');
  });

  it('a draft is nobody else’s: chairs get the missing-submission answer, byte for byte', async () => {
    const draft = await steps.create(author, venueId, 'Unfinished draft');
    for (const person of [chair, secondChair, stranger]) {
      const hidden = await person.client.request(GET, { id: draft.id });
      const missing = await person.client.request(GET, { id: MISSING_ID });
      expect(JSON.stringify(hidden)).toBe(JSON.stringify(missing));
    }
  });
});
