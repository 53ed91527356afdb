import { DEFAULT_COMMUNITY_FORM, DEFAULT_EXPERT_FORM } from './review-form.rules';
import {
  MAX_REVIEW_VERSIONS,
  previousRoundVersion,
  reviewRoundOf,
  reminderDue,
  reviewEditability,
  reviewTimeliness,
  validateReviewDraft,
  validateReviewSubmission,
  type ReviewContent,
} from './review.rules';

const justified = 'The statement names the voice-cloning hazard and its mitigations.';
const expertAnswers = Object.fromEntries(
  DEFAULT_EXPERT_FORM.questions.map((q) => [q.id, q.kind === 'rating' ? { rating: 'met', text: justified } : { text: justified }]),
);
const complete: ReviewContent = {
  answers: expertAnswers,
  recommendation: 'approved_with_conditions',
  releaseRecommendations: [
    { artifactKey: 'model', contentLevel: 'withheld', timing: 'staged', distribution: 'ask_for_access' },
    { artifactKey: 'paper', contentLevel: 'full', timing: 'immediate', distribution: 'public' },
  ],
  requiredMitigations: 'Watermark generated audio.',
  commentsForAuthors: 'Please say who may request the model and how you check them.',
  confidentialComments: '',
  namedToAuthors: false,
};
const artifacts = ['model', 'paper'];
const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('validateReviewSubmission (expert)', () => {
  it('accepts a complete review', () => {
    expect(validateReviewSubmission('expert', DEFAULT_EXPERT_FORM, complete, artifacts)).toEqual([]);
  });
  it.each<[string, Partial<ReviewContent>, string]>([
    ['no recommendation', { recommendation: null }, 'recommendation'],
    ['an artifact without a release option', { releaseRecommendations: complete.releaseRecommendations.slice(0, 1) }, 'releaseRecommendations'],
    ['comments too short for the authors', { commentsForAuthors: 'ok' }, 'commentsForAuthors'],
    ['an unknown artifact', { releaseRecommendations: [...complete.releaseRecommendations, { artifactKey: 'x', contentLevel: 'full', timing: 'immediate', distribution: 'public' }] }, 'releaseRecommendations.2.artifactKey'],
    ['the same artifact twice', { releaseRecommendations: [...complete.releaseRecommendations, complete.releaseRecommendations[0]!] }, 'releaseRecommendations.2.artifactKey'],
    ['a timing outside the vocabulary', { releaseRecommendations: [{ ...complete.releaseRecommendations[0]!, timing: 'soon' as never }, complete.releaseRecommendations[1]!] }, 'releaseRecommendations.0.timing'],
    ['an unrated criterion', { answers: { ...expertAnswers, equitable: { rating: null, text: '' } } }, 'answers.equitable.rating'],
    ['a confidential comment too long', { confidentialComments: 'x'.repeat(20_001) }, 'confidentialComments'],
  ])('refuses %s', (_label, change, path) => {
    expect(paths(validateReviewSubmission('expert', DEFAULT_EXPERT_FORM, { ...complete, ...change }, artifacts))).toContain(path);
  });
  it('names a missing release option once however many artifacts lack one', () => {
    const errors = validateReviewSubmission('expert', DEFAULT_EXPERT_FORM, { ...complete, releaseRecommendations: [] }, artifacts);
    expect(paths(errors).filter((p) => p === 'releaseRecommendations')).toHaveLength(1);
  });
});

describe('validateReviewSubmission (community)', () => {
  const answers = Object.fromEntries(DEFAULT_COMMUNITY_FORM.questions.map((q) => [q.id, { text: 'People in my town who sing.' }]));
  const feedback: ReviewContent = { ...complete, answers, recommendation: null, releaseRecommendations: [], commentsForAuthors: '' };
  it('needs neither a recommendation nor release options', () => {
    expect(validateReviewSubmission('community', DEFAULT_COMMUNITY_FORM, feedback, artifacts)).toEqual([]);
  });
  it('still checks the form', () => {
    const required = DEFAULT_COMMUNITY_FORM.questions.find((q) => q.required);
    if (!required) throw new Error('the community form has a required question');
    expect(paths(validateReviewSubmission('community', DEFAULT_COMMUNITY_FORM, { ...feedback, answers: {} }, artifacts))).toContain(
      `answers.${required.id}.text`,
    );
  });
});

describe('validateReviewDraft', () => {
  it('lets an empty draft through', () => {
    const empty: ReviewContent = { answers: {}, recommendation: null, releaseRecommendations: [], requiredMitigations: '', commentsForAuthors: '', confidentialComments: '', namedToAuthors: false };
    expect(validateReviewDraft(empty, artifacts)).toEqual([]);
  });
  it('refuses a recommendation outside the list', () => {
    expect(paths(validateReviewDraft({ ...complete, recommendation: 'maybe' as never }, artifacts))).toEqual(['recommendation']);
  });
});

