// Reviews end to end over HTTP against the real database and SMTP server, with HotCRP's
// t_permission as the model for visibility: each role is checked again after every setting change.
// Drafts stay with their reviewer; submitting is checked against the venue's form and kept as a
// version; the deadline locks a submitted review; reminders go once; chairs release reviews to the
// authors without names or confidential comments; a chair who wrote the statement, or is
// conflicted with it, learns nothing of its reviews.
import { DEFAULT_COMMUNITY_FORM, DEFAULT_EXPERT_FORM } from '@impact-review/domain';
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import { ReviewReminders } from '../src/app/reviews/review-reminders';
import { ReviewsService } from '../src/app/reviews/reviews.service';
import { CONFIRM, MISSING_ID, SubmissionSteps, errorOf, fullContent, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const REVISION = `query($id: ID!) { venue(id: $id) { revision } }`;
const SETTINGS = `mutation($v: ID!, $rev: Int!, $vis: ReviewVisibilityInput, $rel: Boolean) {
  updateReviewSettings(venueId: $v, biddingOpen: false, doubleBlind: true, expectedRevision: $rev, reviewVisibility: $vis, reviewsReleased: $rel) { revision reviewVisibility { otherReviews identitiesToReviewers identitiesToAuthors } reviewsReleased } }`;
const ASSIGN = `mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`;
const RESPOND = `mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true, reason: null) { id state } }`;
const TEXT = `answers { questionId prompt kind retired rating text } recommendation releaseRecommendations { artifactKey artifactName contentLevel timing distribution }
  requiredMitigations commentsForAuthors confidentialComments namedToAuthors`;
const REVIEWS = `query($id: ID!) { submission(id: $id) { reviewsReleased reviews { id kind label reviewer { id name } state timeliness text { ${TEXT} } versions { number } } } }`;
const TASK = `query($id: ID!) { submission(id: $id) { reviewTask { editable lockedReason assignment { id dueAt } form { kind revision questions { id kind retired } }
  review { id state revision label versions { number text { commentsForAuthors } } text { ${TEXT} } } } } }`;
const SAVE = `mutation($s: ID!, $rev: Int!, $r: ReviewInput!) { saveReviewDraft(submissionId: $s, expectedRevision: $rev, review: $r) { id state revision } }`;
const SUBMIT = `mutation($s: ID!, $rev: Int!, $r: ReviewInput!) { submitReview(submissionId: $s, expectedRevision: $rev, review: $r) { id state revision versions { number } } }`;
const RELEASE = `mutation($s: ID!, $r: Boolean!) { releaseReviews(submissionId: $s, released: $r) { id } }`;
const FORMS = `query($v: ID!) { venue(id: $v) { reviewForms { kind revision answeredQuestionIds questions { id kind prompt help required retired } } } }`;
const UPDATE_FORM = `mutation($v: ID!, $k: ReviewFormKind!, $q: [FormQuestionInput!]!, $rev: Int!) { updateReviewForm(venueId: $v, kind: $k, questions: $q, expectedRevision: $rev) { revision questions { id retired } } }`;
const PROGRESS = `query($v: ID!) { venue(id: $v) { reviewProgress { counts { submitted submitted_late due due_soon late } pressing { timeliness submission { id } assignment { reviewer { id } } } } } }`;
const HISTORY = `query($id: ID!) { submission(id: $id) { history { kind actor { id } } } }`;
const VENUE_HISTORY = `query($v: ID!) { venueHistory(venueId: $v, filter: { kind: "review.submitted" }, limit: 100) { total } }`;

const justified = 'The statement names the voice-cloning hazard and the mitigations that answer it.';
const expertReview = (artifactKeys: string[], comments = 'Say who may ask for the model and how you check them.') => ({
  answers: DEFAULT_EXPERT_FORM.questions.map((q) => ({ questionId: q.id, rating: q.kind === 'rating' ? 'met' : null, text: justified })),
  recommendation: 'approved_with_conditions',
  releaseRecommendations: artifactKeys.map((artifactKey) => ({ artifactKey, contentLevel: 'reduced', timing: 'staged', distribution: 'ask_for_access' })),
  requiredMitigations: 'Watermark generated audio.',
  commentsForAuthors: comments,
  confidentialComments: 'For the chairs: the misuse potential is underrated.',
});
const communityFeedback = (named: boolean) => ({
  answers: DEFAULT_COMMUNITY_FORM.questions.map((q) => ({ questionId: q.id, rating: null, text: 'Voice actors in small languages would lose work.' })),
  commentsForAuthors: '',
  confidentialComments: 'I know one of the authors by name only.',
  namedToAuthors: named,
});

describe('reviews (real FerretDB and SMTP)', () => {
  const clock = new FixedClock(new Date());
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let chairAuthor: Person;
  let conflictedChair: Person;
  let author: Person;
  let expertA: Person;
  let expertB: Person;
  let community: Person;
  let outsider: Person;
  let venueId: string;
  let statement: string;
  let artifactKeys: string[];
  const assignmentOf: Record<string, string> = {};

  /** Moves a reviewer's deadline (the clock stays: sessions expire by it). */
  const setDue = async (reviewerId: string, dueAt: Date) => {
    const db = t.app.get<Connection>(getConnectionToken());
    await db.collection('reviewer_assignments').updateOne({ submissionId: statement, reviewerId }, { $set: { dueAt } });
  };
  const reviewsAs = async (person: Person) => (await person.client.ok(REVIEWS, { id: statement })).submission;
  async function settings(vis: Record<string, string> | null, rel: boolean | null = null) {
    const { venue } = await chair.client.ok(REVISION, { id: venueId });
    return (await chair.client.ok(SETTINGS, { v: venueId, rev: venue.revision, vis, rel })).updateReviewSettings;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    steps = new SubmissionSteps(t);
    [chair, chairAuthor, conflictedChair, author, expertA, expertB, community, outsider] = await Promise.all(
      ['Carla Chair', 'Chidi Chair-Author', 'Cora Conflicted', 'Ada Author', 'Eve Expert', 'Ezra Expert', 'Cam Community', 'Olga Outsider'].map((n) => steps.signUp(n)),
    ) as [Person, Person, Person, Person, Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    await steps.join(chair, chairAuthor, venueId, 'chair');
    await steps.join(chair, conflictedChair, venueId, 'chair');
    await steps.join(chair, expertA, venueId, 'expert_reviewer');
    await steps.join(chair, expertB, venueId, 'expert_reviewer');
    await steps.join(chair, community, venueId, 'community_reviewer');
    const created = await steps.create(author, venueId, 'Few-shot voice cloning for audiobooks');
    // The chair-author co-wrote it (the product has no co-author invitations yet: added directly).
    const db = t.app.get<Connection>(getConnectionToken());
    await db.collection('submissions').updateOne({ _id: new Types.ObjectId(created.id) }, { $push: { authorIds: chairAuthor.id } } as never);
    await db.collection('submission_authors').insertOne({ submissionId: created.id, userId: chairAuthor.id, createdAt: new Date() });
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
      assignmentOf[person.id] = assignReplacement.id;
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('a reviewer accepts before writing; a draft is theirs alone; a stale or racing save is refused', async () => {
    const early = errorOf(await expertA.client.request(SAVE, { s: statement, rev: 0, r: { answers: [] } }));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(/Accept the assignment first/);
    for (const person of [expertA, expertB, community]) await person.client.ok(RESPOND, { a: assignmentOf[person.id] });

    // Two first saves at once (two tabs): exactly one creates the draft.
    const racing = await Promise.all([0, 1].map(() => expertA.client.request(SAVE, { s: statement, rev: 0, r: { answers: [], commentsForAuthors: 'First thoughts' } })));
    expect(racing.filter((r) => !r.errors).length).toBe(1);
    expect(racing.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['CONFLICT']);
    const { submission } = await expertA.client.ok(TASK, { id: statement });
    expect(submission.reviewTask.review.state).toBe('draft');
    expect(submission.reviewTask.review.text.commentsForAuthors).toBe('First thoughts');
    expect(errorOf(await expertA.client.request(SAVE, { s: statement, rev: 99, r: { answers: [] } })).code).toBe('CONFLICT');
    // Nobody else reads a draft, the chair included.
    for (const person of [chair, expertB, community, author]) expect((await reviewsAs(person)).reviews).toEqual([]);
    // The task is the assigned reviewer's only.
    for (const person of [chair, expertB, author]) {
      const other = await person.client.ok(`query($id: ID!) { submission(id: $id) { reviewTask { editable } } }`, { id: statement });
      expect(other.submission.reviewTask).toEqual(person === expertB ? { editable: true } : null);
    }
  });

  test('submitting is checked against the form, with a field error per answer', async () => {
    const { submission } = await expertA.client.ok(TASK, { id: statement });
    const rev = submission.reviewTask.review.revision;
    const bad = errorOf(await expertA.client.request(SUBMIT, { s: statement, rev, r: { answers: [{ questionId: 'risks_minimised', rating: 'met', text: 'short' }] } }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.paths).toEqual(expect.arrayContaining(['answers.risks_minimised.text', 'answers.equitable.rating', 'recommendation', 'releaseRecommendations', 'commentsForAuthors']));
    // Nothing was half-saved: still the same draft.
    expect((await expertA.client.ok(TASK, { id: statement })).submission.reviewTask.review.revision).toBe(rev);
    const done = await expertA.client.ok(SUBMIT, { s: statement, rev, r: expertReview(artifactKeys) });
    expect(done.submitReview).toMatchObject({ state: 'submitted', versions: [{ number: 1 }] });
  });

  test('default visibility: other reviews after one’s own, pseudonyms among reviewers, nothing to authors', async () => {
    // The chair reads it whole, with the name and the confidential comments.
    const asChair = (await reviewsAs(chair)).reviews;
    expect(asChair).toHaveLength(1);
    expect(asChair[0]).toMatchObject({ label: 'Eve Expert', reviewer: { id: expertA.id }, kind: 'expert', versions: [{ number: 1 }] });
    expect(asChair[0].text.confidentialComments).toMatch(/misuse potential/);
    expect(asChair[0].text.releaseRecommendations[0]).toMatchObject({ contentLevel: 'reduced', timing: 'staged' });
    // Expert B has not submitted: sees nothing yet.
    expect((await reviewsAs(expertB)).reviews).toEqual([]);
    await expertB.client.ok(SUBMIT, { s: statement, rev: 0, r: expertReview(artifactKeys, 'The data sheet must name the speakers’ consent.') });
    const asB = (await reviewsAs(expertB)).reviews;
    expect(asB.map((r: { label: string }) => r.label)).toEqual(['Expert A', 'Ezra Expert']);
    const other = asB.find((r: { label: string }) => r.label === 'Expert A');
    expect(other.reviewer).toBeNull();
    expect(other.text.confidentialComments).toBeNull();
    expect(other.versions).toEqual([]);
    // The authors, the chair who co-wrote it, the conflicted chair and outsiders: nothing.
    for (const person of [author, chairAuthor]) {
      const seen = await reviewsAs(person);
      expect(seen).toEqual({ reviewsReleased: false, reviews: [] });
    }
    for (const person of [conflictedChair, outsider]) {
      const refused = await person.client.request(REVIEWS, { id: statement });
      const missing = await person.client.request(REVIEWS, { id: MISSING_ID });
      expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    }
  });

  test('changing a setting mid-review changes every reader’s view at once', async () => {
    // The community reviewer has not submitted: "always" lets them read, names still hidden.
    expect((await reviewsAs(community)).reviews).toEqual([]);
    await settings({ otherReviews: 'always', identitiesToReviewers: 'hidden', identitiesToAuthors: 'never' });
    expect((await reviewsAs(community)).reviews.map((r: { label: string }) => r.label)).toEqual(['Expert A', 'Expert B']);
    await settings({ otherReviews: 'always', identitiesToReviewers: 'shown', identitiesToAuthors: 'never' });
    expect((await reviewsAs(community)).reviews.map((r: { reviewer: { id: string } | null }) => r.reviewer?.id)).toEqual([expertA.id, expertB.id]);
    await settings({ otherReviews: 'never', identitiesToReviewers: 'shown', identitiesToAuthors: 'never' });
    expect((await reviewsAs(community)).reviews).toEqual([]);
    expect((await reviewsAs(expertB)).reviews.map((r: { label: string }) => r.label)).toEqual(['Ezra Expert']);
    // The chair's view never depends on these settings.
    expect((await reviewsAs(chair)).reviews).toHaveLength(2);
    await settings({ otherReviews: 'after_own', identitiesToReviewers: 'hidden', identitiesToAuthors: 'reviewer_choice' });
  });

  test('released reviews reach the authors without names or confidential comments, unless a community reviewer chose to be named', async () => {
    await community.client.ok(SUBMIT, { s: statement, rev: 0, r: communityFeedback(true) });
    expect(errorOf(await author.client.request(RELEASE, { s: statement, r: true })).code).toBe('FORBIDDEN');
    expect(errorOf(await chairAuthor.client.request(RELEASE, { s: statement, r: true })).code).toBe('FORBIDDEN');
    const refused = await conflictedChair.client.request(RELEASE, { s: statement, r: true });
    const missing = await conflictedChair.client.request(RELEASE, { s: MISSING_ID, r: true });
    expect(JSON.stringify(refused)).toBe(JSON.stringify(missing));
    const mail = await t.mail.nextAfter(author.email, () => chair.client.ok(RELEASE, { s: statement, r: true }));
    expect(mail.mail.subject).toMatch(/Reviews of your statement/);
    for (const person of [author, chairAuthor]) {
      const seen = await reviewsAs(person);
      expect(seen.reviewsReleased).toBe(true);
      expect(seen.reviews.map((r: { label: string }) => r.label)).toEqual(['Expert A', 'Expert B', 'Cam Community']);
      expect(seen.reviews.map((r: { reviewer: { id: string } | null }) => r.reviewer?.id ?? null)).toEqual([null, null, community.id]);
      expect(seen.reviews.every((r: { text: { confidentialComments: string | null }; timeliness: string | null; versions: unknown[] }) => r.text.confidentialComments === null && r.timeliness === null && r.versions.length === 0)).toBe(true);
    }
    // The log tells the authors the reviews were released, never who submitted one.
    const history = (await author.client.ok(HISTORY, { id: statement })).submission.history.map((e: { kind: string }) => e.kind);
    expect(history).toContain('review.released');
    expect(history).not.toContain('review.submitted');
    // The venue says "never": names go again.
    await settings({ otherReviews: 'after_own', identitiesToReviewers: 'hidden', identitiesToAuthors: 'never' });
    expect((await reviewsAs(author)).reviews.map((r: { reviewer: unknown }) => r.reviewer)).toEqual([null, null, null]);
    // Withdrawn: gone from the authors again.
    await chair.client.ok(RELEASE, { s: statement, r: false });
    expect((await reviewsAs(author)).reviews).toEqual([]);
    // Released for the whole venue at once.
    expect((await settings(null, true)).reviewsReleased).toBe(true);
    expect((await reviewsAs(author)).reviews).toHaveLength(3);
    await settings(null, false);
  });

  test('every submitted version is kept; the deadline locks the review; late ones show to the chairs', async () => {
    const { submission } = await expertA.client.ok(TASK, { id: statement });
    const again = await expertA.client.ok(SUBMIT, { s: statement, rev: submission.reviewTask.review.revision, r: expertReview(artifactKeys, 'Second thoughts: also publish a model card.') });
    expect(again.submitReview.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const task = (await expertA.client.ok(TASK, { id: statement })).submission.reviewTask;
    expect(task.review.versions.map((v: { text: { commentsForAuthors: string } }) => v.text.commentsForAuthors)).toEqual([
      'Second thoughts: also publish a model card.',
      'Say who may ask for the model and how you check them.',
    ]);
    expect((await chair.client.ok(VENUE_HISTORY, { v: venueId })).venueHistory.total).toBe(4);
    // One review by id, with its versions: the chair reads them, another reviewer reads none, an author nothing.
    const one = `query($id: ID!, $r: ID!) { submission(id: $id) { review(id: $r) { versions { number } } } }`;
    const reviewId = task.review.id;
    expect((await chair.client.ok(one, { id: statement, r: reviewId })).submission.review.versions).toHaveLength(2);
    expect((await expertB.client.ok(one, { id: statement, r: reviewId })).submission.review.versions).toEqual([]);
    // Two resubmissions at once from one revision: one wins.
    const racing = await Promise.all([1, 2].map((n) => expertA.client.request(SUBMIT, { s: statement, rev: task.review.revision, r: expertReview(artifactKeys, `Racing version ${n} of the comments.`) })));
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    // Past the deadline the submitted review stands.
    await setDue(expertA.id, new Date(clock.now().getTime() - 60_000));
    const locked = (await expertA.client.ok(TASK, { id: statement })).submission.reviewTask;
    expect(locked.editable).toBe(false);
    expect(locked.lockedReason).toMatch(/deadline has passed/);
    const late = errorOf(await expertA.client.request(SUBMIT, { s: statement, rev: locked.review.revision, r: expertReview(artifactKeys) }));
    expect(late.code).toBe('CONFLICT');
    // A fourth reviewer who never wrote: late on the chairs' dashboard, but not on the co-author chair's.
    const extra = await steps.signUp('Lou Late');
    await steps.join(chair, extra, venueId, 'expert_reviewer');
    await chair.client.ok(ASSIGN, { s: statement, u: extra.id });
    await setDue(extra.id, new Date(clock.now().getTime() - 86_400_000));
    const progress = (await chair.client.ok(PROGRESS, { v: venueId })).venue.reviewProgress;
    // Expert A's deadline now lies before their first submission: counted as submitted late.
    expect(progress.counts).toEqual({ submitted: 2, submitted_late: 1, due: 0, due_soon: 0, late: 1 });
    expect(progress.pressing).toEqual([{ timeliness: 'late', submission: { id: statement }, assignment: { reviewer: { id: extra.id } } }]);
    for (const person of [chairAuthor, conflictedChair]) {
      const theirs = (await person.client.ok(PROGRESS, { v: venueId })).venue.reviewProgress;
      expect(theirs).toEqual({ counts: { submitted: 0, submitted_late: 0, due: 0, due_soon: 0, late: 0 }, pressing: [] });
    }
    expect((await expertA.client.ok(PROGRESS, { v: venueId })).venue.reviewProgress).toBeNull();
  });

  test('a reminder goes out once before the deadline, however many times the job runs', async () => {
    const newcomer = await steps.signUp('Nia Newcomer');
    await steps.join(chair, newcomer, venueId, 'expert_reviewer');
    const { assignReplacement } = await chair.client.ok(ASSIGN, { s: statement, u: newcomer.id });
    expect(assignReplacement.id).toBeTruthy();
    const hoursAhead = (hours: number) => setDue(newcomer.id, new Date(clock.now().getTime() + hours * 3_600_000));
    const reminders = t.app.get(ReviewReminders);
    await hoursAhead(100);
    expect(await reminders.sendDue()).toBe(0);
    await hoursAhead(48);
    // Two runs at once (two API processes): one reminder.
    const counts = await Promise.all([reminders.sendDue(), reminders.sendDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    await t.outboxSettled();
    const mails = (await t.mail.messagesTo(newcomer.email)).filter((m) => /^Review due/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`/submissions/${statement}/review`);
    expect(await reminders.sendDue()).toBe(0);
    await hoursAhead(12);
    expect(await reminders.sendDue()).toBe(1);
    // A submitted review is never reminded: expert A's, due in a day too.
    await setDue(expertA.id, new Date(clock.now().getTime() + 12 * 3_600_000));
    expect(await reminders.sendDue()).toBe(0);
  });

  test('chairs edit the forms: an answered question is retired, not deleted; a stale edit is refused', async () => {
    const { venue } = await chair.client.ok(FORMS, { v: venueId });
    const expert = venue.reviewForms.find((f: { kind: string }) => f.kind === 'expert');
    expect(expert.answeredQuestionIds).toEqual(expect.arrayContaining(['risks_minimised', 'release_plan_adequate']));
    const questions = expert.questions.map(({ id, kind, prompt, help, required, retired }: Record<string, unknown>) => ({ id, kind, prompt, help, required, retired }));
    const deleted = errorOf(await chair.client.request(UPDATE_FORM, { v: venueId, k: 'expert', q: questions.slice(1), rev: expert.revision }));
    expect(deleted.code).toBe('BAD_USER_INPUT');
    expect(deleted.paths).toEqual(['questions']);
    const edited = [
      { ...questions[0], retired: true },
      ...questions.slice(1),
      { id: 'dual_use', kind: 'text', prompt: 'Could the work be used for something else entirely?', help: '', required: false, retired: false },
    ];
    const saved = await chair.client.ok(UPDATE_FORM, { v: venueId, k: 'expert', q: edited, rev: expert.revision });
    expect(saved.updateReviewForm.questions.map((q: { id: string }) => q.id)).toContain('dual_use');
    expect(errorOf(await chair.client.request(UPDATE_FORM, { v: venueId, k: 'expert', q: edited, rev: expert.revision })).code).toBe('CONFLICT');
    expect(errorOf(await expertA.client.request(UPDATE_FORM, { v: venueId, k: 'expert', q: edited, rev: saved.updateReviewForm.revision })).code).toBe('FORBIDDEN');
    // The retired question's answer is kept on the reviews, marked retired.
    const answers = (await reviewsAs(chair)).reviews[0].text.answers;
    expect(answers.find((a: { questionId: string }) => a.questionId === 'risks_minimised')).toMatchObject({ retired: true, rating: 'met' });
    // Reviewers are asked the new form.
    const task = (await expertB.client.ok(TASK, { id: statement })).submission.reviewTask;
    expect(task.form.questions.map((q: { id: string }) => q.id)).toContain('dual_use');
  });

  test('a venue-wide release tells each statement’s authors once, and a later statement’s when its first review comes in', async () => {
    const released = (m: { subject: string }) => /Reviews of your statement/.test(m.subject);
    // Two more statements, by two more authors: one reviewed before the release, one after.
    const statementFor = async (name: string, title: string) => {
      const writer = await steps.signUp(name);
      const created = await steps.create(writer, venueId, title);
      const submitted = await steps.saveAndSubmit(writer, created.id, fullContent());
      await chair.client.ok(CONFIRM, { id: created.id, tier: submitted.tier, reason: '', rev: submitted.revision });
      const { assignReplacement } = await chair.client.ok(ASSIGN, { s: created.id, u: expertB.id });
      await expertB.client.ok(RESPOND, { a: assignReplacement.id });
      return { writer, id: created.id };
    };
    const early = await statementFor('Ines Early', 'Speech watermark removal');
    const late = await statementFor('Luca Late', 'Emotion transfer for dubbing');
    const { submission } = await chair.client.ok(`query($id: ID!) { submission(id: $id) { artifacts { key } } }`, { id: early.id });
    const keys = submission.artifacts.map((a: { key: string }) => a.key);
    // The form as the chairs left it (the test before retired a question).
    const forms = (await chair.client.ok(FORMS, { v: venueId })).venue.reviewForms;
    const asked = new Set(
      forms.find((f: { kind: string }) => f.kind === 'expert').questions.filter((q: { retired: boolean }) => !q.retired).map((q: { id: string }) => q.id),
    );
    const review = { ...expertReview(keys), answers: expertReview(keys).answers.filter((a) => asked.has(a.questionId)) };
    await expertB.client.ok(SUBMIT, { s: early.id, rev: 0, r: review });

    const { mail } = await t.mail.nextAfter(early.writer.email, () => settings(null, true));
    expect(released(mail)).toBe(true);
    expect(mail.text).toContain(`/submissions/${early.id}`);
    // The job once more, twice at once (two processes): nobody is told again.
    const service = t.app.get(ReviewsService);
    expect((await Promise.all([service.announceVenueRelease(venueId), service.announceVenueRelease(venueId)])).reduce((a, b) => a + b, 0)).toBe(0);
    await t.outboxSettled();
    expect((await t.mail.messagesTo(early.writer.email)).filter(released)).toHaveLength(1);
    // No review yet: nothing to tell. The first one submitted under the release is news, once.
    expect((await t.mail.messagesTo(late.writer.email)).filter(released)).toHaveLength(0);
    const next = await t.mail.nextAfter(late.writer.email, () => expertB.client.ok(SUBMIT, { s: late.id, rev: 0, r: review }));
    expect(released(next.mail)).toBe(true);
    expect(await service.announceVenueRelease(venueId)).toBe(0);
    // The log says so, with nobody as the actor.
    const history = (await late.writer.client.ok(HISTORY, { id: late.id })).submission.history;
    expect(history.filter((e: { kind: string }) => e.kind === 'review.released')).toEqual([{ kind: 'review.released', actor: null }]);
    await settings(null, false);
  });
});
