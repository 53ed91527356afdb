// Approvals and continuing review end to end over HTTP against the real database and SMTP server,
// with the app's clock moved instead of waiting. A sent positive decision grants the approval for
// the period the venue's policy gives its tier; as the clock nears expiry the re-evaluation opens
// and the reminders go out, each once however many runs (or processes) there are; at expiry the
// approval lapses and the authors are told work must pause. Chairs open a late re-evaluation; the
// authors file their report, the reviewer of record recommends, the chair continues the approval;
// then suspends one artifact's release and reinstates it; the authors close it; every change is in the
// statement's history; a conflicted chair learns nothing and the notices cannot be turned off.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ApprovalSchedule } from '../src/app/approvals/approval-schedule';
import { CONFIRM, CONTINUING_ANSWERS, MISSING_ID, SubmissionSteps, errorOf, expeditedContent, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const DAY = 86_400_000;
const APPROVAL = `approval { id state stateLabel consequence tier expiresAt daysUntilExpiry reevaluationOpensAt revision availableActions remindersSent
  suspendedArtifacts { key name } lastChange { action label by actor { id } reason } }`;
const STATE = `query($id: ID!) { submission(id: $id) { revision ${APPROVAL} history { kind actor { id } } } }`;
const CHANGE = `mutation($input: ChangeApprovalInput!) { changeApproval(input: $input) { id state revision expiresAt remindersSent suspendedArtifacts { key name } lastChange { action by reason } } }`;
const POLICY = `mutation($v: ID!, $p: ContinuingReviewPolicyInput!, $rev: Int!) { updateContinuingReviewPolicy(venueId: $v, policy: $p, expectedRevision: $rev) {
  revision continuingReviewPolicy { periodMonths { exempt expedited full } reminderDays } } }`;
const REVISION = `query($id: ID!) { venue(id: $id) { revision } }`;
const DASHBOARD = `query($v: ID!) { venue(id: $v) { continuingReview { counts { state count } series { at counts { state count } }
  dueSoon { submission { id } daysUntilExpiry } lapsed { submission { id } state } suspended { approvalId } underReevaluation { approvalId reportFiled } } } }`;
const REEVAL = `id trigger state revision report { progress incidents conditions { condition status statusLabel note } } recommendations { reviewer { id } mine outcome comment answers { prompt rating text } }
  tally { outcome count } decision { outcome reason } viewerCan { report recommend decide }`;
const REEVALUATION = `query($id: ID!) { submission(id: $id) { approval { reevaluation { ${REEVAL} } } } }`;
const REPORT = `mutation($input: ContinuingReviewReportInput!) { submitContinuingReviewReport(input: $input) { ${REEVAL} } }`;
const RECOMMEND = `mutation($input: RecommendationInput!) { recommendOnReevaluation(input: $input) { ${REEVAL} } }`;
const DECIDE = `mutation($input: ReevaluationDecisionInput!) { decideReevaluation(input: $input) { id state revision expiresAt remindersSent lastChange { action by reason } } }`;
const RECORD = `mutation($s: ID!, $rev: Int!, $d: DecisionInput!) { recordDecision(submissionId: $s, expectedRevision: $rev, decision: $d) { submission { revision } } }`;
const SEND = `mutation($s: ID!, $rev: Int!, $l: LetterInput!) { sendDecision(submissionId: $s, expectedRevision: $rev, letter: $l) { id } }`;
const DRAFT = `query($id: ID!) { submission(id: $id) { revision letterDraft { subject body } latestVersion { content { releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions } } } } }`;

describe('approvals and continuing review (real FerretDB and SMTP)', () => {
  // Sessions last a year here, so that people stay signed in while the clock moves on by months.
  const clock = new FixedClock(new Date('2029-01-15T09:00:00Z'));
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let chairB: Person;
  let conflictedChair: Person;
  let author: Person;
  let expert: Person;
  let outsider: Person;
  let venueId: string;
  let statement: string;
  let schedule: ApprovalSchedule;

  const stateOf = async (person: Person) => (await person.client.ok(STATE, { id: statement })).submission;
  const approvalOf = async (person: Person) => (await stateOf(person)).approval;
  const mailsTo = async (person: Person, subject: RegExp) => (await t.mail.messagesTo(person.email)).filter((m) => subject.test(m.subject));
  /** How many mails matching `subject` reached `person`, once `expected` arrived (or 3 s passed); the catcher lags the outbox a little. */
  const countMails = async (person: Person, subject: RegExp, expected: number) => {
    const deadline = Date.now() + 3000;
    for (;;) {
      const found = (await mailsTo(person, subject)).length;
      if (found >= expected || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Two runs of the schedule at once, as two API processes would; then the outbox drains. */
  const runTwice = async () => {
    await Promise.all([schedule.runDue(), schedule.runDue()]);
    await t.outboxSettled();
  };
  const change = (person: Person, input: Record<string, unknown>) => person.client.request(CHANGE, { input: { reason: '', artifactKeys: [], ...input } });

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { SESSION_TTL_HOURS: String(24 * 365) } });
    steps = new SubmissionSteps(t);
    schedule = t.app.get(ApprovalSchedule);
    [chair, chairB, conflictedChair, author, expert, outsider] = (await Promise.all(
      ['Carla Chair', 'Chen Chair', 'Cora Conflicted', 'Ada Author', 'Eve Expert', 'Olga Outsider'].map((n) => steps.signUp(n)),
    )) as [Person, Person, Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    for (const person of [chairB, conflictedChair]) await steps.join(chair, person, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');

    // Approvals of expedited work hold six months at this venue; reminders 30, 7 and 1 days before.
    const bad = await chair.client.request(POLICY, { v: venueId, rev: (await chair.client.ok(REVISION, { id: venueId })).venue.revision, p: { periodMonths: { exempt: null, expedited: 0, full: 12 }, reminderDays: [7, 7] } });
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect(errorOf(bad).paths).toEqual(['periodMonths.expedited', 'reminderDays.1']);
    const { updateContinuingReviewPolicy } = await chair.client.ok(POLICY, {
      v: venueId,
      rev: (await chair.client.ok(REVISION, { id: venueId })).venue.revision,
      p: { periodMonths: { exempt: null, expedited: 6, full: 12 }, reminderDays: [1, 30, 7] },
    });
    expect(updateContinuingReviewPolicy.continuingReviewPolicy).toEqual({ periodMonths: { exempt: null, expedited: 6, full: 12 }, reminderDays: [30, 7, 1] });

    const created = await steps.create(author, venueId, 'Few-shot voice cloning for audiobooks');
    const submitted = await steps.saveAndSubmit(author, created.id, expeditedContent());
    statement = created.id;
    await chair.client.ok(CONFIRM, { id: statement, tier: 'expedited', reason: submitted.tier === 'expedited' ? '' : 'Expedited review suffices.', rev: submitted.revision });
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: statement, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
    await steps.assignAndReview(chair, expert, statement);
    const draft = (await chair.client.ok(DRAFT, { id: statement })).submission;
    const recorded = await chair.client.ok(RECORD, {
      s: statement,
      rev: draft.revision,
      d: { outcome: 'approved_with_conditions', conditions: [{ libraryId: null, text: 'Withhold the trained model.', artifactKey: null, dueOn: null }], releasePlan: draft.latestVersion.content.releasePlan },
    });
    const letter = (await chair.client.ok(DRAFT, { id: statement })).submission.letterDraft;
    await chair.client.ok(SEND, { s: statement, rev: recorded.recordDecision.submission.revision, l: letter });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('a sent approval holds for the period the venue gives its tier; its authors may close it, chairs do the rest; a conflicted chair sees nothing', async () => {
    const approval = await approvalOf(author);
    expect(approval).toMatchObject({ state: 'active', stateLabel: 'Active', tier: 'expedited', expiresAt: '2029-07-15T09:00:00.000Z', remindersSent: [] });
    expect(approval.reevaluationOpensAt).toBe('2029-06-15T09:00:00.000Z');
    expect(approval.lastChange).toMatchObject({ action: 'created', label: 'Approved', by: 'chair', actor: { id: chair.id } });
    expect(approval.availableActions).toEqual(['close']);
    expect((await approvalOf(chair)).availableActions).toEqual(['open_reevaluation', 'suspend', 'terminate', 'close']);
    expect((await approvalOf(expert)).availableActions).toEqual([]);
    // The conflicted chair and an outsider: nothing, and a change is answered as for a missing approval.
    expect(errorOf(await conflictedChair.client.request(STATE, { id: statement })).code).toBe('NOT_FOUND');
    for (const person of [conflictedChair, outsider]) {
      const refused = await change(person, { approvalId: approval.id, action: 'suspend', reason: 'Misuse was reported on a forum.', expectedRevision: approval.revision });
      const missing = await change(person, { approvalId: MISSING_ID, action: 'suspend', reason: 'Misuse was reported on a forum.', expectedRevision: approval.revision });
      expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    }
    // The author may not suspend; the reviewer may read but not change it.
    expect(errorOf(await change(author, { approvalId: approval.id, action: 'suspend', reason: 'We would like to pause.', expectedRevision: approval.revision })).message).toMatch(/^Only a chair/);
    expect(errorOf(await change(expert, { approvalId: approval.id, action: 'close', expectedRevision: approval.revision })).code).toBe('FORBIDDEN');
  });

  test('on the clock: nothing early; the re-evaluation opens with the first reminder; each reminder goes once; at expiry it lapses once', async () => {
    const expiresAt = new Date('2029-07-15T09:00:00Z').getTime();
    clock.set(new Date(expiresAt - 31 * DAY));
    await runTwice();
    expect((await approvalOf(chair)).state).toBe('active');
    expect(await countMails(author, /^Continuing review due/, 0)).toBe(0);

    clock.set(new Date(expiresAt - 30 * DAY));
    await runTwice();
    await runTwice();
    const opened = await approvalOf(chair);
    expect(opened).toMatchObject({ state: 'under_reevaluation', remindersSent: [30], lastChange: { action: 'open_reevaluation', by: 'system' } });
    expect(opened.lastChange.reason).toBe('Continuing review is due before the approval expires on 2029-07-15.');
    expect(await countMails(author, /^Continuing review due in 30 days/, 1)).toBe(1);
    const first = await mailsTo(author, /^Continuing review due in 30 days/);
    expect(first[0]!.text).toContain(`/submissions/${statement}`);
    expect(first[0]!.text).toContain('Notices about approvals are required and cannot be turned off.');
    expect(first[0]!.headers['list-unsubscribe']).toBeUndefined();
    expect(await countMails(chair, /^Continuing review due in 30 days/, 1)).toBe(1);
    // The opened re-evaluation is told by the reminder, not by a mail of its own; not to the reviewer.
    expect(await countMails(author, /^Approval re-evaluation opened/, 0)).toBe(0);
    expect(await countMails(expert, /^Continuing review due/, 0)).toBe(0);

    // The machine was down from 20 days to 6 days before: one reminder, the latest due.
    clock.set(new Date(expiresAt - 6 * DAY));
    await runTwice();
    expect(await countMails(author, /^Continuing review due in 6 days/, 1)).toBe(1);
    clock.set(new Date(expiresAt - 12 * 3_600_000));
    await runTwice();
    expect(await countMails(author, /^Continuing review due tomorrow/, 1)).toBe(1);
    expect((await approvalOf(chair)).remindersSent).toEqual([30, 7, 1]);

    clock.set(new Date(expiresAt));
    await runTwice();
    await runTwice();
    const lapsed = await approvalOf(author);
    expect(lapsed).toMatchObject({ state: 'expired', daysUntilExpiry: 0, lastChange: { action: 'lapse', by: 'system', actor: null } });
    expect(lapsed.consequence).toMatch(/work under it must pause/);
    expect(await countMails(author, /^Approval lapsed/, 1)).toBe(1);
    const notices = await mailsTo(author, /^Approval lapsed/);
    expect(notices[0]!.text).toContain('work under it must pause');
    expect(await countMails(chair, /^Approval lapsed/, 1)).toBe(1);
    // A lapse goes to the authors and chairs; the conflicted chair hears nothing of it.
    expect(await countMails(expert, /^Approval lapsed/, 0)).toBe(0);
    expect(await countMails(conflictedChair, /^(Approval|Continuing review)/, 0)).toBe(0);

    // The chairs' dashboard lists it as lapsed, and counts it month by month; the conflicted chair sees none of it.
    const board = (await chair.client.ok(DASHBOARD, { v: venueId })).venue.continuingReview;
    expect(board.lapsed.map((i: { submission: { id: string } }) => i.submission.id)).toEqual([statement]);
    expect(board.counts.find((c: { state: string }) => c.state === 'expired').count).toBe(1);
    const last = board.series[board.series.length - 1];
    expect(board.series).toHaveLength(12);
    expect(last.counts.find((c: { state: string }) => c.state === 'expired').count).toBe(1);
    // Granted in January: the end of February counts it active.
    expect(board.series.find((p: { at: string }) => p.at.startsWith('2029-02-28')).counts.find((c: { state: string }) => c.state === 'active').count).toBe(1);
    const hidden = (await conflictedChair.client.ok(DASHBOARD, { v: venueId })).venue.continuingReview;
    expect(hidden.lapsed).toEqual([]);
    expect(hidden.counts.every((c: { count: number }) => c.count === 0)).toBe(true);
    expect((await author.client.ok(DASHBOARD, { v: venueId })).venue.continuingReview).toBeNull();
  });

  test('chairs open a late re-evaluation; the authors report, the reviewer recommends, the chair continues it; then suspends one artifact, reinstates; the authors close it', async () => {
    let approval = await approvalOf(chair);
    // Without a reason: refused on the field, nothing written.
    const noReasonResult = await change(chair, { approvalId: approval.id, action: 'open_reevaluation', expectedRevision: approval.revision });
    const noReason = errorOf(noReasonResult);
    expect(noReasonResult.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('Give the reason, in a sentence or more (at least 10 characters).');
    expect(noReason.code).toBe('BAD_USER_INPUT');
    expect(noReason.paths).toEqual(['reason']);
    // Two chairs at once: one wins, the other is told it changed.
    const racing = await Promise.all(
      [chair, chairB].map((c) => change(c, { approvalId: approval.id, action: 'open_reevaluation', reason: 'The authors filed their report a week late.', expectedRevision: approval.revision })),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
    approval = await approvalOf(chair);
    expect(approval.state).toBe('under_reevaluation');

    // Continuing is the re-evaluation's decision, not a change by hand.
    expect(errorOf(await change(chair, { approvalId: approval.id, action: 'continue', expectedRevision: approval.revision })).code).toBe('BAD_USER_INPUT');
    // Without the authors' report the chair must say why the committee decides without it.
    const early = await chair.client.request(DECIDE, { input: { approvalId: approval.id, outcome: 'continue', expectedRevision: approval.revision } });
    expect(errorOf(early).paths).toEqual(['withoutReportReason']);

    // The authors file their report: first without saying anything of incidents, then complete.
    let reevaluation = (await author.client.ok(REEVALUATION, { id: statement })).submission.approval.reevaluation;
    expect(reevaluation).toMatchObject({ trigger: 'chair', state: 'open', report: null, viewerCan: { report: true, recommend: false, decide: false } });
    const report = {
      approvalId: approval.id,
      progress: 'The paper and the inference code were released in March.',
      changes: '',
      incidents: '',
      replication: 'Nobody has released an equivalent model that we know of.',
      milestones: 'Paper: March. Inference code: April.',
      conditions: [{ status: 'in_progress', note: 'The trained model stays withheld; the access form opens in May.' }],
      expectedRevision: reevaluation.revision,
    };
    expect(errorOf(await author.client.request(REPORT, { input: report })).paths).toEqual(['incidents']);
    expect(errorOf(await author.client.request(REPORT, { input: { ...report, incidents: 'None reported to us.', expectedRevision: 99 } })).code).toBe('CONFLICT');
    const filed = await t.mail.nextAfter(expert.email, () => author.client.ok(REPORT, { input: { ...report, incidents: 'None reported to us.' } }));
    expect(filed.mail.subject).toMatch(/^Continuing-review report filed/);
    expect(filed.result.submitContinuingReviewReport.report.conditions).toEqual([
      { condition: 'Withhold the trained model.', status: 'in_progress', statusLabel: 'In progress', note: 'The trained model stays withheld; the access form opens in May.' },
    ]);
    // The reviewer of record recommends; the author may not, and never reads recommendations.
    expect(errorOf(await author.client.request(RECOMMEND, { input: { approvalId: approval.id, outcome: 'continue', comment: 'We think it should go on.' } })).code).toBe('FORBIDDEN');
    // The venue's lighter rubric is answered as a review is: the ratings with their reasons. The
    // reviewers of record and the chairs read it; the authors do not.
    const RUBRIC = `query($id: ID!) { submission(id: $id) { approval { reevaluation { rubric { id kind } } } } }`;
    expect((await expert.client.ok(RUBRIC, { id: statement })).submission.approval.reevaluation.rubric).toEqual([
      { id: 'conditions_kept', kind: 'rating' },
      { id: 'risks_unchanged', kind: 'rating' },
      { id: 'notes', kind: 'text' },
    ]);
    expect((await author.client.ok(RUBRIC, { id: statement })).submission.approval.reevaluation.rubric).toEqual([]);
    const unanswered = errorOf(await expert.client.request(RECOMMEND, { input: { approvalId: approval.id, outcome: 'continue', comment: 'The report answers the condition.' } }));
    expect(unanswered).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['answers.conditions_kept.rating', 'answers.risks_unchanged.rating'] });
    const recommended = (
      await expert.client.ok(RECOMMEND, { input: { approvalId: approval.id, outcome: 'continue', comment: 'The report answers the condition; nothing was misused.', answers: CONTINUING_ANSWERS } })
    ).recommendOnReevaluation;
    expect(recommended.recommendations).toEqual([{ reviewer: null, mine: true, outcome: 'continue', comment: 'The report answers the condition; nothing was misused.', answers: [
      { prompt: 'The conditions of approval are kept', rating: 'met', text: 'The access form is live and every request is logged.' },
      { prompt: 'The risks are as approved', rating: 'met', text: 'Nothing new came up since the approval was granted.' },
    ] }]);
    reevaluation = (await chair.client.ok(REEVALUATION, { id: statement })).submission.approval.reevaluation;
    expect(reevaluation.tally).toEqual([{ outcome: 'continue', count: 1 }]);
    expect(reevaluation.recommendations[0].reviewer).toEqual({ id: expert.id });
    expect((await author.client.ok(REEVALUATION, { id: statement })).submission.approval.reevaluation.recommendations).toEqual([]);

    const continued = (await chair.client.ok(DECIDE, { input: { approvalId: approval.id, outcome: 'continue', expectedRevision: approval.revision } })).decideReevaluation;
    expect((await author.client.ok(REEVALUATION, { id: statement })).submission.approval.reevaluation).toMatchObject({ state: 'decided', decision: { outcome: 'continue' } });
    // A new six-month period from today, with no reminders sent for it yet.
    expect(continued).toMatchObject({ state: 'active', expiresAt: new Date(Date.UTC(2030, 0, 15, 9)).toISOString(), remindersSent: [] });

    const suspended = await t.mail.nextAfter(expert.email, () =>
      chair.client.ok(CHANGE, {
        input: { approvalId: approval.id, action: 'suspend', reason: 'Cloned voices from the released demo were used in phone scams.', artifactKeys: ['model'], expectedRevision: continued.revision },
      }),
    );
    expect(suspended.result.changeApproval).toMatchObject({ state: 'suspended', suspendedArtifacts: [{ key: 'model', name: expect.any(String) }] });
    // Suspension reaches the reviewer of record too, with the reason and what it covers.
    expect(suspended.mail.subject).toMatch(/^Approval suspended/);
    expect(suspended.mail.text).toContain('Cloned voices from the released demo were used in phone scams.');
    expect(suspended.mail.text).toContain('The suspension covers the release of:');
    await t.outboxSettled();
    expect(await countMails(author, /^Approval suspended/, 1)).toBe(1);
    expect((await approvalOf(author)).consequence).toBe('Release nothing more of the suspended artifacts until the committee reinstates the approval.');
    // An unknown artifact, or an old revision: refused.
    const reinstateStale = errorOf(await change(chair, { approvalId: approval.id, action: 'reinstate', reason: 'The demo is now watermarked.', expectedRevision: continued.revision }));
    expect(reinstateStale.code).toBe('CONFLICT');

    const current = await approvalOf(chair);
    expect(current.availableActions).toEqual(['reinstate', 'terminate']);
    const reinstated = (await chair.client.ok(CHANGE, { input: { approvalId: approval.id, action: 'reinstate', reason: 'The demo is now watermarked and gated.', artifactKeys: [], expectedRevision: current.revision } })).changeApproval;
    expect(reinstated).toMatchObject({ state: 'active', suspendedArtifacts: [], expiresAt: continued.expiresAt });

    // The authors close it when the work is finished.
    const closed = (await author.client.ok(CHANGE, { input: { approvalId: approval.id, action: 'close', reason: '', artifactKeys: [], expectedRevision: reinstated.revision } })).changeApproval;
    expect(closed).toMatchObject({ state: 'closed', lastChange: { action: 'close', by: 'author' } });
    expect((await approvalOf(chair)).availableActions).toEqual([]);
    // Closed approvals are left alone by the schedule, even past their expiry.
    const back = clock.now();
    clock.set(new Date(Date.UTC(2030, 0, 20)));
    await runTwice();
    // Read from the database: the sessions of this test end before that day.
    const db = t.app.get<Connection>(getConnectionToken());
    expect((await db.collection('approvals').findOne({ submissionId: statement }))?.['state']).toBe('closed');
    clock.set(back);

    // Every change is in the statement's history, which the authors read.
    const kinds = (await stateOf(author)).history.map((e: { kind: string }) => e.kind);
    for (const kind of ['approval.created', 'approval.reevaluation_opened', 'approval.reminder_sent', 'approval.lapsed', 'approval.continued', 'approval.suspended', 'approval.reinstated', 'approval.closed', 'approval.report_submitted'])
      expect(kinds).toContain(kind);
    expect(kinds.filter((k: string) => k === 'approval.reminder_sent')).toHaveLength(3);
    expect(kinds.filter((k: string) => k === 'approval.lapsed')).toHaveLength(1);
    // A recommendation names its reviewer: the authors' history leaves it out.
    expect(kinds).not.toContain('approval.recommended');
  });

  test('approval notices are required: they cannot be turned off', async () => {
    const refused = await author.client.request(`mutation { setNotificationDelivery(input: { kind: approval_changed, delivery: never }) { general { kind } } }`);
    expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('Notices about approvals are required: they always come by email at once.');
    const { notificationSettings } = await author.client.ok(`query { notificationSettings { general { kind delivery required } } }`);
    expect(notificationSettings.general.filter((c: { required: boolean }) => c.required).map((c: { kind: string }) => c.kind)).toEqual(['approval_changed', 'approval_expiring']);
    // The data holds what the schedule did, once each.
    const db = t.app.get<Connection>(getConnectionToken());
    expect(await db.collection('approvals').countDocuments({ submissionId: statement })).toBe(1);
  });
});