const at = (iso: string) => new Date(iso);
const due = at('2027-03-10T12:00:00Z');

describe('reviewEditability', () => {
  it.each<[string, Parameters<typeof reviewEditability>[0], boolean]>([
    ['a draft before the deadline', { state: 'draft', dueAt: due, reopenedUntil: null, versions: 0, now: at('2027-03-01T00:00:00Z') }, true],
    ['a draft after the deadline (late, still welcome)', { state: 'draft', dueAt: due, reopenedUntil: null, versions: 0, now: at('2027-03-20T00:00:00Z') }, true],
    ['no review yet after the deadline', { state: null, dueAt: due, reopenedUntil: null, versions: 0, now: at('2027-03-20T00:00:00Z') }, true],
    ['a submitted review before the deadline', { state: 'submitted', dueAt: due, reopenedUntil: null, versions: 1, now: at('2027-03-10T11:59:59Z') }, true],
    ['a submitted review at the deadline', { state: 'submitted', dueAt: due, reopenedUntil: null, versions: 1, now: due }, false],
    ['a submitted review reopened after the response', { state: 'submitted', dueAt: due, reopenedUntil: at('2027-04-01T00:00:00Z'), versions: 1, now: at('2027-03-20T00:00:00Z') }, true],
    ['a submitted review after the reopening ended', { state: 'submitted', dueAt: due, reopenedUntil: at('2027-04-01T00:00:00Z'), versions: 1, now: at('2027-04-02T00:00:00Z') }, false],
    ['a review out of versions', { state: 'submitted', dueAt: due, reopenedUntil: null, versions: MAX_REVIEW_VERSIONS, now: at('2027-03-01T00:00:00Z') }, false],
  ])('%s', (_label, facts, editable) => {
    const result = reviewEditability(facts);
    expect(result.editable).toBe(editable);
    if (!result.editable) expect(result.reason.length).toBeGreaterThan(10);
  });
});

describe('reviewTimeliness', () => {
  it.each<[string, Date | null, Date, string]>([
    ['submitted in time', at('2027-03-09T00:00:00Z'), at('2027-03-20T00:00:00Z'), 'submitted'],
    ['submitted after the deadline', at('2027-03-11T00:00:00Z'), at('2027-03-20T00:00:00Z'), 'submitted_late'],
    ['a week to go', null, at('2027-03-03T12:00:00Z'), 'due'],
    ['a day to go', null, at('2027-03-09T12:00:00Z'), 'due_soon'],
    ['past the deadline', null, at('2027-03-10T12:00:00Z'), 'late'],
  ])('%s', (_label, submittedAt, now, expected) => {
    expect(reviewTimeliness(submittedAt, due, now)).toBe(expected);
  });
});

describe('reminderDue', () => {
  it.each<[string, Date, boolean, string | null]>([
    ['a week before', at('2027-03-03T12:00:00Z'), false, null],
    ['three days before', at('2027-03-07T12:00:00Z'), false, '3d'],
    ['two days before', at('2027-03-08T12:00:00Z'), false, '3d'],
    ['one day before', at('2027-03-09T12:00:00Z'), false, '1d'],
    ['an hour before', at('2027-03-10T11:00:00Z'), false, '1d'],
    ['at the deadline', due, false, null],
    ['submitted already', at('2027-03-09T12:00:00Z'), true, null],
  ])('%s', (_label, now, submitted, expected) => {
    expect(reminderDue(due, now, submitted)).toBe(expected);
  });
});

describe('reviewRoundOf and previousRoundVersion', () => {
  const sent = new Date('2027-01-01T00:00:00Z');
  const rr = (forVersion: number, sentAt: Date | null = sent) => ({ outcome: 'revise_and_resubmit', forVersion, sentAt });
  it.each<[string, { outcome: string; forVersion: number; sentAt: Date | null }[], number, number, number | null]>([
    ['no decision yet', [], 1, 1, null],
    ['revise and resubmit, not yet revised', [rr(1)], 1, 1, null],
    ['revised once', [rr(1)], 2, 2, 1],
    ['revised twice', [rr(1), rr(2)], 3, 3, 2],
    ['a decision recorded but not sent', [rr(1, null)], 2, 1, null],
    ['an approval does not start a round', [{ outcome: 'approved', forVersion: 1, sentAt: sent }], 2, 1, null],
  ])('%s', (_label, decisions, latest, round, previous) => {
    expect(reviewRoundOf(decisions, latest)).toBe(round);
    expect(previousRoundVersion(decisions, latest)).toBe(previous);
  });
});
