// A reviewer of record's recommendation on an amendment: approve or decline, and why. A second one
// replaces the first while the amendment is under review; only the chairs read it. The domain's
// check runs first; the server's field errors land on the same inputs.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AMENDMENT_DECISIONS,
  MIN_AMENDMENT_REASON,
  validateAmendmentRecommendation,
  type AmendmentDecision,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import { fieldId } from '../../lib/fieldIds';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import { RecommendOnAmendmentMutation } from './amendments.operations';

export const RECOMMENDATION_LABELS: Readonly<Record<AmendmentDecision, string>> = {
  approve: 'Approve',
  decline: 'Decline',
};

const OPTIONS = AMENDMENT_DECISIONS.map((value) => ({ value, label: RECOMMENDATION_LABELS[value] }));

export function AmendmentRecommendationForm({
  amendmentId,
  initial,
  onDone,
  onCancel,
  onStale,
}: {
  amendmentId: string;
  /** The reviewer's recommendation to change, if they gave one. */
  initial: { decision: AmendmentDecision; comment: string } | null;
  onDone: (message: string) => void;
  onCancel?: (() => void) | undefined;
  onStale: (message: string) => void;
}) {
  const [decision, setDecision] = useState<AmendmentDecision | null>(initial?.decision ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [recommend] = useMutation(RecommendOnAmendmentMutation);
  const form = useMutationForm();
  const summary = formSummary(form, ['decision', 'comment']);
  const base = `amendment-${amendmentId}-recommendation`;

  return (
    <form
      noValidate
      ref={form.formRef}
      className="amendment-action-form"
      aria-labelledby={`${base}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const input = { decision: decision as AmendmentDecision, comment };
        void form.submit({
          validate: () => validateAmendmentRecommendation(input),
          mutate: () =>
            reportingConflict(
              () => recommend({ variables: { input: { amendmentId, ...input, comment: comment.trim() } } }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () => onDone('Your recommendation is recorded. The chairs read it before they decide.'),
        });
      }}
    >
      <h5 id={`${base}-title`}>{initial ? 'Change your recommendation' : 'Your recommendation'}</h5>
      <p className="small">
        As a reviewer of the statement, say whether the committee should approve the amendment. Only the
        chairs read it.
      </p>
      <FormError message={summary.message} problems={summary.problems} />
      <ChoiceGroup
        path={`${base}.decision`}
        legend="What do you recommend?"
        options={OPTIONS}
        value={decision}
        required
        inline
        error={form.errorFor('decision')}
        onChange={(value) => {
          setDecision(value);
          form.clearField('decision');
        }}
      />
      <TextAreaField
        id={fieldId(`${base}.comment`)}
        label="Comment"
        hint={`Why, in a sentence or more (at least ${MIN_AMENDMENT_REASON} characters): what the change adds to the risk, or why it does not.`}
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
