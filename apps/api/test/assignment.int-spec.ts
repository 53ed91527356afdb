// Reviewers and assignment end to end, over HTTP against the real database and SMTP server: a tier
// policy, a pool imported from CSV, conflicts from authors, from a reviewer while bidding and
// found by the matcher, bids, a matcher run (a job in a worker thread), hand edits that are
// refused or warn, the commit with its mails, an accept, a decline and a replacement, every step
// in the log; and the races (two runs, two commits, two answers).
import { SubmissionSteps, CONFIRM, errorOf, expeditedContent, fullContent, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const REVISION = `query($id: ID!) { venue(id: $id) { revision } }`;
const TAXONOMY = `mutation($v: ID!, $x: VenueTaxonomyInput!, $rev: Int!) { updateVenueTaxonomy(venueId: $v, taxonomy: $x, expectedRevision: $rev) { revision } }`;
const SETTINGS = `mutation($v: ID!, $open: Boolean!, $blind: Boolean!, $rev: Int!) { updateReviewSettings(venueId: $v, biddingOpen: $open, doubleBlind: $blind, expectedRevision: $rev) { biddingOpen doubleBlind revision } }`;
const IMPORT = `mutation($v: ID!, $csv: String!) { importReviewerPool(venueId: $v, csv: $csv) { sent { email } skipped { email } refused { line } } }`;
const SAVE_PROFILE = `mutation($v: ID!, $p: ReviewerProfileInput!) { updateReviewerProfile(venueId: $v, profile: $p, expectedRevision: 0) { revision } }`;
const DECLARE = `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`;
const DECLARE_OWN = `mutation($input: DeclareOwnConflictInput!) { declareOwnConflict(input: $input) { id } }`;
const BIDDING = `query($v: ID!) { biddingStatements(venueId: $v, limit: 50) { total items { affinity terms areas bid submission { id title authors { id } tier } } } }`;
const BID = `mutation($s: ID!, $l: BidLevel!) { placeBid(submissionId: $s, level: $l) { level } }`;
const PROGRESS = `query($v: ID!, $o: Int) { venue(id: $v) { biddingProgress(offset: $o, limit: 2) { total reviewersWithBids bids rows { reviewer { id } kind bids veryHigh veryLow } } } }`;
const CHOICES = `query($v: ID!, $q: String!) { venue(id: $v) { reviewerChoices(search: $q) { kind reviewer { id name } } } }`;
const START = `mutation($v: ID!, $o: MatchingObjective) { startMatchingRun(venueId: $v, objective: $o) { id state } }`;
const CANCEL = `mutation($r: ID!) { cancelMatchingRun(runId: $r) { id state cancelRequested } }`;
const RUN = `query($r: ID!) { matchingRun(id: $r) { id state phase percent error committedAt
  result { status statements reviewers proposed kept uncoveredStatements diagnosis detectedConflicts loadHistogram { label count } scoreHistogram { count } phaseSeconds { phase seconds } }
  uncovered { submission { id } kind missing explanation }
  proposal(limit: 50) { nextAfter statements { submission { id title } demand { expert community } missing { expert community }
    reviewers { reviewer { id } kind score origin terms areas bid } } } } }`;
const ADD = `mutation($r: ID!, $s: ID!, $u: ID!) { addProposedReviewer(runId: $r, submissionId: $s, reviewerId: $u) { warnings statement { reviewers { reviewer { id } origin } } } }`;
const REMOVE = `mutation($r: ID!, $s: ID!, $u: ID!) { removeProposedReviewer(runId: $r, submissionId: $s, reviewerId: $u) { warnings } }`;
const COMMIT = `mutation($r: ID!) { commitMatchingRun(runId: $r) { committed skipped run { committedAt } } }`;
const MINE = `query($v: ID!) { myAssignments(venueId: $v) { title assignment { id state kind dueAt } submission { id title } } }`;
const RESPOND = `mutation($a: ID!, $accept: Boolean!, $reason: String) { respondToAssignment(assignmentId: $a, accept: $accept, reason: $reason) { id state declineReason } }`;
const ASSIGNMENTS = `query($id: ID!) { submission(id: $id) { assignments { id state kind reviewer { id } declineReason } openSlots { expert community } } }`;
const REPLACEMENTS = `query($id: ID!, $k: ReviewerKind!) { submission(id: $id) { replacements(kind: $k) { reviewer { id } affinity load maxLoad } } }`;
const REPLACE = `mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id state origin } }`;
const HISTORY = `query($v: ID!, $k: String) { venueHistory(venueId: $v, filter: { kind: $k }, limit: 100) { total } }`;
const SUBMISSION_VIEW = `query($id: ID!) { submission(id: $id) { id title authors { id } } }`;

type Row = { submission: { id: string; title: string }; reviewers: { reviewer: { id: string }; kind: string; origin: string; terms: string[] }[] };

const profileOf = (areas: string[], expertise: string, institution: string, domain: string, publications: string[] = [], maxLoad = 2) => ({
  areas,
  expertise,
  publications: publications.map((title) => ({ title, abstract: '', year: 2024 })),
  affiliations: [{ institution, emailDomain: domain, startYear: 2018, endYear: null }],
  communities: [],
  maxLoad,
  trainingCompletedOn: null,
});

describe('reviewers and assignment (real FerretDB, SMTP, worker thread)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let authorA: Person;
  let authorB: Person;
  let experts: Person[];
  let community: Person[];
  let venueId: string;
  let voice: string; // full: 2 experts + 1 community
  let faces: string; // expedited: 1 expert
  let runId: string;

  async function settings(open: boolean, blind = true): Promise<void> {
    const { venue } = await chair.client.ok(REVISION, { id: venueId });
    await chair.client.ok(SETTINGS, { v: venueId, open, blind, rev: venue.revision });
  }

  async function waitForRun(id: string): Promise<Record<string, any>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { matchingRun } = await chair.client.ok(RUN, { r: id });
      if (!['queued', 'running'].includes(matchingRun.state)) return matchingRun;
      if (Date.now() > deadline) throw new Error(`run still ${matchingRun.state} at ${matchingRun.percent}%`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Carla Chair');
    authorA = await steps.signUp('Ada Author');
    authorB = await steps.signUp('Bo Author');
    experts = await Promise.all(['Eve Expert', 'Ezra Expert', 'Enid Expert', 'Eli Expert'].map((n) => steps.signUp(n)));
    community = await Promise.all(['Cam Community', 'Cleo Community'].map((n) => steps.signUp(n)));
    venueId = await steps.createVenue(chair);
    const { venue } = await chair.client.ok(REVISION, { id: venueId });
    await chair.client.ok(TAXONOMY, {
      v: venueId,
      rev: venue.revision,
      x: { areas: [{ label: 'Speech', subAreas: ['Voice cloning'] }, { label: 'Vision', subAreas: ['Faces'] }], communities: ['Voice actors'] },
    });
    // The pool, from a CSV: each person accepts the mailed invitation.
    const csv = [
      'name,email,kind,areas',
      ...experts.map((p) => `${p.name},${p.email},expert,Speech`),
      ...community.map((p) => `${p.name},${p.email},community,`),
      // Author A also reviews: their profile shows their institution to the matcher.
      `${authorA.name},${authorA.email},expert,Vision`,
    ].join('\n');
    const { mail: first } = await t.mail.nextAfter(experts[0]!.email, () => chair.client.ok(IMPORT, { v: venueId, csv }));
    for (const person of [...experts, ...community, authorA]) {
      const mail = person === experts[0] ? first : await t.mail.waitFor(person.email);
      const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
      await person.client.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, { input: { token } });
    }
    const [eve, ezra, enid, eli] = experts as [Person, Person, Person, Person];
    await eve.client.ok(SAVE_PROFILE, { v: venueId, p: profileOf(['Speech', 'Speech / Voice cloning'], 'Voice cloning and speaker verification.', 'Uni North', 'north.example.edu', ['Cloning voices from five seconds'], 1) });
    await ezra.client.ok(SAVE_PROFILE, { v: venueId, p: profileOf(['Speech'], 'Speech synthesis, audio deepfakes.', 'Uni South', 'south.example.edu') });
    // Enid shares Author A's institution: the matcher must find that conflict.
    await enid.client.ok(SAVE_PROFILE, { v: venueId, p: profileOf(['Vision', 'Vision / Faces'], 'Face detection and recognition datasets.', 'Uni West', 'west.example.edu') });
    await eli.client.ok(SAVE_PROFILE, { v: venueId, p: profileOf(['Vision'], 'Faces, surveillance and consent.', 'Uni East', 'east.example.edu', [], 1) });
    await authorA.client.ok(SAVE_PROFILE, { v: venueId, p: profileOf(['Vision'], 'Faces.', 'Uni West', 'west.example.edu') });
    for (const person of community) {
      await person.client.ok(SAVE_PROFILE, { v: venueId, p: { ...profileOf([], 'I work as a voice actor.', 'Guild', 'guild.example.org'), communities: ['Voice actors'] } });
    }
    // Two statements, tiers confirmed by the chair.
    const a = await steps.create(authorA, venueId, 'Few-shot voice cloning for audiobooks');
    const submittedA = await steps.saveAndSubmit(authorA, a.id, fullContent());
    voice = a.id;
    await chair.client.ok(CONFIRM, { id: voice, tier: 'full', reason: '', rev: submittedA.revision });
    const b = await steps.create(authorB, venueId, 'Faces in public datasets');
    const submittedB = await steps.saveAndSubmit(authorB, b.id, expeditedContent(), { abstract: 'A face detection dataset collected from public cameras.' });
    faces = b.id;
    await chair.client.ok(CONFIRM, { id: faces, tier: 'expedited', reason: '', rev: submittedB.revision });
    // Author A declares Ezra conflicted with their statement.
    await authorA.client.ok(DECLARE, { input: { submissionId: voice, userId: ezra.id, type: 'personal', reason: 'Former partner' } });
    await t.outboxSettled(10_000);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('bidding: closed means nothing to see; open shows statements by affinity without authors; bids save; conflicts hide', async () => {
    const [eve, ezra] = experts as [Person, Person];
    expect(errorOf(await eve.client.request(BIDDING, { v: venueId })).code).toBe('FORBIDDEN');
    expect(errorOf(await eve.client.request(SUBMISSION_VIEW, { id: voice })).code).toBe('NOT_FOUND');
    await settings(true);
    const page = (await eve.client.ok(BIDDING, { v: venueId })).biddingStatements;
    expect(page.total).toBe(2);
    // Eve's profile is about voice cloning: that statement first, with the words that matched.
    expect(page.items[0].submission).toMatchObject({ id: voice, authors: [], tier: 'full' });
    expect(page.items[0].terms).toEqual(expect.arrayContaining(['voice']));
    expect(page.items[0].areas).toEqual(expect.arrayContaining(['Speech']));
    expect(page.items[0].affinity).toBeGreaterThan(page.items[1].affinity);
    // Double-blind: the statement without its authors.
    expect((await eve.client.ok(SUBMISSION_VIEW, { id: voice })).submission.authors).toEqual([]);
    // Ezra is conflicted with the voice statement: he sees only the other.
    const ezraPage = (await ezra.client.ok(BIDDING, { v: venueId })).biddingStatements;
    expect(ezraPage.items.map((i: { submission: { id: string } }) => i.submission.id)).toEqual([faces]);
    expect(errorOf(await ezra.client.request(BID, { s: voice, l: 'very_high' })).code).toBe('NOT_FOUND');
    // Bids save as clicked; the last click counts, also when two land at once.
    await Promise.all([eve.client.ok(BID, { s: voice, l: 'high' }), eve.client.ok(BID, { s: voice, l: 'high' })]);
    await eve.client.ok(BID, { s: voice, l: 'very_high' });
    await ezra.client.ok(BID, { s: faces, l: 'very_low' });
    const again = (await eve.client.ok(BIDDING, { v: venueId })).biddingStatements;
    expect(again.items[0].bid).toBe('very_high');
    // Eli declares his own conflict with the faces statement while bidding; it disappears for him.
    const eli = experts[3] as Person;
    await eli.client.ok(DECLARE_OWN, { input: { submissionId: faces, type: 'institutional', reason: 'I consulted on the dataset' } });
    const eliPage = (await eli.client.ok(BIDDING, { v: venueId })).biddingStatements;
    expect(eliPage.items.map((i: { submission: { id: string } }) => i.submission.id)).toEqual([voice]);
    // The chair sees progress per reviewer; nobody else does.
    // In pages, fewest bids first, with the venue's totals.
    const first = (await chair.client.ok(PROGRESS, { v: venueId, o: 0 })).venue.biddingProgress;
    const pages = [first.rows];
    for (let offset = 2; offset < first.total; offset += 2) pages.push((await chair.client.ok(PROGRESS, { v: venueId, o: offset })).venue.biddingProgress.rows);
    const progress = pages.flat();
    // Author A reviews too (they were in the CSV).
    expect(first).toMatchObject({ total: experts.length + community.length + 1, reviewersWithBids: 2, bids: 2 });
    expect(progress).toHaveLength(first.total);
    expect(progress.map((p: { bids: number }) => p.bids)).toEqual([...progress.map((p: { bids: number }) => p.bids)].sort((a, b) => a - b));
    expect(progress.find((p: { reviewer: { id: string } }) => p.reviewer.id === eve.id)).toMatchObject({ bids: 1, veryHigh: 1 });
    expect(progress.find((p: { reviewer: { id: string } }) => p.reviewer.id === ezra.id)).toMatchObject({ bids: 1, veryLow: 1 });
    expect((await eve.client.ok(PROGRESS, { v: venueId })).venue.biddingProgress).toBeNull();
    expect(errorOf(await chair.client.request(PROGRESS, { v: venueId, o: -1 })).code).toBe('BAD_USER_INPUT');
    // The chairs find a reviewer to add by hand by a piece of their name or e-mail; others find nobody.
    const choices = (await chair.client.ok(CHOICES, { v: venueId, q: 'ezr' })).venue.reviewerChoices;
    expect(choices).toEqual([{ kind: 'expert', reviewer: { id: ezra.id, name: ezra.name } }]);
    expect((await chair.client.ok(CHOICES, { v: venueId, q: ezra.email.toUpperCase() })).venue.reviewerChoices).toHaveLength(1);
    expect((await chair.client.ok(CHOICES, { v: venueId, q: 'e' })).venue.reviewerChoices).toEqual([]);
    expect((await chair.client.ok(CHOICES, { v: venueId, q: authorB.name })).venue.reviewerChoices).toEqual([]);
    expect((await eve.client.ok(CHOICES, { v: venueId, q: 'ezr' })).venue.reviewerChoices).toEqual([]);
    await settings(false);
    expect(errorOf(await eve.client.request(BID, { s: voice, l: 'low' })).code).toBe('NOT_FOUND');
  });

  it('only one run at a time; a queued run can be cancelled', async () => {
    const results = await Promise.all([1, 2].map(() => chair.client.request(START, { v: venueId, o: 'total' })));
    const started = results.filter((r) => !r.errors);
    expect(started).toHaveLength(1);
    expect(errorOf(results.find((r) => r.errors) ?? { errors: [] }).code).toBe('CONFLICT');
    const id = (started[0]!.data as { startMatchingRun: { id: string } }).startMatchingRun.id;
    const cancelled = (await chair.client.ok(CANCEL, { r: id })).cancelMatchingRun;
    expect(cancelled.cancelRequested).toBe(true);
    const ended = await waitForRun(id);
    expect(ended.state).toBe('cancelled');
    expect(errorOf(await experts[0]!.client.request(RUN, { r: id })).code).toBe('NOT_FOUND');
  });

  it('the matcher proposes reviewers with reasons, respecting every conflict, with histograms and a diagnosis', async () => {
    const [eve, ezra, enid, eli] = experts as [Person, Person, Person, Person];
    const { startMatchingRun } = await chair.client.ok(START, { v: venueId, o: 'total' });
    runId = startMatchingRun.id;
    const run = await waitForRun(runId);
    expect(run).toMatchObject({ state: 'succeeded', percent: 100, error: null });
    expect(run.result).toMatchObject({ statements: 2, reviewers: 7, kept: 0 });
    expect(run.result.detectedConflicts).toBeGreaterThanOrEqual(1);
    expect(run.result.phaseSeconds.map((p: { phase: string }) => p.phase)).toEqual(['loading', 'affinity', 'conflicts', 'solving', 'writing']);
    const loads = run.result.loadHistogram.reduce((sum: number, bin: { count: number }) => sum + bin.count, 0);
    expect(loads).toBe(7);
    const rows: Row[] = run.proposal.statements;
    const voiceRow = rows.find((r) => r.submission.id === voice) as Row;
    const facesRow = rows.find((r) => r.submission.id === faces) as Row;
    const ids = (row: Row) => row.reviewers.map((r) => r.reviewer.id);
    // Declared (Ezra), bidding (Eli on faces), found (Enid shares Author A's institution), authorship (A).
    expect(ids(voiceRow)).not.toContain(ezra.id);
    expect(ids(voiceRow)).not.toContain(enid.id);
    expect(ids(voiceRow)).not.toContain(authorA.id);
    expect(ids(facesRow)).not.toContain(eli.id);
    // Eve bid very high and matches best: she is on the voice statement, with her reasons.
    const eveRow = voiceRow.reviewers.find((r) => r.reviewer.id === eve.id);
    expect(eveRow).toMatchObject({ kind: 'expert', origin: 'optimised' });
    expect(eveRow?.terms).toEqual(expect.arrayContaining(['voice']));
    expect(voiceRow.reviewers.filter((r) => r.kind === 'community')).toHaveLength(1);
    // Voice needs 2 experts; only Eve and Eli are left for it (Ezra, Enid conflicted, A is its author).
    expect(voiceRow.reviewers.filter((r) => r.kind === 'expert').map((r) => r.reviewer.id).sort()).toEqual([eve.id, eli.id].sort());
    expect(run.result.status).toBe('optimal');
    expect(run.result.diagnosis).toBeNull();
    // Nothing of it reaches the reviewers before the commit.
    expect((await eve.client.ok(MINE, { v: venueId })).myAssignments).toEqual([]);
  }, 90_000);

  it('hand edits: a conflicted pair is refused, an overload warns naming the person and the statement', async () => {
    const [eve, ezra] = experts as [Person, Person];
    const refused = errorOf(await chair.client.request(ADD, { r: runId, s: voice, u: ezra.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Ezra Expert');
    expect(refused.message).toContain('Few-shot voice cloning for audiobooks');
    // Eve takes one statement at most and has the voice one: adding her to faces warns twice.
    const added = (await chair.client.ok(ADD, { r: runId, s: faces, u: eve.id })).addProposedReviewer;
    expect(added.statement.reviewers).toContainEqual({ reviewer: { id: eve.id }, origin: 'chair' });
    expect(added.warnings).toEqual([
      'Eve Expert would review 2 statements, over their maximum of 1 (with “Faces in public datasets”).',
      '“Faces in public datasets” would have 2 expert reviewers; its tier asks for 1 (Eve Expert is one more).',
    ]);
    expect(errorOf(await chair.client.request(ADD, { r: runId, s: faces, u: eve.id })).code).toBe('CONFLICT');
    // Taking her off again leaves the statement as the matcher proposed it: no warning.
    expect((await chair.client.ok(REMOVE, { r: runId, s: faces, u: eve.id })).removeProposedReviewer.warnings).toEqual([]);
    // Reviewers and authors cannot edit a proposal.
    expect(errorOf(await eve.client.request(ADD, { r: runId, s: faces, u: eve.id })).code).toBe('NOT_FOUND');
  });

  it('commit: one winner, reviewers get the mail, an accept, a decline with its mail to the chairs, and a replacement', async () => {
    const eve = experts[0] as Person;
    const { mail } = await t.mail.nextAfter(eve.email, async () => {
      const results = await Promise.all([1, 2].map(() => chair.client.request(COMMIT, { r: runId })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(errorOf(results.find((r) => r.errors) ?? { errors: [] }).code).toBe('CONFLICT');
    });
    expect(mail.subject).toContain('Please review: Few-shot voice cloning for audiobooks');
    await t.outboxSettled(10_000);
    const mine = (await eve.client.ok(MINE, { v: venueId })).myAssignments;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ assignment: { state: 'assigned', kind: 'expert' }, submission: { id: voice } });
    // Assigned, she reads the statement (without its authors) although bidding is closed.
    expect((await eve.client.ok(SUBMISSION_VIEW, { id: voice })).submission.authors).toEqual([]);
    // She accepts; two answers at once would not both count.
    const answers = await Promise.all([
      eve.client.request(RESPOND, { a: mine[0].assignment.id, accept: true }),
      eve.client.request(RESPOND, { a: mine[0].assignment.id, accept: true }),
    ]);
    expect(answers.filter((r) => !r.errors)).toHaveLength(1);
    // The community reviewer on the voice statement declines: a reason is needed.
    const assignments = (await chair.client.ok(ASSIGNMENTS, { id: voice })).submission.assignments;
    const communityAssignment = assignments.find((a: { kind: string }) => a.kind === 'community');
    const decliner = community.find((p) => p.id === communityAssignment.reviewer.id) as Person;
    const decliners = (await decliner.client.ok(MINE, { v: venueId })).myAssignments;
    expect(errorOf(await decliner.client.request(RESPOND, { a: decliners[0].assignment.id, accept: false, reason: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      paths: ['reason'],
    });
    const { mail: declined } = await t.mail.nextAfter(chair.email, () =>
      decliner.client.ok(RESPOND, { a: decliners[0].assignment.id, accept: false, reason: 'I am away in March' }),
    );
    expect(declined.subject).toContain('Review declined');
    expect(declined.text).toContain('I am away in March');
    // The slot is open again; the declining reviewer no longer sees the statement.
    const after = (await chair.client.ok(ASSIGNMENTS, { id: voice })).submission;
    expect(after.openSlots).toEqual({ expert: 0, community: 1 });
    expect(errorOf(await decliner.client.request(SUBMISSION_VIEW, { id: voice })).code).toBe('NOT_FOUND');
    // The best replacements: the other community reviewer only (no conflict, spare load).
    const other = community.find((p) => p.id !== decliner.id) as Person;
    const replacements = (await chair.client.ok(REPLACEMENTS, { id: voice, k: 'community' })).submission.replacements;
    expect(replacements.map((r: { reviewer: { id: string } }) => r.reviewer.id)).toEqual([other.id]);
    // Authors and reviewers see nothing of it.
    expect((await authorB.client.ok(`query($id: ID!) { submission(id: $id) { assignments { id } } }`, { id: faces })).submission.assignments).toEqual([]);
    const { mail: replacementMail } = await t.mail.nextAfter(other.email, () => chair.client.ok(REPLACE, { s: voice, u: other.id }));
    expect(replacementMail.subject).toContain('Please review');
    expect((await chair.client.ok(ASSIGNMENTS, { id: voice })).submission.openSlots).toEqual({ expert: 0, community: 0 });
    // A conflicted person is refused as a replacement.
    expect(errorOf(await chair.client.request(REPLACE, { s: voice, u: experts[1]!.id })).code).toBe('CONFLICT');
  }, 60_000);

  it('a second run keeps the committed assignments and proposes only what is open', async () => {
    const { startMatchingRun } = await chair.client.ok(START, { v: venueId, o: 'fair' });
    const run = await waitForRun(startMatchingRun.id);
    expect(run.state).toBe('succeeded');
    expect(run.result.kept).toBeGreaterThanOrEqual(4);
    const kept = (run.proposal.statements as Row[]).flatMap((s) => s.reviewers.filter((r) => r.origin === 'kept'));
    expect(kept.length).toBe(run.result.kept);
  }, 60_000);

  it('every step is in the log, and authors read none of it', async () => {
    await t.outboxSettled(10_000);
    const count = async (kind: string) => (await chair.client.ok(HISTORY, { v: venueId, k: kind })).venueHistory.total as number;
    expect(await count('bid.placed')).toBeGreaterThanOrEqual(3);
    expect(await count('matching.started')).toBe(3);
    expect(await count('matching.cancelled')).toBe(1);
    expect(await count('assignment.proposed_edit')).toBe(2);
    expect(await count('assignment.committed')).toBeGreaterThanOrEqual(5);
    expect(await count('assignment.accepted')).toBe(1);
    expect(await count('assignment.declined')).toBe(1);
    const authorHistory = (await authorA.client.ok(`query($id: ID!) { submission(id: $id) { history { kind } } }`, { id: voice })).submission.history;
    const kinds = authorHistory.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k.startsWith('assignment.') || k.startsWith('bid.'))).toEqual([]);
    expect(kinds).toContain('submission.version_submitted');
  });

  it('a reviewer who joins the pool is found by the chairs’ search at once', async () => {
    // The cached pool notices the new grant: no minute's wait.
    const newcomer = await steps.signUp('Nia Newcomer');
    const { mail: invited } = await t.mail.nextAfter(newcomer.email, () =>
      chair.client.ok(IMPORT, { v: venueId, csv: `name,email,kind,areas\n${newcomer.name},${newcomer.email},community,` }),
    );
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(invited.text)?.[1] ?? '';
    expect((await chair.client.ok(CHOICES, { v: venueId, q: 'nia' })).venue.reviewerChoices).toEqual([]);
    await newcomer.client.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, { input: { token } });
    expect((await chair.client.ok(CHOICES, { v: venueId, q: 'nia' })).venue.reviewerChoices).toEqual([
      { kind: 'community', reviewer: { id: newcomer.id, name: newcomer.name } },
    ]);
  });
});
