// A reviewer of record's recommendation on a re-evaluation: an outcome and why. A second one
// replaces the first while the re-evaluation is open. The domain's check runs first; the server's
// field errors land on the same inputs.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { validateRecommendation, type ReevaluationOutcome } from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import { fieldId } from '../../lib/fieldIds';
import { formSummary } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import { RecommendOnReevaluationMutation } from './approvals.operations';
import { outcomeOptions } from './reevaluationWords';

export function RecommendationForm({
  approvalId,
  initial,
  onDone,
  onCancel,
}: {
  approvalId: string;
  /** The reviewer's recommendation to change, if they gave one. */
  initial: { outcome: ReevaluationOutcome; comment: string } | null;
  onDone: (message: string) => void;
  onCancel?: (() => void) | undefined;
}) {
  const [outcome, setOutcome] = useState<ReevaluationOutcome | null>(initial?.outcome ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [recommend] = useMutation(RecommendOnReevaluationMutation);
  const form = useMutationForm();
  const summary = formSummary(form, ['outcome', 'comment']);

  return (
    <form
      noValidate
      ref={form.formRef}
      className="reevaluation-form"
      aria-labelledby="recommendation-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { outcome: outcome as ReevaluationOutcome, comment };
        void form.submit({
          validate: () => validateRecommendation(input),
          mutate: () =>
            recommend({ variables: { input: { approvalId, ...input, comment: comment.trim() } } }),
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
