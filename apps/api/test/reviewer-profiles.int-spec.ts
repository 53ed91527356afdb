// The reviewer pool's profiles: a reviewer keeps their own at each venue where they review
// (validated against the venue's taxonomy, guarded by a revision, in the log); the venue's chairs
// read them; publications come in from BibTeX or an OpenReview archive.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NOW } from '../../../libs/domain/src/statement/statement-content.fixture';
import { SubmissionSteps, errorOf, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const FIELDS = `areas expertise publications { title abstract year } affiliations { institution emailDomain startYear endYear } communities maxLoad trainingCompletedOn revision person { id }`;
const GET = `query($v: ID!, $u: ID) { reviewerProfile(venueId: $v, userId: $u) { ${FIELDS} } }`;
const SAVE = `mutation($v: ID!, $p: ReviewerProfileInput!, $rev: Int!) { updateReviewerProfile(venueId: $v, profile: $p, expectedRevision: $rev) { ${FIELDS} } }`;
const PARSE = `query($f: PublicationFormat!, $t: String!) { parsePublications(format: $f, text: $t) { title abstract year } }`;
const POOL = `query($id: ID!) { venue(id: $id) { reviewerProfiles { maxLoad person { id name } } } }`;
const HISTORY = `query($v: ID!) { venueHistory(venueId: $v, filter: { kind: "reviewer_profile.changed" }) { total } }`;
const TAXONOMY = `mutation($v: ID!, $x: VenueTaxonomyInput!, $rev: Int!) { updateVenueTaxonomy(venueId: $v, taxonomy: $x, expectedRevision: $rev) { revision } }`;

const profile = {
  areas: ['Speech synthesis', 'Speech synthesis / Voice cloning'],
  expertise: 'Voice conversion and how it is misused.',
  publications: [{ title: 'Cloning voices from ten seconds', abstract: 'We clone voices.', year: 2024 }],
  affiliations: [{ institution: 'Uni Example', emailDomain: 'Uni-Example.org', startYear: 2019, endYear: null }],
  communities: ['Voice actors'],
  maxLoad: 4,
  trainingCompletedOn: '2030-01-10',
};

describe('reviewer profiles (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let expert: Person;
  let author: Person;
  let venueId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    expert = await steps.signUp('Esme Expert');
    author = await steps.signUp('Ada Author');
    venueId = await steps.createVenue(chair);
    const { venue } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision } }`, { id: venueId });
    await chair.client.ok(TAXONOMY, {
      v: venueId,
      rev: venue.revision,
      x: { areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }], communities: ['Voice actors'] },
    });
    await steps.join(chair, expert, venueId, 'expert_reviewer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('a reviewer starts from an empty profile and saves it; the chairs read it; it is in the log', async () => {
    const empty = (await expert.client.ok(GET, { v: venueId })).reviewerProfile;
    expect(empty).toMatchObject({ revision: 0, areas: [], maxLoad: 3, person: { id: expert.id } });
    const saved = (await expert.client.ok(SAVE, { v: venueId, p: profile, rev: 0 })).updateReviewerProfile;
    expect(saved).toMatchObject({ ...profile, affiliations: [{ ...profile.affiliations[0], emailDomain: 'uni-example.org' }], revision: 1 });
    expect((await chair.client.ok(GET, { v: venueId, u: expert.id })).reviewerProfile.revision).toBe(1);
    expect((await chair.client.ok(POOL, { id: venueId })).venue.reviewerProfiles).toEqual([{ maxLoad: 4, person: { id: expert.id, name: 'Esme Expert' } }]);
    // Nobody else reads it, or the pool.
    expect(errorOf(await author.client.request(GET, { v: venueId, u: expert.id })).code).toBe('FORBIDDEN');
    expect((await author.client.ok(POOL, { id: venueId })).venue.reviewerProfiles).toEqual([]);
    await t.outboxSettled();
    expect((await chair.client.ok(HISTORY, { v: venueId })).venueHistory.total).toBe(1);
  });

  it('refuses what the venue does not list, a stale revision, and anyone who does not review there', async () => {
    const invalid = { ...profile, areas: ['Robotics'], communities: ['Pilots'], maxLoad: 99 };
    expect(errorOf(await expert.client.request(SAVE, { v: venueId, p: invalid, rev: 1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      paths: ['areas.0', 'communities.0', 'maxLoad'],
    });
    expect(errorOf(await expert.client.request(SAVE, { v: venueId, p: profile, rev: 0 })).code).toBe('CONFLICT');
    expect(errorOf(await author.client.request(SAVE, { v: venueId, p: profile, rev: 0 })).code).toBe('FORBIDDEN');
    // Two tabs saving the same revision: one wins.
    const results = await Promise.all([1, 2].map((maxLoad) => expert.client.request(SAVE, { v: venueId, p: { ...profile, maxLoad }, rev: 1 })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(errorOf(results.find((r) => r.errors) ?? { errors: [] }).code).toBe('CONFLICT');
  });

  it('reads publications from BibTeX and from an OpenReview archive, and says which line it could not read', async () => {
    const bibtex = `@article{a, title = {Watermarks for {S}peech}, year = {2021}, abstract = {Marks.}}`;
    expect((await expert.client.ok(PARSE, { f: 'bibtex', t: bibtex })).parsePublications).toEqual([
      { title: 'Watermarks for Speech', abstract: 'Marks.', year: 2021 },
    ]);
    const jsonl = [
      JSON.stringify({ id: 'p1', content: { title: 'Voice cloning', abstract: 'A study.' } }),
      JSON.stringify({ id: 'p2', content: { title: { value: 'Prosody' }, abstract: { value: 'Another.' } } }),
    ].join('\n');
    expect((await expert.client.ok(PARSE, { f: 'openreview_jsonl', t: jsonl })).parsePublications).toEqual([
      { title: 'Voice cloning', abstract: 'A study.', year: null },
      { title: 'Prosody', abstract: 'Another.', year: null },
    ]);
    const broken = await expert.client.request(PARSE, { f: 'openreview_jsonl', t: `${jsonl}\n{not json` });
    expect(errorOf(broken)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The archive, line 3: not JSON' });
  });
});

describe('building the reviewer pool from a CSV (real FerretDB, real SMTP)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let member: Person;
  let venueId: string;
  const REPORT = 'id state total done error sent { line email detail } skipped { line email detail } refused { line detail }';
  const IMPORT = `mutation($v: ID!, $csv: String!) { importReviewerPool(venueId: $v, csv: $csv) { ${REPORT} } }`;
  const IMPORT_STATE = `query($id: ID!) { poolImport(id: $id) { ${REPORT} } }`;
  /** Starts an import and follows it as the page does, until its job has handled every line. */
  async function importPool(csv: string): Promise<Record<string, unknown>> {
    const started = (await chair.client.ok(IMPORT, { v: venueId, csv })).importReviewerPool;
    for (let report = started; ; ) {
      if (report.state !== 'running') return report;
      await new Promise((resolve) => setTimeout(resolve, 50));
      report = (await chair.client.ok(IMPORT_STATE, { id: started.id })).poolImport;
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(NOW) });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    member = await steps.signUp('Mo Member');
    venueId = await steps.createVenue(chair);
    const { venue } = await chair.client.ok(`query($id: ID!) { venue(id: $id) { revision } }`, { id: venueId });
    await chair.client.ok(TAXONOMY, { v: venueId, rev: venue.revision, x: { areas: [{ label: 'Speech synthesis', subAreas: ['Voice cloning'] }], communities: [] } });
    await steps.join(chair, member, venueId, 'expert_reviewer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('invites each good line through the outbox, skips members, refuses bad lines by number; the areas start the profile', async () => {
    const newcomer = `newcomer-${Date.now()}@example.org`;
    const csv = [
      'name,email,kind,areas',
      `Nia Newcomer,${newcomer},expert,Speech synthesis / Voice cloning`,
      `Mo Member,${member.email},expert,`,
      'Bad Line,nobody,expert,',
      `Nia Again,${newcomer.toUpperCase()},community,`,
    ].join('\n');
    // The file is checked at once: the refused lines are known before any invitation goes out.
    const started = (await chair.client.ok(IMPORT, { v: venueId, csv })).importReviewerPool;
    expect(started).toMatchObject({ total: 2, refused: [{ line: 4 }, { line: 5 }] });
    expect(['running', 'succeeded']).toContain(started.state);
    let report = started;
    while (report.state === 'running') report = (await chair.client.ok(IMPORT_STATE, { id: started.id })).poolImport;
    expect(report).toEqual({
      id: started.id,
      state: 'succeeded',
      total: 2,
      done: 2,
      error: null,
      sent: [{ line: 2, email: newcomer, detail: 'Nia Newcomer' }],
      skipped: [{ line: 3, email: member.email, detail: 'already holds this role at the venue' }],
      refused: [
        { line: 4, detail: '“nobody” is not an e-mail address.' },
        { line: 5, detail: `${newcomer} is already on line 2.` },
      ],
    });
    // Importing the same file again sends nothing twice.
    const again = (await importPool(csv)) as { sent: unknown[]; skipped: { line: number; detail: string }[] };
    expect(again.sent).toEqual([]);
    expect(again.skipped.map((l: { line: number; detail: string }) => [l.line, l.detail])).toEqual([
      [2, 'already has an open invitation for this role'],
      [3, 'already holds this role at the venue'],
    ]);
    // Only the chairs may import.
    expect(errorOf(await member.client.request(IMPORT, { v: venueId, csv })).code).toBe('FORBIDDEN');
    // Its progress is the chairs' alone: to anyone else the import does not exist.
    expect(errorOf(await member.client.request(IMPORT_STATE, { id: started.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await chair.client.request(IMPORT_STATE, { id: '0123456789abcdef01234567' })).code).toBe('NOT_FOUND');

    // The newcomer accepts from the mail; their profile starts with the areas from the file.
    const mail = await t.mail.waitFor(newcomer);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
    const anonymous = t.client();
    await anonymous.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
      input: { token, name: 'Nia Newcomer', password: 'correct horse battery' },
    });
    const profile = (await anonymous.ok(GET, { v: venueId })).reviewerProfile;
    expect(profile).toMatchObject({ revision: 0, areas: ['Speech synthesis / Voice cloning'] });
    expect((await t.mail.messagesTo(newcomer)).length).toBe(1);
  });
});
