// The venue's review forms (chairs): the expert rubric, the community questions and the lighter
// continuing-review rubric the reviewers of record answer on a re-evaluation. Chairs reword,
// reorder, add, retire and bring back questions. A question that has answers keeps its kind and
// cannot be deleted (its answers would lose their meaning): the page disables both and says why,
// and the domain's checkFormEdit (the server's own check) runs before anything is sent.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { checkFormEdit, QUESTION_KINDS } from '@impact-review/domain';
import type { FormQuestion, QuestionKind, ReviewFormKind } from '@impact-review/domain';
import type { ReviewFormFieldsFragment } from '../../gql/graphql';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { useMutationForm } from '../../lib/useMutationForm';
import { ReviewFormsQuery, UpdateReviewFormMutation } from './reviews.operations';
import './reviews.css';

const FORM_TITLES: Readonly<Record<ReviewFormKind, string>> = {
  expert: 'Expert reviewers’ form',
  community: 'Community reviewers’ form',
  continuing: 'Continuing-review rubric',
};

const FORM_HINTS: Readonly<Record<ReviewFormKind, string>> = {
  expert: 'The rubric experts fill in: criteria rated met, partly met or not met with a justification, and questions answered in words. Experts also recommend a release option per artifact, required mitigations and a decision.',
  community: 'Plain-language questions for members of the communities the work may affect.',
  continuing: 'What the reviewers of record answer when they recommend on a re-evaluation: a lighter rubric than the expert one.',
};

const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  rating: 'Rated criterion (with a justification)',
  text: 'Answered in words',
};

