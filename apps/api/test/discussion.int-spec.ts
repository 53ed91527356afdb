// The discussion of a statement and the authors' response, over HTTP against the real database and
// SMTP server: who joins the discussion when (with the reviews' visibility), names behind
// pseudonyms, mentions that only reach readers, the unread marker, mail to participants; the
// response phase with its window, word limit and a race between co-authors, and reviews reopened
// after the response.
import { DEFAULT_COMMUNITY_FORM, DEFAULT_EXPERT_FORM } from '@impact-review/domain';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { CONFIRM, MISSING_ID, SubmissionSteps, errorOf, fullContent, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const ASSIGN = `mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`;
const RESPOND = `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true, reason: null) { id } }`;
const SUBMIT_REVIEW = `mutation($s: ID!, $rev: Int!, $r: ReviewInput!) { submitReview(submissionId: $s, expectedRevision: $rev, review: $r) { revision } }`;
const DISCUSSION = `query($id: ID!) { submission(id: $id) { discussion { unread comments { body mine author { id label role person { id } } mentions { id label } } participants { id label role person { id } } } } }`;
const POST = `mutation($s: ID!, $b: String!, $m: [ID!]) { postComment(submissionId: $s, body: $b, mentions: $m) { unread comments { body } } }`;
const READ = `mutation($s: ID!) { markDiscussionRead(submissionId: $s) }`;
const REVISION = `query($id: ID!) { venue(id: $id) { revision } }`;
const PHASE = `mutation($v: ID!, $rev: Int!, $p: ResponsePhaseInput!, $until: DateTime) { updateResponsePhase(venueId: $v, expectedRevision: $rev, phase: $p, reviewsReopenedUntil: $until) { responsePhase { open wordLimit } reviewsReopenedUntil } }`;
const WINDOW = `query($id: ID!) { submission(id: $id) { responseWindow { open reason wordLimit } authorResponse { text wordCount revision } } }`;
const RESPOND_TO_REVIEWS = `mutation($s: ID!, $t: String!, $rev: Int!) { submitAuthorResponse(submissionId: $s, text: $t, expectedRevision: $rev) { text wordCount revision } }`;
const RELEASE = `mutation($s: ID!) { releaseReviews(submissionId: $s, released: true) { id } }`;
const TASK = `query($id: ID!) { submission(id: $id) { reviewTask { editable review { revision } } } }`;

const justified = 'The statement names the hazard and the mitigations that answer it.';

describe('discussion and the authors’ response (real FerretDB and SMTP)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let conflictedChair: Person;
  let author: Person;
  let coAuthor: Person;
  let expertA: Person;
  let expertB: Person;
  let community: Person;
  let venueId: string;
  let statement: string;
  let artifactKeys: string[];

  const discussionOf = async (person: Person) => (await person.client.ok(DISCUSSION, { id: statement })).submission?.discussion ?? null;
  const review = (comments: string) => ({
    answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({ questionId: q.id, rating: q.kind === 'rating' ? 'met' : null, text: justified })),
    recommendation: 'approved',
    releaseRecommendations: artifactKeys.map((artifactKey) => ({ artifactKey, contentLevel: 'full', timing: 'immediate', distribution: 'public' })),
    commentsForAuthors: comments,
  });
  async function phase(p: { open: boolean; deadline: string | null; wordLimit: number }, until: string | null = null) {
    const { venue } = await chair.client.ok(REVISION, { id: venueId });
    return chair.client.request(PHASE, { v: venueId, rev: venue.revision, p, until });
  }

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    [chair, conflictedChair, author, coAuthor, expertA, expertB, community] = (await Promise.all(
      ['Carla Chair', 'Cora Conflicted', 'Ada Author', 'Cole Co-Author', 'Eve Expert', 'Ezra Expert', 'Cam Community'].map((n) => steps.signUp(n)),
    )) as [Person, Person, Person, Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    await steps.join(chair, conflictedChair, venueId, 'chair');
    for (const [person, role] of [[expertA, 'expert_reviewer'], [expertB, 'expert_reviewer'], [community, 'community_reviewer']] as const) await steps.join(chair, person, venueId, role);
    const created = await steps.create(author, venueId, 'Few-shot voice cloning for audiobooks');
    const db = t.app.get<Connection>(getConnectionToken());
    const { Types } = await import('mongoose');
    await db.collection('submissions').updateOne({ _id: new Types.ObjectId(created.id) }, { $push: { authorIds: coAuthor.id } } as never);
    await db.collection('submission_authors').insertOne({ submissionId: created.id, userId: coAuthor.id, createdAt: new Date() });
    const submitted = await steps.saveAndSubmit(author, created.id, fullContent());
    await chair.client.ok(CONFIRM, { id: created.id, tier: submitted.tier, reason: '', rev: submitted.revision });
    statement = created.id;
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: statement, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
    const { submission } = await chair.client.ok(`query($id: ID!) { submission(id: $id) { artifacts { key } } }`, { id: statement });
    artifactKeys = submission.artifacts.map((a: { key: string }) => a.key);
    for (const person of [expertA, expertB, community]) {
      const { assignReplacement } = await chair.client.ok(ASSIGN, { s: statement, u: person.id });
      await person.client.ok(RESPOND, { a: assignReplacement.id });
    }
    await expertA.client.ok(SUBMIT_REVIEW, { s: statement, rev: 0, r: review('Say who may ask for the model and how you check them.') });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('reviewers join the discussion once they may read each other’s reviews; others never learn it exists', async () => {
    // Expert A submitted: in. Expert B and the community reviewer have not: out (null), and cannot post.
    expect(await discussionOf(expertA)).toMatchObject({ comments: [], unread: 0 });
    expect(await discussionOf(expertB)).toBeNull();
    expect(errorOf(await expertB.client.request(POST, { s: statement, b: 'Hello?' })).code).toBe('FORBIDDEN');
    // Authors and a conflicted chair: nothing, answered exactly like a missing statement.
    expect(await discussionOf(author)).toBeNull();
    const refused = await conflictedChair.client.request(POST, { s: statement, b: 'Hello?' });
    const missing = await conflictedChair.client.request(POST, { s: MISSING_ID, b: 'Hello?' });
    expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    expect(JSON.stringify(await conflictedChair.client.request(READ, { s: statement }))).toBe(JSON.stringify(await conflictedChair.client.request(READ, { s: MISSING_ID })));
  });

  test('mentions reach only readers; mail goes to participants; names stay behind pseudonyms', async () => {
    const participants = (await discussionOf(chair)).participants;
    expect(participants.map((p: { label: string }) => p.label)).toEqual(['Eve Expert']);
    // Mentioning someone who cannot read it yet is refused, and nothing is posted.
    const refused = errorOf(await chair.client.request(POST, { s: statement, b: 'Ezra, your view?', m: [expertB.id] }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['mentions.0'] });
    expect(errorOf(await chair.client.request(POST, { s: statement, b: '   ' })).paths).toEqual(['body']);
    const { mail } = await t.mail.nextAfter(expertA.email, () => chair.client.ok(POST, { s: statement, b: 'Eve, is the staged release enough?', m: [expertA.id] }));
    expect(mail.subject).toMatch(/^You were mentioned/);
    expect(mail.text).not.toContain('Carla');
    await t.outboxSettled();
    for (const person of [author, coAuthor, conflictedChair, expertB, community]) {
      expect((await t.mail.messagesTo(person.email)).filter((m) => /comment|mentioned/i.test(m.subject))).toEqual([]);
    }
    // Expert B submits and joins; they read Expert A under a pseudonym, the chair by name.
    await expertB.client.ok(SUBMIT_REVIEW, { s: statement, rev: 0, r: review('The data sheet must name the speakers’ consent.') });
    await expertA.client.ok(POST, { s: statement, b: 'Staged release is enough if access is vetted.' });
    const asB = await discussionOf(expertB);
    expect(asB.unread).toBe(2);
    expect(asB.comments.map((c: { author: { label: string; person: unknown } }) => [c.author.label, c.author.person])).toEqual([
      ['Carla Chair (chair)', { id: chair.id }],
      ['Expert A', null],
    ]);
    expect(asB.comments[0].mentions).toEqual([{ id: expertA.id, label: 'Expert A' }]);
    const asChair = await discussionOf(chair);
    expect(asChair.comments[1].author).toMatchObject({ label: 'Eve Expert', person: { id: expertA.id } });
    // The unread marker: read, then one more comment by someone else.
    await expertB.client.ok(READ, { s: statement });
    expect((await discussionOf(expertB)).unread).toBe(0);
    await chair.client.ok(POST, { s: statement, b: 'Thanks both.' });
    expect((await discussionOf(expertB)).unread).toBe(1);
    expect((await discussionOf(chair)).unread).toBe(0);
  });

  test('the response phase: closed, then open before release, then a response within the limit; co-authors race once', async () => {
    const closed = (await author.client.ok(WINDOW, { id: statement })).submission.responseWindow;
    expect(closed).toMatchObject({ open: false, reason: 'The response phase is not open.' });
    expect(errorOf(await author.client.request(RESPOND_TO_REVIEWS, { s: statement, t: 'We agree.', rev: 0 })).code).toBe('CONFLICT');
    expect(errorOf(await phase({ open: true, deadline: null, wordLimit: 5 })).paths).toEqual(expect.arrayContaining(['deadline', 'wordLimit']));
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await phase({ open: true, deadline, wordLimit: 60 });
    expect((await author.client.ok(WINDOW, { id: statement })).submission.responseWindow.reason).toMatch(/not released/);
    await chair.client.ok(RELEASE, { s: statement });
    expect((await author.client.ok(WINDOW, { id: statement })).submission.responseWindow).toEqual({ open: true, reason: null, wordLimit: 60 });
    const long = Array.from({ length: 61 }, (_, i) => `word${i}`).join(' ');
    const over = errorOf(await author.client.request(RESPOND_TO_REVIEWS, { s: statement, t: long, rev: 0 }));
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['text'] });
    // Two co-authors save their first response at once: one wins, the other is told to reload.
    const racing = await Promise.all([
      author.client.request(RESPOND_TO_REVIEWS, { s: statement, t: 'We will withhold the model and vet every request.', rev: 0 }),
      coAuthor.client.request(RESPOND_TO_REVIEWS, { s: statement, t: 'We agree with every reviewer.', rev: 0 }),
    ]);
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
    // The statement's reviewers and chair read it and are told; the conflicted chair is not.
    await t.outboxSettled();
    for (const person of [expertA, expertB, community, chair]) {
      const got = (await t.mail.messagesTo(person.email)).some((m) => /^Authors’ response/.test(m.subject));
      expect([person.name, got]).toEqual([person.name, true]);
      expect((await person.client.ok(WINDOW, { id: statement })).submission.authorResponse.wordCount).toBeGreaterThan(3);
    }
    expect((await t.mail.messagesTo(conflictedChair.email)).some((m) => /^Authors’ response/.test(m.subject))).toBe(false);
    expect(errorOf(await conflictedChair.client.request(WINDOW, { id: statement })).code).toBe('NOT_FOUND');
  });

  test('after the deadline a submitted review stands, until the chairs reopen reviews after the response', async () => {
    const db = t.app.get<Connection>(getConnectionToken());
    await db.collection('reviewer_assignments').updateMany({ submissionId: statement }, { $set: { dueAt: new Date(Date.now() - 60_000) } });
    const task = (await expertA.client.ok(TASK, { id: statement })).submission.reviewTask;
    expect(task.editable).toBe(false);
    const { venue } = await chair.client.ok(REVISION, { id: venueId });
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await chair.client.ok(PHASE, { v: venueId, rev: venue.revision, p: { open: false, deadline: null, wordLimit: 60 }, until });
    const reopened = (await expertA.client.ok(TASK, { id: statement })).submission.reviewTask;
    expect(reopened.editable).toBe(true);
    await expertA.client.ok(SUBMIT_REVIEW, { s: statement, rev: reopened.review.revision, r: review('After the response: the vetting plan is convincing.') });
    // The phase is closed again: no more responses.
    expect((await author.client.ok(WINDOW, { id: statement })).submission.responseWindow.open).toBe(false);
    // The community reviewer joins the discussion with their (late) feedback, and reads all of it.
    expect(await discussionOf(community)).toBeNull();
    await community.client.ok(SUBMIT_REVIEW, {
      s: statement,
      rev: 0,
      r: { answers: DEFAULT_COMMUNITY_FORM.questions.map((q) => ({ questionId: q.id, rating: null, text: 'Voice actors would lose work.' })) },
    });
    expect((await discussionOf(community)).comments.length).toBe(3);
  });
});
