// One change to an approval, inline under its buttons: the reason (required where the domain asks
// for one, as 45 CFR 46.113 does for suspension and termination), the artifacts a suspension
// covers (none: the whole approval), what the approval then asks of the authors, and a confirm.
// The domain checks first; the server's field errors land on the same inputs; a CONFLICT goes to
// the panel, which reloads the approval and says so.
import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  addMonths,
  APPROVAL_TRANSITIONS,
  approvalConsequence,
  MIN_REASON_LENGTH,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import { unplacedProblems } from '../../lib/errors';
import { countOf, formatDate } from '../../lib/format';
import { reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { SubmissionHistoryQuery } from '../audit/audit.operations';
import { ChangeApprovalMutation } from './approvals.operations';
import { ACTION_WORDS, actionProblems, toldByEmail, type HandAction } from './approvalWords';
import { isPartial, SuspendedArtifactsField, type ApprovalArtifact } from './SuspendedArtifactsField';

export type { ApprovalArtifact };

const ARTIFACTS_ID = 'approval-artifactKeys';

export function ApprovalActionForm({
  approval,
  action,
  artifacts,
  periodMonths,
  onDone,
  onCancel,
  onStale,
}: {
  approval: ApprovalFieldsFragment;
  action: HandAction;
  /** The approved plan's artifacts, by key and name (a suspension may cover some of them). */
  artifacts: readonly ApprovalArtifact[];
  /** Months a continued approval holds under the venue's policy (null: no expiry; undefined: not known). */
  periodMonths: number | null | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** The approval changed since it was loaded: the panel reloads it and says so. */
  onStale: (message: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [artifactKeys, setArtifactKeys] = useState<string[]>([]);
  const [change] = useMutation(ChangeApprovalMutation, { refetchQueries: [SubmissionHistoryQuery] });
  const form = useMutationForm();
  const { formRef } = form;
  const words = ACTION_WORDS[action];
  const rule = APPROVAL_TRANSITIONS[action];
  const suspending = action === 'suspend';
  const partial = suspending && isPartial(artifactKeys, artifacts);
  const reasonError = form.errorFor('reason');
  const artifactsError = form.errorFor('artifactKeys');
  const unplaced = unplacedProblems(form.lastError?.fieldErrors ?? [], ['reason', 'artifactKeys']).map(
    (p) => p.message,
  );

  // The form opens where the person clicked: its first input takes the focus.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [formRef]);

  return (
    <form
      noValidate
      ref={formRef}
      id="approval-action-form"
      className={`approval-action${words.danger ? ' approval-action--danger' : ''}`}
      aria-labelledby="approval-action-title"
      onSubmit={(event) => {
        event.preventDefault();
        const keys = suspending ? artifactKeys : [];
        void form.submit({
          validate: () => actionProblems(approval, action, { reason, artifactKeys: keys }, new Date()),
          mutate: () =>
            reportingConflict(
              () =>
                change({
                  variables: {
                    input: {
                      approvalId: approval.id,
                      action,
                      reason: reason.trim(),
                      artifactKeys: keys,
                      expectedRevision: approval.revision,
                    },
                  },
                }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () => onDone(`${words.done} ${toldByEmail(action)}`.trim()),
        });
      }}
    >
      <h4 id="approval-action-title">{words.title}</h4>
      <p className="small">{words.explain}</p>
      {/* A conflict is the panel's to tell; problems the fields show need no summary of their own. */}
      {form.lastError?.code === 'CONFLICT' ||
      (form.lastError?.code === 'BAD_USER_INPUT' && unplaced.length === 0) ? null : (
        <FormError message={form.formError} problems={unplaced} />
      )}

      {suspending ? (
        <SuspendedArtifactsField
          id={ARTIFACTS_ID}
          artifacts={artifacts}
          selected={artifactKeys}
          error={artifactsError}
          onChange={(keys) => {
            setArtifactKeys(keys);
            form.clearField('artifactKeys');
          }}
        />
      ) : null}

      <TextAreaField
        id="approval-reason"
        label={rule.needsReason ? 'Reason' : 'Note (optional)'}
        hint={
          rule.needsReason
            ? `Required: say why, in a sentence or more (at least ${MIN_REASON_LENGTH} characters). It is kept with the change, for everyone who reads the approval.`
            : 'Kept with the change, for everyone who reads the approval.'
        }
        required={rule.needsReason}
        rows={3}
        value={reason}
        error={reasonError}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField('reason');
        }}
      />

      <p className="approval-action__after small">
        <strong>Afterwards:</strong> {approvalConsequence(rule.to, partial)}
        {action === 'continue' ? ` ${continuedUntil(periodMonths)}` : ''} {toldByEmail(action)}
      </p>
      <div className="form-actions">
        <button
          type="submit"
          className={`button button--primary${words.danger ? ' button--destructive' : ''}`}
          disabled={form.submitting}
        >
          {form.submitting
            ? 'Saving…'
            : partial
              ? `Suspend ${countOf(artifactKeys.length, 'artifact')}`
              : words.confirm}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The new expiry a continuation gives under the venue's policy, when the page knows it. */
export function continuedUntil(periodMonths: number | null | undefined): string {
  if (periodMonths === undefined) return '';
  if (periodMonths === null) return 'It then holds without expiry.';
  return `It then holds ${countOf(periodMonths, 'month')}, until ${formatDate(addMonths(new Date(), periodMonths).toISOString())}.`;
}
