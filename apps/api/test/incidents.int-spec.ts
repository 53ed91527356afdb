// Incident reports from the public over HTTP against the real database and SMTP server: anyone reads
// an approval's public page and reports misuse without an account; the report counts once its
// address is confirmed by a link (used once), is rate-limited per address, reaches the chairs who
// are not conflicted with the work, stays hidden from the authors (and their history) until a chair
// asks them (without the reporter's address), and ends with a suspension and a final answer.
import { MISSING_ID, SubmissionSteps, errorOf, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const PUBLIC = `query($id: ID!) { publicApproval(id: $id) { id title venueShortName outcome state stateLabel releasePlan { artifactName contentLevel timing distribution embargoUntil suspended } } }`;
const REGISTRY = `query($v: ID!) { publicApprovals(venueId: $v) { id title state } }`;
const REPORT = `mutation($input: IncidentReportInput!) { reportIncident(input: $input) { email message } }`;
const CONFIRM_REPORT = `mutation($t: String!) { confirmIncidentReport(token: $t) { reference about } }`;
const INCIDENTS = `query($v: ID!) { venue(id: $v) { incidents { id reference state whatHappened evidenceLinks reporterEmail shareWithAuthors submission { id } approvalId availableActions revision answer triage { action reason by { id } } } } }`;
const TRIAGE = `mutation($input: TriageIncidentInput!) { triageIncident(input: $input) { id state revision answer availableActions } }`;

describe('incident reports from the public (real FerretDB and SMTP)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let conflictedChair: Person;
  let author: Person;
  let expert: Person;
  let venueId: string;
  let statement: string;
  let approvalId: string;
  const reporter = `reporter-${Date.now().toString(36)}@example.org`;
  const anonymous = () => t.client();
  const tokenIn = (text: string) => /\/incidents\/confirm\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
  const report = (change: Record<string, unknown> = {}) => ({
    approvalId,
    venueId: null,
    whatHappened: 'Robocalls in the cloned voice of our mayor went out the week before the election.',
    evidenceLinks: ['https://example.org/news/robocalls'],
    email: reporter,
    shareWithAuthors: false,
    ...change,
  });

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    [chair, conflictedChair, author, expert] = (await Promise.all(['Carla Chair', 'Cora Conflicted', 'Ada Author', 'Eve Expert'].map((n) => steps.signUp(n)))) as [Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    await steps.join(chair, conflictedChair, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    ({ id: statement, approvalId } = await steps.approvedStatement(chair, author, expert, venueId, 'Few-shot voice cloning for audiobooks'));
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: statement, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('anyone reads the public page and the venue’s registry: title, outcome, state and plan, nothing else', async () => {
    const { publicApproval } = await anonymous().ok(PUBLIC, { id: approvalId });
    expect(publicApproval).toMatchObject({ id: approvalId, title: 'Few-shot voice cloning for audiobooks', outcome: 'approved', state: 'active' });
    expect(publicApproval.releasePlan.map((i: { artifactName: string }) => i.artifactName)).toEqual(['Paper', 'Voice model', 'Training code']);
    expect((await anonymous().ok(REGISTRY, { v: venueId })).publicApprovals.map((a: { id: string }) => a.id)).toEqual([approvalId]);
    expect(errorOf(await anonymous().request(PUBLIC, { id: MISSING_ID })).code).toBe('NOT_FOUND');
    // The authors' names are not part of it at all.
    expect(errorOf(await anonymous().request(`query($id: ID!) { publicApproval(id: $id) { authors { id } } }`, { id: approvalId })).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('a report without an account: checked, confirmed by a link once, then it reaches the chairs not conflicted with the work', async () => {
    const bad = await anonymous().request(REPORT, { input: report({ whatHappened: 'Misused.', evidenceLinks: ['not a link'], email: 'nobody' }) });
    expect(errorOf(bad).paths).toEqual(['whatHappened', 'evidenceLinks.0', 'email']);

    const sent = await t.mail.nextAfter(reporter, () => anonymous().ok(REPORT, { input: report() }));
    expect(sent.result.reportIncident.email).toBe(reporter);
    expect(sent.mail.subject).toBe('Confirm your incident report about “Few-shot voice cloning for audiobooks” (' + sent.mail.subject.split('(')[1]);
    // Not confirmed: the chairs see nothing yet.
    expect((await chair.client.ok(INCIDENTS, { v: venueId })).venue.incidents).toEqual([]);

    const token = tokenIn(sent.mail.text);
    const told = await t.mail.nextAfter(chair.email, () => anonymous().ok(CONFIRM_REPORT, { t: token }));
    const { reference } = told.result.confirmIncidentReport;
    expect(reference).toMatch(/^IR-[0-9A-F]{6}$/);
    expect(told.mail.subject).toMatch(/^Incident reported: “Few-shot voice cloning for audiobooks”/);
    expect(await t.mail.waitFor(reporter, (m) => m.subject.startsWith('Your incident report about'))).toBeTruthy();
    // The link works once.
    expect(errorOf(await anonymous().request(CONFIRM_REPORT, { t: token })).code).toBe('NOT_FOUND');
    await t.outboxSettled();
    expect((await t.mail.messagesTo(conflictedChair.email)).filter((m) => m.subject.startsWith('Incident reported'))).toEqual([]);

    const [incident] = (await chair.client.ok(INCIDENTS, { v: venueId })).venue.incidents;
    expect(incident).toMatchObject({ reference, state: 'open', reporterEmail: reporter, submission: { id: statement }, approvalId, availableActions: ['dismiss', 'ask_authors', 'open_reevaluation', 'suspend', 'resolve'] });
    // Confidential: the conflicted chair and the authors see none of it, not even in the history.
    expect((await conflictedChair.client.ok(INCIDENTS, { v: venueId })).venue.incidents).toEqual([]);
    const refused = await conflictedChair.client.request(TRIAGE, { input: { incidentId: incident.id, action: 'dismiss', reason: 'Not related.', answer: 'Thank you.', expectedRevision: incident.revision } });
    const missing = await conflictedChair.client.request(TRIAGE, { input: { incidentId: MISSING_ID, action: 'dismiss', reason: 'Not related.', answer: 'Thank you.', expectedRevision: incident.revision } });
    expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    const history = (await author.client.ok(`query($id: ID!) { submission(id: $id) { history { kind } } }`, { id: statement })).submission.history.map((e: { kind: string }) => e.kind);
    expect(history.filter((k: string) => k.startsWith('incident.'))).toEqual([]);
  });

  test('the chair asks the authors (the reporter unnamed), then suspends the voice model at once; the reporter gets the answer', async () => {
    let [incident] = (await chair.client.ok(INCIDENTS, { v: venueId })).venue.incidents;
    const noQuestion = await chair.client.request(TRIAGE, { input: { incidentId: incident.id, action: 'ask_authors', reason: 'We need to know whether the demo was used.', expectedRevision: incident.revision } });
    expect(errorOf(noQuestion).paths).toEqual(['question']);
    const asked = await t.mail.nextAfter(author.email, () =>
      chair.client.ok(TRIAGE, {
        input: { incidentId: incident.id, action: 'ask_authors', reason: 'We need to know whether the demo was used.', question: 'Was your public demo used for these robocalls?', expectedRevision: incident.revision },
      }),
    );
    expect(asked.result.triageIncident.state).toBe('asked_authors');
    expect(asked.mail.text).toContain('Was your public demo used for these robocalls?');
    expect(asked.mail.text).toContain('Robocalls in the cloned voice of our mayor');
    expect(asked.mail.text).toContain('The reporter is not named to you.');
    expect(asked.mail.text).not.toContain(reporter);

    incident = (await chair.client.ok(INCIDENTS, { v: venueId })).venue.incidents[0];
    const stale = await chair.client.request(TRIAGE, { input: { incidentId: incident.id, action: 'resolve', reason: 'Handled by the committee.', answer: 'Thank you for telling us.', expectedRevision: incident.revision - 1 } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const answered = await t.mail.nextAfter(reporter, () =>
      chair.client.ok(TRIAGE, {
        input: {
          incidentId: incident.id,
          action: 'suspend',
          reason: 'The authors confirm the demo voices match the robocalls.',
          answer: 'Thank you: the release of the voice model is suspended while the committee re-evaluates it.',
          artifactKeys: ['model'],
          expectedRevision: incident.revision,
        },
      }),
    );
    expect(answered.result.triageIncident).toMatchObject({ state: 'resolved', availableActions: [] });
    expect(answered.mail.subject).toMatch(/^Answer to your incident report/);
    expect(answered.mail.text).toContain('the release of the voice model is suspended');
    // The approval is suspended for that artifact; the public page says so; the authors are told.
    const { publicApproval } = await anonymous().ok(PUBLIC, { id: approvalId });
    expect(publicApproval.state).toBe('suspended');
    expect(publicApproval.releasePlan.filter((i: { suspended: boolean }) => i.suspended).map((i: { artifactName: string }) => i.artifactName)).toEqual(['Voice model']);
    const notice = await t.mail.waitFor(author.email, (m) => m.subject.startsWith('Approval suspended'));
    expect(notice.text).toMatch(/Incident report IR-[0-9A-F]{6}: The authors confirm/);
  });

  test('reports are rate-limited per address, with a message saying when to try again', async () => {
    const flood = `flood-${Date.now().toString(36)}@example.org`;
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await anonymous().request(REPORT, { input: report({ email: flood }) }));
    expect(answers.slice(0, 3).every((a) => !a.errors)).toBe(true);
    const refused = errorOf(answers[3]!);
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.message).toMatch(new RegExp(`^Several reports were already sent from ${flood}\\. Confirm them from your inbox, or try again in`));
  });

  test('two confirmations of one link at once count once; two handlings of one report at once, one wins', async () => {
    const email = `race-${Date.now().toString(36)}@example.org`;
    const sent = await t.mail.nextAfter(email, () => anonymous().ok(REPORT, { input: report({ email }) }));
    const token = tokenIn(sent.mail.text);
    const confirmations = await Promise.all([anonymous().request(CONFIRM_REPORT, { t: token }), anonymous().request(CONFIRM_REPORT, { t: token })]);
    expect(confirmations.map((c) => (c.errors ? errorOf(c).code : 'ok')).sort()).toEqual(['NOT_FOUND', 'ok']);
    const reference = confirmations.find((c) => !c.errors)?.data?.['confirmIncidentReport'] as { reference: string };
    await t.outboxSettled();
    expect((await t.mail.messagesTo(email)).filter((m) => m.subject.startsWith('Your incident report about'))).toHaveLength(1);

    const incident = (await chair.client.ok(INCIDENTS, { v: venueId })).venue.incidents.find((i: { reference: string }) => i.reference === reference.reference);
    const handle = (action: string) =>
      chair.client.request(TRIAGE, { input: { incidentId: incident.id, action, reason: 'Handled in the earlier report.', answer: 'Thank you; the committee already acted on this.', expectedRevision: incident.revision } });
    const handled = await Promise.all([handle('dismiss'), handle('resolve')]);
    expect(handled.filter((h) => !h.errors)).toHaveLength(1);
    expect(handled.filter((h) => h.errors).map((h) => errorOf(h).code)).toEqual(['CONFLICT']);
    await t.outboxSettled();
    // The reporter gets one final answer, not two.
    expect((await t.mail.messagesTo(email)).filter((m) => m.subject.startsWith('Answer to your incident report'))).toHaveLength(1);
  });
});
