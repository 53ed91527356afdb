import {
  askedQuestions,
  checkFormEdit,
  DEFAULT_COMMUNITY_FORM,
  DEFAULT_CONTINUING_FORM,
  defaultReviewForm,
  DEFAULT_EXPERT_FORM,
  validateAnswers,
  validateReviewForm,
  type Answer,
  type FormQuestion,
  type ReviewForm,
} from './review-form.rules';

const why = 'The release plan keeps the weights back, which addresses cloning.';
const fullRubric = Object.fromEntries(
  DEFAULT_EXPERT_FORM.questions.map((q) => [q.id, { rating: 'met', text: why }]),
);

describe('the default forms', () => {
  it('the expert rubric is the five approval criteria, rated', () => {
    expect(DEFAULT_EXPERT_FORM.questions.map((q) => q.id)).toEqual([
      'risks_minimised',
      'risks_reasonable',
      'equitable',
      'mitigations_adequate',
      'release_plan_adequate',
    ]);
    expect(DEFAULT_EXPERT_FORM.questions.every((q) => q.kind === 'rating' && q.required)).toBe(true);
  });

  it.each([
    ['expert', DEFAULT_EXPERT_FORM],
    ['community', DEFAULT_COMMUNITY_FORM],
  ])('the %s form is valid', (_name, form) => {
    expect(validateReviewForm(form)).toEqual([]);
  });
});

describe('submitted answers', () => {
  it.each<[string, Record<string, Answer>, string[]]>([
    ['every criterion rated and justified', fullRubric, []],
    [
      'a criterion without a rating',
      { ...fullRubric, equitable: { text: why } },
      ['answers.equitable.rating'],
    ],
    [
      'a rating that does not exist',
      { ...fullRubric, equitable: { rating: 'great', text: why } },
      ['answers.equitable.rating'],
    ],
    [
      'a rating without a reason',
      { ...fullRubric, equitable: { rating: 'not_met', text: ' ok ' } },
      ['answers.equitable.text'],
    ],
    [
      '"does not apply" needs no reason',
      { ...fullRubric, equitable: { rating: 'not_applicable', text: '' } },
      [],
    ],
    [
      'an answer to a question the form does not have',
      { ...fullRubric, bonus: { text: 'x' } },
      ['answers.bonus'],
    ],
    [
      'an answer far too long',
      { ...fullRubric, equitable: { rating: 'met', text: 'x'.repeat(10_001) } },
      ['answers.equitable.text'],
    ],
  ])('expert: %s', (_name, answers, paths) => {
    expect(validateAnswers(DEFAULT_EXPERT_FORM, answers).map((e) => e.path)).toEqual(paths);
  });

  it.each<[string, Record<string, Answer>, string[]]>([
    [
      'the two required questions',
      { worries: { text: 'Scams in my language.' }, harmed: { text: 'Older people.' } },
      [],
    ],
    [
      'a required question left blank',
      { worries: { text: '   ' }, harmed: { text: 'Older people.' } },
      ['answers.worries.text'],
    ],
    ['nothing at all', {}, ['answers.worries.text', 'answers.harmed.text']],
  ])('community: %s', (_name, answers, paths) => {
    expect(validateAnswers(DEFAULT_COMMUNITY_FORM, answers).map((e) => e.path)).toEqual(paths);
  });

  it('names the question in the message', () => {
    expect(validateAnswers(DEFAULT_COMMUNITY_FORM, { harmed: { text: 'x' } })).toEqual([
      { path: 'answers.worries.text', message: 'Answer “What worries you about this work?”.' },
    ]);
  });
});

describe('chairs editing a form', () => {
  const retire = (form: ReviewForm, id: string): ReviewForm => ({
    questions: form.questions.map((q) => (q.id === id ? { ...q, retired: true } : q)),
  });
  const added: FormQuestion = {
    id: 'dual_use',
    kind: 'rating',
    prompt: 'Dual use is addressed',
    help: '',
    required: true,
    retired: false,
  };

  it('a retired question is no longer asked, and answering it is refused; its earlier answers stay valid data', () => {
    const form = retire(DEFAULT_EXPERT_FORM, 'equitable');
    expect(askedQuestions(form).map((q) => q.id)).not.toContain('equitable');
    const { equitable: _kept, ...rest } = fullRubric;
    expect(validateAnswers(form, rest)).toEqual([]);
    expect(validateAnswers(form, fullRubric).map((e) => e.path)).toEqual(['answers.equitable']);
  });

  it.each<[string, ReviewForm, string[]]>([
    ['adding and reordering', { questions: [added, ...[...DEFAULT_EXPERT_FORM.questions].reverse()] }, []],
    ['retiring an answered question', retire(DEFAULT_EXPERT_FORM, 'equitable'), []],
    [
      'rewording an answered question',
      {
        questions: DEFAULT_EXPERT_FORM.questions.map((q) =>
          q.id === 'equitable' ? { ...q, prompt: 'People are treated fairly' } : q,
        ),
      },
      [],
    ],
    [
      'deleting an answered question',
      { questions: DEFAULT_EXPERT_FORM.questions.filter((q) => q.id !== 'equitable') },
      ['questions'],
    ],
    [
      'deleting a question nobody answered',
      { questions: DEFAULT_EXPERT_FORM.questions.filter((q) => q.id !== 'risks_minimised') },
      [],
    ],
    [
      'turning an answered rating into text',
      {
        questions: DEFAULT_EXPERT_FORM.questions.map((q) =>
          q.id === 'equitable' ? { ...q, kind: 'text' as const } : q,
        ),
      },
      ['questions.2.kind'],
    ],
    [
      'the same id twice',
      { questions: [...DEFAULT_EXPERT_FORM.questions, { ...added, id: 'equitable' }] },
      ['questions.5.id'],
    ],
    [
      'a bad id and an empty prompt',
      { questions: [...DEFAULT_EXPERT_FORM.questions, { ...added, id: 'Dual Use', prompt: ' ' }] },
      ['questions.5.id', 'questions.5.prompt'],
    ],
    [
      'every question retired',
      { questions: DEFAULT_EXPERT_FORM.questions.map((q) => ({ ...q, retired: true })) },
      ['questions'],
    ],
  ])('%s', (_name, after, paths) => {
    const answered = new Set(['equitable', 'mitigations_adequate']);
    expect(checkFormEdit(DEFAULT_EXPERT_FORM, after, answered).map((e) => e.path)).toEqual(paths);
  });
});

describe('the continuing-review rubric', () => {
  it('is a valid form, lighter than the expert rubric', () => {
    expect(validateReviewForm(DEFAULT_CONTINUING_FORM)).toEqual([]);
    expect(askedQuestions(DEFAULT_CONTINUING_FORM).length).toBeLessThan(askedQuestions(DEFAULT_EXPERT_FORM).length);
    expect(defaultReviewForm('continuing')).toBe(DEFAULT_CONTINUING_FORM);
    expect(defaultReviewForm('expert')).toBe(DEFAULT_EXPERT_FORM);
  });

  it('asks the ratings with a reason, and leaves the notes optional', () => {
    expect(validateAnswers(DEFAULT_CONTINUING_FORM, {}).map((e) => e.path)).toEqual(['answers.conditions_kept.rating', 'answers.risks_unchanged.rating']);
    const answered = {
      conditions_kept: { rating: 'met', text: 'The access form is live and audited.' },
      risks_unchanged: { rating: 'partly_met', text: 'A replication appeared, but without the weights.' },
    };
    expect(validateAnswers(DEFAULT_CONTINUING_FORM, answered)).toEqual([]);
  });
});
