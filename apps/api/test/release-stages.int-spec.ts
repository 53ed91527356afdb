// Release stages with gates and amendments over HTTP against the real database and SMTP server,
// with the app's clock moved instead of waiting. A timed release opens on its date; a later stage
// opens only when a re-evaluation before its date decides to advance it, and shows as blocked with
// the reason when its date comes without that decision; a suspended artifact's release is held.
// Authors amend the approved plan: expedited by default (a chair decides), full when the tier
// rubric raises it (the reviewers of record recommend first); two requests or two decisions at once
// never both win; the plan changes only through an approving decision; the timeline shows it all,
// without the recommendations, to the authors.
import { CONTINUING_ANSWERS, SubmissionSteps, errorOf, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const PLAN_FIELDS = 'artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions';
const SCHEDULE = `query($id: ID!) { submission(id: $id) { approval { id state revision expiresAt releasePlan { ${PLAN_FIELDS} } artifacts { key name }
  releaseSchedule { artifactKey artifactName stage label date gated gatePassedAt openedOn status statusLabel reason } nextGates { artifactKey artifactName stage label } } } }`;
const CHANGE = `mutation($input: ChangeApprovalInput!) { changeApproval(input: $input) { id state revision reevaluation { revision } } }`;
const REPORT = `mutation($input: ContinuingReviewReportInput!) { submitContinuingReviewReport(input: $input) { id } }`;
const RECOMMEND = `mutation($input: RecommendationInput!) { recommendOnReevaluation(input: $input) { id } }`;
const DECIDE = `mutation($input: ReevaluationDecisionInput!) { decideReevaluation(input: $input) { id state revision expiresAt lastChange { action reason } } }`;
const AMENDMENT = `id state tier tierReasons reason revision changes { kind artifactKey artifactName } planChanges { artifactKey status changedParts }
  newArtifacts { key name } recommendations { mine decision comment reviewer { id } } recommendationsNeeded recommendationCount decision { decision reason } viewerCan { withdraw recommend decide }`;
const AMENDMENTS = `query($id: ID!) { submission(id: $id) { approval { revision amendments { ${AMENDMENT} } } } }`;
const REQUEST = `mutation($input: AmendmentRequestInput!) { requestAmendment(input: $input) { ${AMENDMENT} } }`;
const AMEND_RECOMMEND = `mutation($input: AmendmentRecommendationInput!) { recommendOnAmendment(input: $input) { ${AMENDMENT} } }`;
const AMEND_DECIDE = `mutation($input: AmendmentDecisionInput!) { decideAmendment(input: $input) { ${AMENDMENT} } }`;
const WITHDRAW = `mutation($m: ID!, $rev: Int!) { withdrawAmendment(amendmentId: $m, expectedRevision: $rev) { ${AMENDMENT} } }`;
const TIMELINE = `query($id: ID!) { submission(id: $id) { approval { timeline { at category title detail actorName } } } }`;

type Plan = Record<string, unknown>[];
const staged = (plan: Plan): Plan =>
  plan.map((item) => {
    if (item['artifactKey'] === 'model') return { ...item, timing: 'timed', embargoUntil: '2029-04-01' };
    if (item['artifactKey'] === 'code')
      return {
        ...item,
        timing: 'staged',
        stages: [
          { description: 'Inference code only.', opensOn: '2029-03-01', trigger: '' },
          { description: 'Training code.', opensOn: '2029-06-01', trigger: '' },
        ],
      };
    return item;
  });

describe('release stages with gates, and amendments (real FerretDB and SMTP)', () => {
  const clock = new FixedClock(new Date('2029-01-15T09:00:00Z'));
  let t: TestApp;
  let chair: Person;
  let chairB: Person;
  let author: Person;
  let expert: Person;
  let gated: { id: string; approvalId: string };
  let blocked: { id: string; approvalId: string };

  const approvalOf = async (person: Person, id: string) => (await person.client.ok(SCHEDULE, { id })).submission.approval;
  const points = async (id: string) =>
    Object.fromEntries(
      ((await approvalOf(author, id)).releaseSchedule as { artifactKey: string; stage: number | null; status: string }[]).map((p) => [`${p.artifactKey}${p.stage === null ? '' : `.${p.stage}`}`, p.status]),
    );

  /** The first mail to `person` whose subject starts so, once it arrived (the catcher lags the outbox a little). */
  const mailed = async (person: Person, subject: string) => {
    await t.outboxSettled();
    const deadline = Date.now() + 3000;
    for (;;) {
      const found = (await t.mail.messagesTo(person.email)).find((m) => m.subject.startsWith(subject));
      if (found || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { SESSION_TTL_HOURS: String(24 * 365) } });
    const steps = new SubmissionSteps(t);
    [chair, chairB, author, expert] = (await Promise.all(['Carla Chair', 'Chen Chair', 'Ada Author', 'Eve Expert'].map((n) => steps.signUp(n)))) as [Person, Person, Person, Person];
    const venueId = await steps.createVenue(chair);
    await steps.join(chair, chairB, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    gated = await steps.approvedStatement(chair, author, expert, venueId, 'Staged voice model release', [], staged);
    blocked = await steps.approvedStatement(chair, author, expert, venueId, 'Staged dubbing model release', [], staged);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  test('at approval: the paper is out, the timed model and the first stage are scheduled, the second stage awaits its gate', async () => {
    const approval = await approvalOf(author, gated.id);
    expect(await points(gated.id)).toEqual({ paper: 'open', model: 'scheduled', 'code.0': 'scheduled', 'code.1': 'awaiting_gate' });
    expect(approval.nextGates).toEqual([{ artifactKey: 'code', artifactName: 'Training code', stage: 1, label: 'Stage 2: Training code.' }]);
    const second = approval.releaseSchedule.find((p: { stage: number | null; artifactKey: string }) => p.artifactKey === 'code' && p.stage === 1);
    expect(second).toMatchObject({ gated: true, date: '2029-06-01', reason: 'Opens on 2029-06-01 only if a re-evaluation before then decides to advance to it.' });
  });

  test('a re-evaluation before the stage date passes its gate: the stage is scheduled, then opens on its date', async () => {
    clock.set(new Date('2029-02-01T09:00:00Z'));
    const before = await approvalOf(chair, gated.id);
    const opened = await chair.client.ok(CHANGE, { input: { approvalId: gated.approvalId, action: 'open_reevaluation', reason: 'Before the training code is released.', artifactKeys: [], expectedRevision: before.revision } });
    await author.client.ok(REPORT, {
      input: { approvalId: gated.approvalId, progress: 'The paper is out; no misuse seen.', incidents: 'None that we know of.', conditions: [], expectedRevision: opened.changeApproval.reevaluation.revision },
    });
    await expert.client.ok(RECOMMEND, { input: { approvalId: gated.approvalId, outcome: 'advance_stage', comment: 'The detector is ready; release the training code.', answers: CONTINUING_ANSWERS } });

    // Advancing needs the stages to open, and only those waiting for a gate.
    const decide = (input: Record<string, unknown>) => chair.client.request(DECIDE, { input: { approvalId: gated.approvalId, outcome: 'advance_stage', reason: '', expectedRevision: opened.changeApproval.revision, ...input } });
    expect(errorOf(await decide({ advanceArtifactKeys: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['advanceArtifactKeys'] });
    expect(errorOf(await decide({ advanceArtifactKeys: ['paper'] }))).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['advanceArtifactKeys'] });
    expect(errorOf(await author.client.request(DECIDE, { input: { approvalId: gated.approvalId, outcome: 'advance_stage', advanceArtifactKeys: ['code'], expectedRevision: opened.changeApproval.revision } })).code).toBe('FORBIDDEN');

    const told = await t.mail.nextAfter(author.email, () => decide({ advanceArtifactKeys: ['code'] }));
    expect(told.result.data?.decideReevaluation).toMatchObject({ state: 'active', lastChange: { action: 'advance_stage' } });
    expect(told.mail.subject).toMatch(/^Approval release stage advanced/);

    const after = await approvalOf(author, gated.id);
    expect(after.nextGates).toEqual([]);
    expect(await points(gated.id)).toEqual({ paper: 'open', model: 'scheduled', 'code.0': 'scheduled', 'code.1': 'scheduled' });
    expect(after.releaseSchedule[3].reason).toBe('Its gate passed on 2029-02-01; it opens on 2029-06-01 unless the approval is suspended by then.');

    clock.set(new Date('2029-06-01T09:00:00Z'));
    expect(await points(gated.id)).toEqual({ paper: 'open', model: 'open', 'code.0': 'open', 'code.1': 'open' });
  });

  test('a stage whose date comes without a re-evaluation is blocked, with the reason; a suspended artifact is held', async () => {
    clock.set(new Date('2029-06-02T09:00:00Z'));
    expect(await points(blocked.id)).toEqual({ paper: 'open', model: 'open', 'code.0': 'open', 'code.1': 'blocked' });
    const approval = await approvalOf(author, blocked.id);
    expect(approval.releaseSchedule[3].reason).toBe('Blocked: its date (2029-06-01) came, but no re-evaluation before it decided to advance to it.');

    await chair.client.ok(CHANGE, { input: { approvalId: blocked.approvalId, action: 'suspend', reason: 'Cloned voices were reported on a forum.', artifactKeys: ['model'], expectedRevision: approval.revision } });
    expect(await points(blocked.id)).toEqual({ paper: 'open', model: 'held', 'code.0': 'open', 'code.1': 'blocked' });
  });

  test('an amendment is checked field by field, and refused when it changes nothing', async () => {
    const approval = await approvalOf(author, gated.id);
    const request = (input: Record<string, unknown>) => author.client.request(REQUEST, { input: { approvalId: gated.approvalId, releasePlan: approval.releasePlan, newArtifacts: [], ...input } });
    expect(errorOf(await request({ reason: 'sooner' }))).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['reason', 'releasePlan'] });
    expect(errorOf(await expert.client.request(REQUEST, { input: { approvalId: gated.approvalId, reason: 'A reviewer cannot amend this.', releasePlan: approval.releasePlan } })).code).toBe('FORBIDDEN');
  });

  test('an expedited amendment: two requests at once, one wins; a chair approves; the plan changes with the difference shown', async () => {
    const approval = await approvalOf(author, gated.id);
    const wider = (approval.releasePlan as Plan).map((item) => (item['artifactKey'] === 'model' ? { ...item, distribution: 'public', contentLevel: 'full' } : item));
    const input = { approvalId: gated.approvalId, reason: 'An equivalent model is now public; access requests protect nobody.', releasePlan: wider, newArtifacts: [] };
    const [a, b] = await Promise.all([author.client.request(REQUEST, { input }), author.client.request(REQUEST, { input })]);
    const answers = [a, b].map((r) => (r.errors ? errorOf(r).code : 'ok')).sort();
    expect(answers).toEqual(['CONFLICT', 'ok']);
    const { amendments } = (await author.client.ok(AMENDMENTS, { id: gated.id })).submission.approval;
    expect(amendments).toHaveLength(1);
    const [amendment] = amendments;
    expect(amendment).toMatchObject({
      state: 'requested',
      tier: 'expedited',
      changes: [
        { kind: 'wider_distribution', artifactKey: 'model', artifactName: 'Voice model' },
        { kind: 'more_content', artifactKey: 'model', artifactName: 'Voice model' },
      ],
      planChanges: [
        { artifactKey: 'paper', status: 'unchanged', changedParts: [] },
        { artifactKey: 'model', status: 'changed', changedParts: ['What is released', 'To whom'] },
        { artifactKey: 'code', status: 'unchanged', changedParts: [] },
      ],
      recommendationsNeeded: 0,
      viewerCan: { withdraw: true, recommend: false, decide: false },
    });
    // The chairs hear of it.
    expect(await mailed(chair, 'Amendment requested')).toBeDefined();

    // The reviewer of record recommends; the authors see neither the recommendation nor who made it.
    await expert.client.ok(AMEND_RECOMMEND, { input: { amendmentId: amendment.id, decision: 'approve', comment: 'Nothing is gained by gating a public model.' } });
    expect((await author.client.ok(AMENDMENTS, { id: gated.id })).submission.approval.amendments[0]).toMatchObject({ recommendations: [], recommendationCount: 1 });
    expect((await chair.client.ok(AMENDMENTS, { id: gated.id })).submission.approval.amendments[0].recommendations).toEqual([
      { mine: false, decision: 'approve', comment: 'Nothing is gained by gating a public model.', reviewer: { id: expert.id } },
    ]);
    expect(errorOf(await author.client.request(AMEND_DECIDE, { input: { amendmentId: amendment.id, decision: 'approve', expectedRevision: 2, approvalRevision: approval.revision } })).code).toBe('FORBIDDEN');

    // Two chairs decide at once: one approves, the other declines; exactly one wins.
    const current = (await chair.client.ok(AMENDMENTS, { id: gated.id })).submission.approval;
    const decide = (person: Person, decision: string) =>
      person.client.request(AMEND_DECIDE, { input: { amendmentId: amendment.id, decision, reason: decision === 'decline' ? 'Keep the access form for now.' : '', expectedRevision: current.amendments[0].revision, approvalRevision: current.revision } });
    const results = await Promise.all([decide(chair, 'approve'), decide(chairB, 'decline')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
    const decided = (await author.client.ok(AMENDMENTS, { id: gated.id })).submission.approval.amendments[0];
    const after = await approvalOf(author, gated.id);
    const model = (after.releasePlan as Plan).find((i) => i['artifactKey'] === 'model');
    if (decided.state === 'approved') expect(model).toMatchObject({ distribution: 'public', contentLevel: 'full' });
    else expect(model).toMatchObject({ distribution: 'ask_for_access', contentLevel: 'reduced' });
    expect(after.revision).toBe(decided.state === 'approved' ? approval.revision + 1 : approval.revision);
    const mail = await mailed(author, `Amendment ${decided.state}`);
    expect(mail?.text).toContain(decided.state === 'approved' ? 'the approved plan is now the amended one' : 'Keep the access form for now.');
  });

  test('a new working model released to everyone at once needs full review: the reviewers of record recommend before a chair decides', async () => {
    const approval = await approvalOf(author, gated.id);
    const plan = [...(approval.releasePlan as Plan), { artifactKey: 'demo', contentLevel: 'full', timing: 'immediate', distribution: 'public', embargoUntil: null, reviewEveryMonths: null, releaseEvent: '', stages: [], accessConditions: '' }];
    const newArtifacts = [{ key: 'demo', kind: 'runnable_system', name: 'Hosted cloning demo', description: 'A web demo anyone can use.', powerLevel: 'full' }];
    const { requestAmendment } = await author.client.ok(REQUEST, { input: { approvalId: gated.approvalId, reason: 'A public demo helps people recognise cloned voices.', releasePlan: plan, newArtifacts } });
    expect(requestAmendment).toMatchObject({ tier: 'full', recommendationsNeeded: 1, changes: [{ kind: 'new_artifact', artifactKey: 'demo', artifactName: 'Hosted cloning demo' }] });
    expect(requestAmendment.tierReasons.join(' ')).toContain('Hosted cloning demo');

    const decide = () => chair.client.request(AMEND_DECIDE, { input: { amendmentId: requestAmendment.id, decision: 'approve', expectedRevision: requestAmendment.revision, approvalRevision: approval.revision } });
    expect(errorOf(await decide())).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['decision'] });
    const recommended = await expert.client.ok(AMEND_RECOMMEND, { input: { amendmentId: requestAmendment.id, decision: 'approve', comment: 'The demo watermarks its output.' } });
    const approved = await chair.client.ok(AMEND_DECIDE, {
      input: { amendmentId: requestAmendment.id, decision: 'approve', expectedRevision: recommended.recommendOnAmendment.revision, approvalRevision: approval.revision },
    });
    expect(approved.decideAmendment).toMatchObject({ state: 'approved', decision: { decision: 'approve' }, viewerCan: { decide: false } });
    const after = await approvalOf(author, gated.id);
    expect(after.artifacts.map((a: { key: string }) => a.key)).toEqual(['paper', 'model', 'code', 'demo']);
    expect(after.releaseSchedule.find((p: { artifactKey: string }) => p.artifactKey === 'demo')).toMatchObject({ artifactName: 'Hosted cloning demo', status: 'open' });
    // Decided once: a second decision is refused.
    expect(errorOf(await decide()).code).toBe('CONFLICT');
  });

  test('the authors withdraw an amendment under review; the next one may then be requested', async () => {
    const approval = await approvalOf(author, gated.id);
    const plan = (approval.releasePlan as Plan).map((item) => (item['artifactKey'] === 'paper' ? { ...item, accessConditions: 'Cite the paper.' } : item));
    const { requestAmendment } = await author.client.ok(REQUEST, { input: { approvalId: gated.approvalId, reason: 'Ask people to cite the paper.', releasePlan: plan } });
    expect(errorOf(await author.client.request(WITHDRAW, { m: requestAmendment.id, rev: requestAmendment.revision + 5 })).code).toBe('CONFLICT');
    const withdrawn = await author.client.ok(WITHDRAW, { m: requestAmendment.id, rev: requestAmendment.revision });
    expect(withdrawn.withdrawAmendment).toMatchObject({ state: 'withdrawn', viewerCan: { withdraw: false } });
    const again = await author.client.ok(REQUEST, { input: { approvalId: gated.approvalId, reason: 'Ask people to cite the paper.', releasePlan: plan } });
    expect(again.requestAmendment.state).toBe('requested');
  });

  test('the timeline shows decisions, re-evaluations, amendments and stage openings; the authors do not see recommendations', async () => {
    const ofAuthor = (await author.client.ok(TIMELINE, { id: gated.id })).submission.approval.timeline as { category: string; title: string; detail: string }[];
    const titles = ofAuthor.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['Decision letter sent', 'Approval granted', 'Re-evaluation opened', 'Continuing-review report filed', 'Release stage advanced', 'Amendment requested', 'Amendment withdrawn', 'Release opened: Training code, stage 2: Training code.']));
    expect(titles).not.toContain('Re-evaluation recommendation');
    expect(titles).not.toContain('Amendment recommendation');
    expect(ofAuthor.find((e) => e.title === 'Release stage advanced')?.detail).toBe('Gate passed: Training code, stage 2.');
    const ofChair = (await chair.client.ok(TIMELINE, { id: gated.id })).submission.approval.timeline as { title: string }[];
    expect(ofChair.map((e) => e.title)).toEqual(expect.arrayContaining(['Re-evaluation recommendation', 'Amendment recommendation']));
    // Oldest first.
    const times = ofChair.map((e) => new Date((e as unknown as { at: string }).at).getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });
});
