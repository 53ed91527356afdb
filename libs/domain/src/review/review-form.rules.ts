// The forms reviewers fill in: the expert rubric (by default the approval criteria of DOMAIN.md, each
// rated with a justification) and the plain-language community feedback. Chairs edit a venue's forms:
// they add, reorder and retire questions; a retired question keeps the answers already given to it
// and is no longer asked. Submitting checks the answers against the form as it stands; a draft may be
// incomplete.
import type { FieldError } from '../statement/impact-statement.types';
import { isOneOf, meaningfulLength } from '../shared/field-checks.util';

export const QUESTION_KINDS = ['rating', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Ratings of a criterion, from worst to best. */
export const CRITERION_RATINGS = ['not_met', 'partly_met', 'met', 'not_applicable'] as const;
export type CriterionRating = (typeof CRITERION_RATINGS)[number];

export const CRITERION_RATING_LABELS: Readonly<Record<CriterionRating, string>> = {
  not_met: 'Not met',
  partly_met: 'Partly met',
  met: 'Met',
  not_applicable: 'Does not apply',
};

export interface FormQuestion {
  /** Stable across edits: answers are keyed by it. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly help: string;
  /** A rating asks for a justification too; a text question must be answered when required. */
  readonly required: boolean;
  /** Retired questions are not asked any more; answers given before are kept and shown. */
  readonly retired: boolean;
}

export interface ReviewForm {
  readonly questions: readonly FormQuestion[];
}

const criterion = (id: string, prompt: string, help: string): FormQuestion => ({
  id,
  kind: 'rating',
  prompt,
  help,
  required: true,
  retired: false,
});
const text = (id: string, prompt: string, help: string, required: boolean): FormQuestion => ({
  id,
  kind: 'text',
  prompt,
  help,
  required,
  retired: false,
});

/** The expert rubric: the approval criteria, each rated and justified. */
export const DEFAULT_EXPERT_FORM: ReviewForm = {
  questions: [
    criterion(
      'risks_minimised',
      'Risks are minimised',
      'Does the work use the least risky design and release that still serve its purpose?',
    ),
    criterion(
      'risks_reasonable',
      'Risks are reasonable against the benefits',
      'Weigh what could go wrong, and for whom, against what the work makes possible.',
    ),
    criterion(
      'equitable',
      'Affected people are treated equitably',
      'Are the people who bear the risks also among those who benefit? Are any groups singled out?',
    ),
    criterion(
      'mitigations_adequate',
      'Mitigations are adequate',
      'Do the planned mitigations address the hazards the statement names, and those it misses?',
    ),
    criterion(
      'release_plan_adequate',
      'The release plan is adequate',
      'Is what is released, when and to whom proportionate to the risks?',
    ),
  ],
};

/** Community feedback: plain-language questions, none of them rated. */
export const DEFAULT_COMMUNITY_FORM: ReviewForm = {
  questions: [
    text(
      'worries',
      'What worries you about this work?',
      'In your own words: what could go wrong once it is out?',
      true,
    ),
    text('harmed', 'Who could be harmed, and how?', 'People like you, or others you know of.', true),
    text('safer', 'What would make it safer?', 'Changes to the work, to who gets it, or to when.', false),
    text('missed', 'Did the authors miss anything?', 'Anything the statement does not mention.', false),
  ],
};

/**
 * The lighter rubric of continuing review: what the reviewers of record answer when they recommend
 * an outcome of a re-evaluation. Venues edit it like the other forms.
 */
export const DEFAULT_CONTINUING_FORM: ReviewForm = {
  questions: [
    criterion('conditions_kept', 'The conditions of approval are kept', 'Read the authors’ report: is each condition met, or on its way?'),
    criterion('risks_unchanged', 'The risks are as approved', 'Has anything since (incidents, replication, new uses) made the work riskier than when it was approved?'),
    text('notes', 'Anything the committee should know', 'What you would want the chairs to read before they decide.', false),
  ],
};

/** The forms a venue keeps: one per kind of reviewer, and the continuing-review rubric. */
export const REVIEW_FORM_KINDS = ['expert', 'community', 'continuing'] as const;
export type ReviewFormKind = (typeof REVIEW_FORM_KINDS)[number];

export function defaultReviewForm(kind: ReviewFormKind): ReviewForm {
  return kind === 'expert' ? DEFAULT_EXPERT_FORM : kind === 'community' ? DEFAULT_COMMUNITY_FORM : DEFAULT_CONTINUING_FORM;
}

export const MAX_QUESTIONS = 40;
export const MAX_PROMPT = 300;
export const MAX_HELP = 1000;
export const MAX_ANSWER = 10_000;
export const MIN_JUSTIFICATION = 20;

/** A form a chair saved: ids unique and well-formed, prompts present, at least one question still asked. */
export function validateReviewForm(form: ReviewForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.questions.length > MAX_QUESTIONS)
    errors.push({ path: 'questions', message: `A form has at most ${MAX_QUESTIONS} questions.` });
  if (!form.questions.some((q) => !q.retired))
    errors.push({ path: 'questions', message: 'Keep at least one question that is still asked.' });
  const seen = new Set<string>();
  form.questions.forEach((q, i) => {
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(q.id))
      errors.push({
        path: `questions.${i}.id`,
        message: 'Use lower-case letters, digits and _ (up to 40), starting with a letter.',
      });
    else if (seen.has(q.id)) errors.push({ path: `questions.${i}.id`, message: `“${q.id}” is used twice.` });
    seen.add(q.id);
    if (!isOneOf(QUESTION_KINDS, q.kind))
      errors.push({ path: `questions.${i}.kind`, message: 'Choose rating or text.' });
    const prompt = meaningfulLength(q.prompt);
    if (prompt === 0) errors.push({ path: `questions.${i}.prompt`, message: 'Write the question.' });
    else if (prompt > MAX_PROMPT)
      errors.push({
        path: `questions.${i}.prompt`,
        message: `Keep the question under ${MAX_PROMPT} characters.`,
      });
    if (meaningfulLength(q.help) > MAX_HELP)
      errors.push({ path: `questions.${i}.help`, message: `Keep the help under ${MAX_HELP} characters.` });
  });
  return errors;
}