export function ReviewForms({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(ReviewFormsQuery, { variables: { venueId }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="card stack" aria-labelledby="review-forms-title">
      <h2 id="review-forms-title">Review forms</h2>
      <p className="muted small">
        What reviewers are asked. A question with answers can be reworded or retired (no longer asked, its answers kept), but
        not deleted nor changed into another kind.
      </p>
      {!data ? (
        <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the review forms…" />
      ) : (
        data.venue.reviewForms.map((form) => (
          // A new revision (saved here or by another chair, after a reload) starts the editor over.
          <ReviewFormEditor key={`${form.kind}-${form.revision}`} venueId={venueId} form={form} onReload={() => void refetch()} />
        ))
      )}
    </section>
  );
}

/** A question as the editor holds it: its saved fields, and whether it was added here. */
type EditedQuestion = FormQuestion & { isNew: boolean };

function plain(q: ReviewFormFieldsFragment['questions'][number]): EditedQuestion {
  return { id: q.id, kind: q.kind, prompt: q.prompt, help: q.help, required: q.required, retired: q.retired, isNew: false };
}

/** A fresh id the domain accepts (lower-case, unique on the form). */
function newId(kind: QuestionKind, taken: readonly { id: string }[]): string {
  const base = kind === 'rating' ? 'criterion' : 'question';
  let n = taken.length + 1;
  while (taken.some((q) => q.id === `${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

export function ReviewFormEditor({ venueId, form: loaded, onReload }: { venueId: string; form: ReviewFormFieldsFragment; onReload: () => void }) {
  const kind = loaded.kind;
  // The form as the server last had it: what an edit is checked against, and its revision.
  const [base, setBase] = useState(loaded);
  const [questions, setQuestions] = useState<EditedQuestion[]>(() => loaded.questions.map(plain));
  const [saved, setSaved] = useState<string | null>(null);
  const [updateForm] = useMutation(UpdateReviewFormMutation);
  const form = useMutationForm();
  const answered = new Set(base.answeredQuestionIds);
  const conflict = form.lastError?.code === 'CONFLICT';
  const prefix = `${kind}-form`;
  // One explanation for every question with answers, tied to the controls it disables.
  const lockedId = `${prefix}-locked`;

  // Reordering, adding or deleting renumbers the questions: errors named by position no longer fit.
  const restructure = (change: (list: EditedQuestion[]) => EditedQuestion[]) => {
    setQuestions(change);
    form.reset();
    setSaved(null);
  };
  const edit = (i: number, patch: Partial<FormQuestion>) => {
    setQuestions((list) => list.map((q, j) => (j === i ? { ...q, ...patch } : q)));
    for (const key of Object.keys(patch)) form.clearField(`questions.${i}.${key}`);
    setSaved(null);
  };
  const move = (i: number, by: -1 | 1) =>
    restructure((list) => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  const toSend = () => questions.map(({ id, kind: k, prompt, help, required, retired }) => ({ id, kind: k, prompt, help, required, retired }));

  return (
    <section className="review-form-editor" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{FORM_TITLES[kind]}</h3>
      <p className="muted small">{FORM_HINTS[kind]} Help texts are shown under their question.</p>
      <div aria-live="polite">{saved && !form.lastError ? <p className="alert alert--success">{saved}</p> : null}</div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>{form.lastError?.message}</p>
          <button type="button" className="button button--small" onClick={onReload}>
            Reload the form
          </button>
        </div>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(null);
          const questionsToSend = toSend();
          void form.submit({
            validate: () => checkFormEdit({ questions: base.questions }, { questions: questionsToSend }, answered),
            mutate: () => updateForm({ variables: { venueId, kind, questions: questionsToSend, expectedRevision: base.revision } }),
            onSuccess: (result) => {
              const savedForm = result.data?.updateReviewForm;
              if (savedForm) {
                setBase(savedForm);
                setQuestions(savedForm.questions.map(plain));
              }
              setSaved(`${FORM_TITLES[kind]} saved.`);
            },
          });
        }}
      >
        {conflict ? null : <FormError message={form.formError} />}
        {form.errorFor('questions') ? (
          <p className="field__error" role="alert">
            {form.errorFor('questions')}
          </p>
        ) : null}
        {answered.size > 0 ? (
          <p id={lockedId} className="small muted">
            Questions marked “Has answers” cannot be deleted nor change kind: reviewers have answered them. Retire one to stop
            asking it; its answers stay readable.
          </p>
        ) : null}
        <ol className="plain-list form-questions">
          {questions.map((question, i) => {
            const n = i + 1;
            const hasAnswers = !question.isNew && answered.has(question.id);
            const at = `questions.${i}`;
            return (
              <li key={question.id} className={`repeat-row form-question${question.retired ? ' form-question--retired' : ''}`}>
                <div className="form-question__header">
                  <span className="badge badge--neutral">{question.kind === 'rating' ? 'Rated' : 'In words'}</span>
                  {question.retired ? <span className="badge badge--warning">Retired: not asked</span> : null}
                  {hasAnswers ? <span className="badge badge--info">Has answers</span> : null}
                  {question.isNew ? <span className="badge badge--success">New</span> : null}
                </div>
                {form.errorFor(`${at}.id`) ? <p className="field__error">{form.errorFor(`${at}.id`)}</p> : null}
                <TextField
                  id={`${prefix}-${question.id}-prompt`}
                  label={`Question ${n}`}
                  value={question.prompt}
                  error={form.errorFor(`${at}.prompt`)}
                  onChange={(event) => edit(i, { prompt: event.target.value })}
                />
                <TextAreaField
                  id={`${prefix}-${question.id}-help`}
                  label={`Help for question ${n}`}
                  rows={2}
                  value={question.help}
                  error={form.errorFor(`${at}.help`)}
                  onChange={(event) => edit(i, { help: event.target.value })}
                />
                <div className="form-question__settings">
                  <SelectField
                    id={`${prefix}-${question.id}-kind`}
                    label={`Kind of question ${n}`}
                    options={QUESTION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
                    value={question.kind}
                    disabled={hasAnswers}
                    aria-describedby={hasAnswers ? lockedId : undefined}
                    error={form.errorFor(`${at}.kind`)}
                    onChange={(event) => edit(i, { kind: event.target.value as QuestionKind })}
                  />
                  <label className="choice">
                    <input type="checkbox" checked={question.required} onChange={(event) => edit(i, { required: event.target.checked })} />
                    {question.kind === 'rating' ? `Question ${n} must be rated` : `Question ${n} must be answered`}
                  </label>
                </div>
                <div className="row form-question__actions">
                  <button type="button" className="button button--small" aria-label={`Move up: question ${n}`} disabled={i === 0} onClick={() => move(i, -1)}>
                    Move up
                  </button>
                  <button type="button" className="button button--small" aria-label={`Move down: question ${n}`} disabled={i === questions.length - 1} onClick={() => move(i, 1)}>
                    Move down
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${question.retired ? 'Ask it again' : 'Retire'}: question ${n}`}
                    onClick={() => edit(i, { retired: !question.retired })}
                  >
                    {question.retired ? 'Ask it again' : 'Retire'}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={hasAnswers}
                    aria-label={`Delete: question ${n}`}
                    aria-describedby={hasAnswers ? lockedId : undefined}
                    onClick={() => restructure((list) => list.filter((_, j) => j !== i))}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() =>
              restructure((list) => [...list, { id: newId('rating', list), kind: 'rating', prompt: '', help: '', required: true, retired: false, isNew: true }])
            }
          >
            Add a rated criterion
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              restructure((list) => [...list, { id: newId('text', list), kind: 'text', prompt: '', help: '', required: false, retired: false, isNew: true }])
            }
          >
            Add a question answered in words
          </button>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : `Save the ${kind} form`}
          </button>
        </div>
      </form>
    </section>
  );
}
