// Decisions end to end over HTTP against the real database and SMTP server: a chair records an
// expedited statement's decision with conditions from the venue's library and a release plan that
// differs from the authors', previews the letter from the venue's template, sends it (once, even
// when two chairs click at once); the authors read it, the plan side by side, and the Approval. An
// expedited disapproval goes to full review instead; missing reviews need a recorded reason; a
// chair who wrote the statement or is conflicted cannot decide, and the latter learns nothing.
import { DEFAULT_EXPERT_FORM } from '@impact-review/domain';
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import { CONFIRM, MISSING_ID, START_REVISION, SubmissionSteps, errorOf, expeditedContent, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const PLAN = `releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions }`;
const STATE = `query($id: ID!) { submission(id: $id) { revision tier viewerCan { decide } latestVersion { content { ${PLAN} } }
  conditionLibrary { id text needsArtifact needsDueDate }
  decision { outcome outcomeLabel sent conditions { text artifactName dueOn libraryId } releasePlanComparison { artifactName status changedParts } withoutReviewsReason reviewsCounted { expert community } letter { subject body } decidedBy { id } }
  letterDraft { subject body } approval { state outcome conditions { text } releasePlan { artifactKey contentLevel } } decisionHistory { outcome } } }`;
const RECORD = `mutation($s: ID!, $rev: Int!, $d: DecisionInput!) { recordDecision(submissionId: $s, expectedRevision: $rev, decision: $d) { referredToFull referral submission { revision tier } } }`;
const SEND = `mutation($s: ID!, $rev: Int!, $l: LetterInput!) { sendDecision(submissionId: $s, expectedRevision: $rev, letter: $l) { id } }`;
const SETTINGS = `query($v: ID!) { venue(id: $v) { decisionSettings { revision conditionLibrary { id text needsArtifact needsDueDate } letterTemplates { outcome subject body custom } variables { name } } } }`;
const TEMPLATE = `mutation($v: ID!, $o: DecisionOutcome!, $t: LetterInput, $rev: Int!) { updateLetterTemplate(venueId: $v, outcome: $o, template: $t, expectedRevision: $rev) { revision letterTemplates { outcome custom subject } } }`;
const LIBRARY = `mutation($v: ID!, $e: [ConditionLibraryEntryInput!]!, $rev: Int!) { updateConditionLibrary(venueId: $v, entries: $e, expectedRevision: $rev) { revision conditionLibrary { id } } }`;

const justified = 'The statement names the hazard and the mitigations that answer it.';

describe('decisions (real FerretDB and SMTP)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let chairB: Person;
  let chairAuthor: Person;
  let conflictedChair: Person;
  let author: Person;
  let expert: Person;
  let venueId: string;

  /** A submitted expedited statement with its tier confirmed, reviewed by the expert when asked. */
  async function statement(title: string, reviewed: boolean): Promise<string> {
    const created = await steps.create(author, venueId, title);
    const db = t.app.get<Connection>(getConnectionToken());
    await db.collection('submissions').updateOne({ _id: new Types.ObjectId(created.id) }, { $push: { authorIds: chairAuthor.id } } as never);
    await db.collection('submission_authors').insertOne({ submissionId: created.id, userId: chairAuthor.id, createdAt: new Date() });
    const submitted = await steps.saveAndSubmit(author, created.id, expeditedContent());
    await chair.client.ok(CONFIRM, { id: created.id, tier: 'expedited', reason: submitted.tier === 'expedited' ? '' : 'Expedited review suffices.', rev: submitted.revision });
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: created.id, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
    if (reviewed) await steps.assignAndReview(chair, expert, created.id);
    return created.id;
  }
  const stateOf = async (person: Person, id: string) => (await person.client.ok(STATE, { id })).submission;

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    [chair, chairB, chairAuthor, conflictedChair, author, expert] = (await Promise.all(
      ['Carla Chair', 'Chen Chair', 'Chidi Chair-Author', 'Cora Conflicted', 'Ada Author', 'Eve Expert'].map((n) => steps.signUp(n)),
    )) as [Person, Person, Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    for (const person of [chairB, chairAuthor, conflictedChair]) await steps.join(chair, person, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('approve with conditions: recorded, previewed, sent once, read by the authors with the plan side by side and the Approval', async () => {
    const id = await statement('Few-shot voice cloning for audiobooks', true);
    const before = await stateOf(chair, id);
    expect(before.viewerCan.decide).toBe(true);
    const [model, ...others] = before.latestVersion.content.releasePlan;
    const withheld = { ...model, contentLevel: 'withheld', distribution: 'ask_for_access', accessConditions: 'Accredited researchers only.' };
    const standard = before.conditionLibrary.find((c: { needsArtifact: boolean; needsDueDate: boolean }) => !c.needsArtifact && !c.needsDueDate);
    const decision = {
      outcome: 'approved_with_conditions',
      conditions: [
        { libraryId: standard.id, text: standard.text, artifactKey: null, dueOn: null },
        { libraryId: null, text: 'Report misuse reports to the committee within 30 days.', artifactKey: model.artifactKey, dueOn: null },
      ],
      releasePlan: [withheld, ...others],
    };
    // A chair who wrote it may not decide; a conflicted chair is told it does not exist.
    expect(errorOf(await chairAuthor.client.request(RECORD, { s: id, rev: before.revision, d: decision })).code).toBe('FORBIDDEN');
    const refused = await conflictedChair.client.request(RECORD, { s: id, rev: before.revision, d: decision });
    const missing = await conflictedChair.client.request(RECORD, { s: MISSING_ID, rev: before.revision, d: decision });
    expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    const recorded = await chair.client.ok(RECORD, { s: id, rev: before.revision, d: decision });
    expect(recorded.recordDecision).toMatchObject({ referredToFull: false, referral: null });
    // Before the letter goes out, the decision is the committee's alone.
    for (const person of [author, chairAuthor, expert]) expect((await stateOf(person, id)).decision).toBeNull();
    const chairView = await stateOf(chair, id);
    expect(chairView.decision).toMatchObject({ outcome: 'approved_with_conditions', sent: false, reviewsCounted: { expert: 1, community: 0 }, decidedBy: { id: chair.id } });
    expect(chairView.decision.releasePlanComparison[0]).toMatchObject({ status: 'changed', changedParts: ['What is released', 'To whom', 'Access conditions'] });
    expect(chairView.letterDraft.subject).toContain('Few-shot voice cloning for audiobooks');
    expect(chairView.letterDraft.body).toContain('Report misuse reports to the committee within 30 days (for ');
    // Two chairs send at once: one letter.
    const letter = { subject: chairView.letterDraft.subject, body: `${chairView.letterDraft.body}\n\nWith thanks to the reviewers.` };
    const racing = await Promise.all([chair, chairB].map((c) => c.client.request(SEND, { s: id, rev: chairView.revision, l: letter })));
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
    await t.outboxSettled();
    const letters = (await t.mail.messagesTo(author.email)).filter((m) => m.subject === letter.subject);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.text).toContain('With thanks to the reviewers.');
    expect(letters[0]!.text).toMatch(new RegExp(`statement's page:\\n\\S+/submissions/${id}$`));
    // The authors (the chair-author too) and the reviewer read it now; the letter is kept.
    for (const person of [author, chairAuthor, expert]) {
      const seen = await stateOf(person, id);
      expect(seen.decision).toMatchObject({ outcome: 'approved_with_conditions', sent: true, letter: { subject: letter.subject } });
      expect(seen.approval).toMatchObject({ state: 'active', outcome: 'approved_with_conditions' });
      expect(seen.approval.releasePlan[0]).toEqual({ artifactKey: model.artifactKey, contentLevel: 'withheld' });
      expect(seen.letterDraft).toBeNull();
    }
    expect(errorOf(await conflictedChair.client.request(STATE, { id })).code).toBe('NOT_FOUND');
    // Once sent, the version's decision stands.
    const after = await stateOf(chair, id);
    expect(errorOf(await chair.client.request(RECORD, { s: id, rev: after.revision, d: decision })).code).toBe('CONFLICT');
    expect(errorOf(await chair.client.request(SEND, { s: id, rev: after.revision, l: letter })).code).toBe('CONFLICT');
    expect(after.decisionHistory).toEqual([{ outcome: 'approved_with_conditions' }]);
  });

  test('an expedited review cannot disapprove: the statement goes to full review, decided only at a meeting', async () => {
    const id = await statement('Face recognition for border control', true);
    const before = await stateOf(chair, id);
    const referred = await chair.client.ok(RECORD, { s: id, rev: before.revision, d: { outcome: 'not_approved' } });
    expect(referred.recordDecision).toMatchObject({ referredToFull: true, submission: { tier: 'full' } });
    expect(referred.recordDecision.referral).toMatch(/full review/);
    expect((await stateOf(chair, id)).decision).toBeNull();
    const atFull = errorOf(await chair.client.request(RECORD, { s: id, rev: referred.recordDecision.submission.revision, d: { outcome: 'not_approved' } }));
    expect(atFull).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['outcome'] });
  });

  test('a decision without the reviews its policy asks for needs a recorded reason; bad conditions are marked', async () => {
    const id = await statement('Synthetic speech detector', false);
    const { revision, latestVersion } = await stateOf(chair, id);
    const plan = latestVersion.content.releasePlan;
    const missing = errorOf(await chair.client.request(RECORD, { s: id, rev: revision, d: { outcome: 'approved', releasePlan: plan } }));
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['withoutReviewsReason'] });
    const badCondition = errorOf(
      await chair.client.request(RECORD, {
        s: id,
        rev: revision,
        d: { outcome: 'approved_with_conditions', releasePlan: plan, withoutReviewsReason: 'The chairs read it together; no reviewer was free.', conditions: [{ libraryId: null, text: 'x', artifactKey: 'nope', dueOn: '2001-01-01' }] },
      }),
    );
    expect(badCondition.paths).toEqual(expect.arrayContaining(['conditions.0.artifactKey', 'conditions.0.dueOn']));
    const ok = await chair.client.ok(RECORD, { s: id, rev: revision, d: { outcome: 'approved', releasePlan: plan, withoutReviewsReason: 'The chairs read it together; no reviewer was free.' } });
    expect(ok.recordDecision.referredToFull).toBe(false);
    expect((await stateOf(chair, id)).decision.withoutReviewsReason).toMatch(/no reviewer was free/);
  });

  test('revise and resubmit: the revised version goes back to the same reviewer, a new round that shows what changed', async () => {
    const id = await statement('Voice conversion for dubbing', true);
    const before = await stateOf(chair, id);
    const recorded = await chair.client.ok(RECORD, { s: id, rev: before.revision, d: { outcome: 'revise_and_resubmit' } });
    const { submission: drafted } = await chair.client.ok(`query($id: ID!) { submission(id: $id) { revision letterDraft { subject body } } }`, { id });
    expect(recorded.recordDecision.referredToFull).toBe(false);
    await chair.client.ok(SEND, { s: id, rev: drafted.revision, l: drafted.letterDraft });
    // Until the authors resubmit, the reviewer's round is the first, and it stands.
    const TASK = `query($id: ID!) { submission(id: $id) { reviewTask { round previousVersion editable review { round state } } reviews { round label } } }`;
    expect((await expert.client.ok(TASK, { id })).submission.reviewTask).toMatchObject({ round: 1, previousVersion: null, review: { round: 1, state: 'submitted' } });
    await author.client.ok(START_REVISION, { id });
    const { mail } = await t.mail.nextAfter(expert.email, () => steps.saveAndSubmit(author, id, expeditedContent(), { title: 'Voice conversion for dubbing, revised' }));
    expect(mail.subject).toMatch(/^Revised statement to review/);
    expect(mail.text).toContain(`/submissions/${id}/review`);
    const round2 = (await expert.client.ok(TASK, { id })).submission;
    expect(round2.reviewTask).toEqual({ round: 2, previousVersion: 1, editable: true, review: null });
    // The first round's review stays on the statement.
    expect(round2.reviews.map((r: { round: number }) => r.round)).toEqual([1]);
    const { submission: artifacts } = await expert.client.ok(`query($id: ID!) { submission(id: $id) { artifacts { key } } }`, { id });
    await expert.client.ok(`mutation($s: ID!, $r: ReviewInput!) { submitReview(submissionId: $s, expectedRevision: 0, review: $r) { round } }`, {
      s: id,
      r: {
        answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({ questionId: q.id, rating: q.kind === 'rating' ? 'met' : null, text: justified })),
        recommendation: 'approved',
        releaseRecommendations: artifacts.artifacts.map((a: { key: string }) => ({ artifactKey: a.key, contentLevel: 'full', timing: 'immediate', distribution: 'public' })),
        commentsForAuthors: 'The revision answers every point of the first round.',
      },
    });
    expect((await chair.client.ok(TASK, { id })).submission.reviews.map((r: { round: number }) => r.round)).toEqual([2, 1]);
    // The new version can be decided, with this round's review counted.
    const after = await stateOf(chair, id);
    const approved = await chair.client.ok(RECORD, { s: id, rev: after.revision, d: { outcome: 'approved', releasePlan: after.latestVersion.content.releasePlan } });
    expect(approved.recordDecision.referredToFull).toBe(false);
    expect((await stateOf(chair, id)).decision).toMatchObject({ outcome: 'approved', reviewsCounted: { expert: 1, community: 0 } });
  });

  test('chairs edit the condition library and the letter templates; an unknown variable is refused', async () => {
    const { venue } = await chair.client.ok(SETTINGS, { v: venueId });
    expect(venue.decisionSettings.letterTemplates.every((l: { custom: boolean }) => !l.custom)).toBe(true);
    expect(venue.decisionSettings.variables.map((v: { name: string }) => v.name)).toContain('conditions');
    const bad = errorOf(await chair.client.request(TEMPLATE, { v: venueId, o: 'approved', t: { subject: 'Decision on {{statment.title}}', body: 'Approved.' }, rev: venue.decisionSettings.revision }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    const saved = await chair.client.ok(TEMPLATE, { v: venueId, o: 'approved', t: { subject: 'Approved: {{statement.title}}', body: 'Dear {{authors}},\n\n{{outcome}}.\n\n{{chair}}' }, rev: venue.decisionSettings.revision });
    expect(saved.updateLetterTemplate.letterTemplates.find((l: { outcome: string }) => l.outcome === 'approved')).toMatchObject({ custom: true, subject: 'Approved: {{statement.title}}' });
    // The letter of the decision recorded above follows the venue's template now.
    const { venue: again } = await chair.client.ok(SETTINGS, { v: venueId });
    expect(errorOf(await chair.client.request(TEMPLATE, { v: venueId, o: 'approved', t: null, rev: venue.decisionSettings.revision })).code).toBe('CONFLICT');
    const reset = await chair.client.ok(TEMPLATE, { v: venueId, o: 'approved', t: null, rev: again.decisionSettings.revision });
    expect(reset.updateLetterTemplate.letterTemplates.find((l: { outcome: string }) => l.outcome === 'approved').custom).toBe(false);
    const entries = [...again.decisionSettings.conditionLibrary, { id: 'vet-access-requests', text: 'Vet every access request against the published criteria.', needsArtifact: true, needsDueDate: false }];
    const library = await chair.client.ok(LIBRARY, { v: venueId, e: entries, rev: reset.updateLetterTemplate.revision });
    expect(library.updateConditionLibrary.conditionLibrary.map((e: { id: string }) => e.id)).toContain('vet-access-requests');
    const refused = errorOf(await chair.client.request(LIBRARY, { v: venueId, e: [{ id: 'Not A Slug', text: '', needsArtifact: false, needsDueDate: false }], rev: library.updateConditionLibrary.revision }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await author.client.request(LIBRARY, { v: venueId, e: entries, rev: library.updateConditionLibrary.revision })).code).toBe('FORBIDDEN');
    expect((await author.client.ok(SETTINGS, { v: venueId })).venue.decisionSettings).toBeNull();
  });
});
