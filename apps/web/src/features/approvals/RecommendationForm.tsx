// A reviewer of record's recommendation on a re-evaluation: the venue's continuing-review rubric
// (criteria rated and justified, questions answered in words, as in a review), an outcome and why.
// A second one replaces the first while the re-evaluation is open. The domain's checks run first;
// the server's field errors (answers.<question>.rating|text, outcome, comment) land on the same inputs.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  askedQuestions,
  CRITERION_RATING_LABELS,
  CRITERION_RATINGS,
  MIN_JUSTIFICATION,
  validateAnswers,
  validateRecommendation,
} from '@impact-review/domain';
import type { FormQuestion, ReevaluationOutcome } from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { ReviewAnswerInput } from '../../gql/graphql';
import { fieldId } from '../../lib/fieldIds';
import { formSummary } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import type { AnswerState } from '../reviews/reviewDraft';
import { RecommendOnReevaluationMutation } from './approvals.operations';
import { rubricQuestions, type RecommendationAnswer } from './continuingRubric';
import { outcomeOptions } from './reevaluationWords';

const RATING_OPTIONS = CRITERION_RATINGS.map((value) => ({ value, label: CRITERION_RATING_LABELS[value] }));
const NO_ANSWER: AnswerState = { rating: null, text: '' };

/** The answers to the questions asked, leaving out the untouched ones (as a review sends them). */
function answersToSend(
  questions: readonly FormQuestion[],
  answers: Readonly<Record<string, AnswerState>>,
): (ReviewAnswerInput & AnswerState)[] {
  return askedQuestions({ questions })
    .map((q) => ({ questionId: q.id, ...(answers[q.id] ?? NO_ANSWER) }))
    .filter((a) => a.rating !== null || a.text.trim() !== '')
    .map(({ questionId, rating, text }) => ({ questionId, rating, text: text.trim() }));
}

export function RecommendationForm({
  approvalId,
  initial,
  questions,
  onDone,
  onCancel,
}: {
  approvalId: string;
  /** The reviewer's recommendation to change, if they gave one. */
  initial: { outcome: ReevaluationOutcome; comment: string; answers: readonly RecommendationAnswer[] } | null;
  /** The rubric's questions; by default what can be known of it without the venue's forms (see rubricQuestions). */
  questions?: readonly FormQuestion[] | undefined;
  onDone: (message: string) => void;
  onCancel?: (() => void) | undefined;
}) {
  const asked = askedQuestions({ questions: questions ?? rubricQuestions(initial?.answers) });
  const [answers, setAnswers] = useState<Readonly<Record<string, AnswerState>>>(() =>
    Object.fromEntries((initial?.answers ?? []).map((a) => [a.questionId, { rating: a.rating, text: a.text }])),
  );
  const [outcome, setOutcome] = useState<ReevaluationOutcome | null>(initial?.outcome ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [recommend] = useMutation(RecommendOnReevaluationMutation);
  const form = useMutationForm();
  const answerPaths = asked.flatMap((q) =>
    q.kind === 'rating' ? [`answers.${q.id}.rating`, `answers.${q.id}.text`] : [`answers.${q.id}.text`],
  );
  const summary = formSummary(form, [...answerPaths, 'outcome', 'comment']);
  const setAnswer = (id: string, patch: Partial<AnswerState>) => {
    setAnswers((current) => ({ ...current, [id]: { ...(current[id] ?? NO_ANSWER), ...patch } }));
    if (patch.rating !== undefined) form.clearField(`answers.${id}.rating`);
    // A criterion that does not apply needs no justification.
    if (patch.text !== undefined || patch.rating === 'not_applicable') form.clearField(`answers.${id}.text`);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      className="reevaluation-form"
      aria-labelledby="recommendation-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { outcome: outcome as ReevaluationOutcome, comment };
        const sent = answersToSend(asked, answers);
        void form.submit({
          validate: () => [
            ...validateAnswers(
              { questions: asked },
              Object.fromEntries(sent.map((a) => [a.questionId, { rating: a.rating, text: a.text }])),
            ),
            ...validateRecommendation(input),
          ],
          mutate: () =>
            recommend({ variables: { input: { approvalId, ...input, comment: comment.trim(), answers: sent } } }),
          pathPrefix: 'input.',
          onSuccess: () => onDone('Your recommendation is recorded. The chairs read it before they decide.'),
        });
      }}
    >
      <h4 id="recommendation-form-title">{initial ? 'Change your recommendation' : 'Your recommendation'}</h4>
      <p className="small">
        As a reviewer of the statement, say what the committee should decide. Only the chairs read it.
      </p>
      <FormError message={summary.message} problems={summary.problems} />
      {asked.length > 0 ? (
        <div className="recommendation-rubric">
          <p className="small muted">
            Answer the continuing-review rubric first: rate each criterion against the authors’ report and say why.
          </p>
          {asked.map((question) => {
            const answer = answers[question.id] ?? NO_ANSWER;
            const at = `answers.${question.id}`;
            const id = `recommendation.${at}`;
            if (question.kind === 'rating')
              return (
                <div key={question.id} className="review-question">
                  <ChoiceGroup
                    path={`${id}.rating`}
                    legend={question.prompt}
                    hint={question.help || undefined}
                    required={question.required}
                    options={RATING_OPTIONS}
                    value={answer.rating}
                    inline
                    error={form.errorFor(`${at}.rating`)}
                    onChange={(rating) => setAnswer(question.id, { rating })}
                  />
                  <TextAreaField
                    id={fieldId(`${id}.text`)}
                    label={
                      // Seen beside its criterion as "Why"; heard as "Why: <criterion>".
                      <>
                        <span aria-hidden="true">Why</span>
                        <span className="visually-hidden">Why: {question.prompt}</span>
                      </>
                    }
                    hint={`A sentence or more (at least ${MIN_JUSTIFICATION} characters), unless the criterion does not apply.`}
                    rows={2}
                    value={answer.text}
                    error={form.errorFor(`${at}.text`)}
                    onChange={(event) => setAnswer(question.id, { text: event.target.value })}
                  />
                </div>
              );
            return (
              <div key={question.id} className="review-question">
                <TextAreaField
                  id={fieldId(`${id}.text`)}
                  label={question.prompt}
                  hint={question.help || undefined}
                  required={question.required}
                  rows={3}
                  value={answer.text}
                  error={form.errorFor(`${at}.text`)}
                  onChange={(event) => setAnswer(question.id, { text: event.target.value })}
                />
              </div>
            );
          })}
        </div>
      ) : null}
      <ChoiceGroup
        path="recommendation.outcome"
        legend="What do you recommend?"
        options={outcomeOptions()}
        value={outcome}
        required
        error={form.errorFor('outcome')}
        onChange={(value) => {
          setOutcome(value);
          form.clearField('outcome');
        }}
      />
      <TextAreaField
        id={fieldId('recommendation.comment')}
        label="Reason"
        hint="Why, in a sentence or more: what in the report (or missing from it) leads you there."
        required
        rows={3}
        value={comment}
        error={form.errorFor('comment')}
        onChange={(event) => {
          setComment(event.target.value);
          form.clearField('comment');
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Recommend'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Keep your recommendation
          </button>
        ) : null}
      </div>
    </form>
  );
}
