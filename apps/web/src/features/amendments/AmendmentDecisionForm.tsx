// A chair's decision on an amendment: approve it (the approval takes the amended plan and its new
// artifacts) or decline it with the reason the authors read. A full-review amendment waits for the
// reviewers of record; the form says how many recommendations are still missing, and the domain's
// check (the server's own) refuses a decision before them. Saved at the amendment's and the
// approval's revisions: a CONFLICT goes to the section, which reloads.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AMENDMENT_DECISION_LABELS,
  AMENDMENT_DECISIONS,
  amendmentDecisionErrors,
  MIN_AMENDMENT_REASON,
  type AmendmentDecision,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { AmendmentFieldsFragment } from '../../gql/graphql';
import { fieldId } from '../../lib/fieldIds';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import { DecideAmendmentMutation } from './amendments.operations';
import { waitingText } from './amendmentWords';

type Amendment = Pick<
  AmendmentFieldsFragment,
  'id' | 'revision' | 'recommendationCount' | 'recommendationsNeeded'
>;

const DECISION_OPTIONS = AMENDMENT_DECISIONS.map((value) => ({
  value,
  label: AMENDMENT_DECISION_LABELS[value],
}));

/** The domain's check of the decision, from what the page knows of the amendment. */
export function amendmentDecisionProblems(
  amendment: Amendment,
  decision: AmendmentDecision | null,
  reason: string,
) {
  const needed = amendment.recommendationsNeeded;
  return amendmentDecisionErrors({
    decision: decision as AmendmentDecision,
    reason,
    // The server sends the recommendations it waits for; the domain counts them from the tier and the
    // reviewers of record (min(2, reviewers)), which gives the same number back.
    tier: needed > 0 ? 'full' : 'expedited',
    reviewersOfRecord: needed,
    recommendations: amendment.recommendationCount,
  });
}

export function AmendmentDecisionForm({
  amendment,
  approvalRevision,
  onDone,
  onStale,
}: {
  amendment: Amendment;
  approvalRevision: number;
  onDone: (message: string, decision: AmendmentDecision) => void;
  onStale: (message: string) => void;
}) {
  const [decision, setDecision] = useState<AmendmentDecision | null>(null);
  const [reason, setReason] = useState('');
  const [decide] = useMutation(DecideAmendmentMutation);
  const form = useMutationForm();
  const summary = formSummary(form, ['decision', 'reason']);
  const base = `amendment-${amendment.id}-decision`;
  const waiting = amendment.recommendationCount < amendment.recommendationsNeeded;

  return (
    <form
      noValidate
      ref={form.formRef}
      className="amendment-action-form"
      aria-labelledby={`${base}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => amendmentDecisionProblems(amendment, decision, reason),
          mutate: () =>
            reportingConflict(
              () =>
                decide({
                  variables: {
                    input: {
                      amendmentId: amendment.id,
                      decision: decision as AmendmentDecision,
                      reason: reason.trim(),
                      expectedRevision: amendment.revision,
                      approvalRevision,
                    },
                  },
                }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () =>
            onDone(
              decision === 'approve'
                ? 'Amendment approved. The approval now holds the amended plan.'
                : 'Amendment declined. The authors read your reason; the approved plan holds.',
              decision as AmendmentDecision,
            ),
        });
      }}
    >
      <h5 id={`${base}-title`}>Decide the amendment</h5>
      {waiting ? (
        <p className="alert alert--info">
          <strong>{waitingText(amendment.recommendationCount, amendment.recommendationsNeeded)}.</strong>{' '}
          {`This amendment needs full review: the reviewers of record recommend before a chair decides (${amendment.recommendationCount} so far).`}
        </p>
      ) : null}
      <FormError message={summary.message} problems={summary.problems} />
      <ChoiceGroup
        path={`${base}.decision`}
        legend="Decision on the amendment"
        options={DECISION_OPTIONS}
        value={decision}
        required
        error={form.errorFor('decision')}
        onChange={(value) => {
          setDecision(value);
          form.clearField('decision');
          form.clearField('reason');
        }}
      />
      <TextAreaField
        id={fieldId(`${base}.reason`)}
        label="Reason"
        hint={`Required to decline: tell the authors why (at least ${MIN_AMENDMENT_REASON} characters). Sent to the authors, and kept with the approval.`}
        required={decision === 'decline'}
        rows={3}
        value={reason}
        error={form.errorFor('reason')}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField('reason');
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Decide'}
        </button>
      </div>
    </form>
  );
}
