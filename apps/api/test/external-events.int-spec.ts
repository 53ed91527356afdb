// Evented release over HTTP against the real database and SMTP server: a chair records an external
// event ("an equivalent model was released elsewhere"); the approvals whose plan waits for such an
// event go under re-evaluation with the event as the reason and the authors are told; the others,
// and those the chair may not see, are left alone, each with the reason.
import { MISSING_ID, SubmissionSteps, errorOf, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const EVENTED = `query($v: ID!) { venue(id: $v) { eventedApprovals { approvalId submission { id } state events { artifactName releaseEvent } } } }`;
const RECORD = `mutation($v: ID!, $d: String!, $a: [ID!]!) { recordExternalEvent(venueId: $v, description: $d, approvalIds: $a) { opened skipped { approvalId reason } } }`;
const REEVALUATION = `query($id: ID!) { submission(id: $id) { approval { state reevaluation { trigger reason } } } }`;
const EVENT = 'An equivalent voice model was released openly by another lab.';

describe('external events re-open evented approvals (real FerretDB and SMTP)', () => {
  let t: TestApp;
  let chair: Person;
  let conflictedChair: Person;
  let author: Person;
  let venueId: string;
  let evented: { id: string; approvalId: string };
  let plain: { id: string; approvalId: string };

  beforeAll(async () => {
    t = await startTestApp();
    const steps = new SubmissionSteps(t);
    let expert: Person;
    [chair, conflictedChair, author, expert] = (await Promise.all(['Carla Chair', 'Cora Conflicted', 'Ada Author', 'Eve Expert'].map((n) => steps.signUp(n)))) as [Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    await steps.join(chair, conflictedChair, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    // The committee decides that the voice model waits until an equivalent one is out.
    evented = await steps.approvedStatement(chair, author, expert, venueId, 'Few-shot voice cloning for audiobooks', [], (plan) =>
      plan.map((item) => (item['artifactKey'] === 'model' ? { ...item, timing: 'evented', embargoUntil: null, releaseEvent: 'An equivalent model is released elsewhere.' } : item)),
    );
    plain = await steps.approvedStatement(chair, author, expert, venueId, 'Emotion transfer for dubbing');
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: evented.id, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('the chair sees the approvals that wait for an event; a conflicted chair does not', async () => {
    expect((await chair.client.ok(EVENTED, { v: venueId })).venue.eventedApprovals).toEqual([
      { approvalId: evented.approvalId, submission: { id: evented.id }, state: 'active', events: [{ artifactName: 'Voice model', releaseEvent: 'An equivalent model is released elsewhere.' }] },
    ]);
    expect((await conflictedChair.client.ok(EVENTED, { v: venueId })).venue.eventedApprovals).toEqual([]);
    expect((await author.client.ok(EVENTED, { v: venueId })).venue.eventedApprovals).toEqual([]);
  });

  test('recording the event re-opens the evented approval only, tells its authors, and says why the others were left', async () => {
    expect(errorOf(await chair.client.request(RECORD, { v: venueId, d: ' ', a: [] })).paths).toEqual(['description', 'approvalIds']);
    expect(errorOf(await author.client.request(RECORD, { v: venueId, d: EVENT, a: [evented.approvalId] })).code).toBe('FORBIDDEN');

    const told = await t.mail.nextAfter(author.email, () => chair.client.ok(RECORD, { v: venueId, d: EVENT, a: [evented.approvalId, plain.approvalId, MISSING_ID] }));
    expect(told.result.recordExternalEvent.opened).toEqual([evented.approvalId]);
    expect(told.result.recordExternalEvent.skipped.map((s: { approvalId: string }) => s.approvalId)).toEqual([plain.approvalId, MISSING_ID]);
    expect(told.mail.subject).toMatch(/^Approval re-evaluation opened/);
    expect(told.mail.text).toContain(`External event: ${EVENT}`);
    expect((await author.client.ok(REEVALUATION, { id: evented.id })).submission.approval).toEqual({
      state: 'under_reevaluation',
      reevaluation: { trigger: 'external_event', reason: `External event: ${EVENT}` },
    });
    expect((await author.client.ok(REEVALUATION, { id: plain.id })).submission.approval).toEqual({ state: 'active', reevaluation: null });

    // Once more: already under re-evaluation, said in words.
    const again = (await chair.client.ok(RECORD, { v: venueId, d: EVENT, a: [evented.approvalId] })).recordExternalEvent;
    expect(again.opened).toEqual([]);
    expect(again.skipped[0].reason).toBe('An approval that is under re-evaluation cannot be opened for re-evaluation.');
    // The conflicted chair cannot reach it either.
    const hidden = (await conflictedChair.client.ok(RECORD, { v: venueId, d: EVENT, a: [evented.approvalId] })).recordExternalEvent;
    expect(hidden).toEqual({ opened: [], skipped: [{ approvalId: evented.approvalId, reason: 'No approval of this venue that waits for an event has this id.' }] });
  });

  test('the same event recorded twice at once opens the approval once', async () => {
    const steps = new SubmissionSteps(t);
    const expert = await steps.signUp('Erin Expert');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    const title = 'Voice conversion for film restoration';
    const second = await steps.approvedStatement(chair, author, expert, venueId, title, [], (plan) =>
      plan.map((item) => (item['artifactKey'] === 'model' ? { ...item, timing: 'evented', embargoUntil: null, releaseEvent: 'An equivalent model is released elsewhere.' } : item)),
    );
    await t.outboxSettled();
    const results = await Promise.all([
      chair.client.ok(RECORD, { v: venueId, d: EVENT, a: [second.approvalId] }),
      chair.client.ok(RECORD, { v: venueId, d: EVENT, a: [second.approvalId] }),
    ]);
    expect(results.flatMap((r) => r.recordExternalEvent.opened)).toEqual([second.approvalId]);
    expect(results.flatMap((r) => r.recordExternalEvent.skipped)).toHaveLength(1);
    await t.outboxSettled();
    const opened = (await t.mail.messagesTo(author.email)).filter((m) => m.subject.startsWith('Approval re-evaluation opened') && m.subject.includes(title));
    expect(opened).toHaveLength(1);
    const history = (await chair.client.ok(`query($id: ID!) { submission(id: $id) { history { kind } } }`, { id: second.id })).submission.history.map((e: { kind: string }) => e.kind);
    expect(history.filter((k: string) => k === 'approval.reevaluation_opened')).toHaveLength(1);
  }, 120_000);
});