/**
 * The problems with a chair's edit of a form that already has answers: a question that was answered
 * may be retired or reworded, never deleted or turned into another kind (its past answers would lose
 * their meaning).
 */
export function checkFormEdit(
  before: ReviewForm,
  after: ReviewForm,
  answeredIds: ReadonlySet<string>,
): FieldError[] {
  const errors = validateReviewForm(after);
  const afterById = new Map(after.questions.map((q) => [q.id, q]));
  for (const question of before.questions) {
    if (!answeredIds.has(question.id)) continue;
    const kept = afterById.get(question.id);
    if (!kept)
      errors.push({
        path: 'questions',
        message: `“${question.prompt}” has answers: retire it instead of deleting it.`,
      });
    else if (kept.kind !== question.kind) {
      const at = after.questions.indexOf(kept);
      errors.push({
        path: `questions.${at}.kind`,
        message: `“${question.prompt}” has answers: it stays a ${question.kind} question.`,
      });
    }
  }
  return errors;
}

export interface Answer {
  readonly rating?: string | null;
  /** The justification of a rating, or the answer to a text question. */
  readonly text?: string | null;
}

/**
 * The problems with answers submitted against `form` (a draft is saved without this check): every
 * required question still asked is answered, a rating is one of the ratings with a justification of
 * some substance, no answer is too long, and nothing answers a question the form does not have.
 */
export function validateAnswers(form: ReviewForm, answers: Readonly<Record<string, Answer>>): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(form.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    const question = byId.get(id);
    if (!question) errors.push({ path: `answers.${id}`, message: 'This question is not on the form.' });
    else if (question.retired)
      errors.push({ path: `answers.${id}`, message: 'This question is no longer asked.' });
  }
  for (const question of form.questions) {
    if (question.retired) continue;
    const answer = answers[question.id] ?? {};
    const path = `answers.${question.id}`;
    const length = meaningfulLength(answer.text ?? '');
    if (length > MAX_ANSWER)
      errors.push({
        path: `${path}.text`,
        message: `Keep the answer under ${MAX_ANSWER.toLocaleString('en-GB')} characters.`,
      });
    if (question.kind === 'rating') {
      if (answer.rating == null || answer.rating === '') {
        if (question.required) errors.push({ path: `${path}.rating`, message: `Rate “${question.prompt}”.` });
      } else if (!isOneOf(CRITERION_RATINGS, answer.rating))
        errors.push({ path: `${path}.rating`, message: 'Choose one of the ratings.' });
      else if (length < MIN_JUSTIFICATION && answer.rating !== 'not_applicable')
        errors.push({
          path: `${path}.text`,
          message: `Say why, in a sentence or more (at least ${MIN_JUSTIFICATION} characters).`,
        });
    } else if (question.required && length === 0)
      errors.push({ path: `${path}.text`, message: `Answer “${question.prompt}”.` });
  }
  return errors;
}

/** The questions a reviewer is asked now, in the form's order. */
export function askedQuestions(form: ReviewForm): FormQuestion[] {
  return form.questions.filter((q) => !q.retired);
}
