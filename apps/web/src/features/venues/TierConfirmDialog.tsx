// The chair's tier decision: the rubric's suggestion and what drove it, a choice of tier, and a
// reason that the record requires whenever the chair departs from the suggestion.
import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { labelOf, MIN_OVERRIDE_REASON, TIERS, validateTierDecision } from '@impact-review/domain';
import type { Tier } from '@impact-review/domain';
import type { TierStatus } from '../../gql/graphql';
import { FormError, TextAreaField } from '../../components/FormFields';
import { TierBadge } from '../../components/TierBadge';
import { TierDrivers } from '../../components/TierPreview';
import type { TierSuggestionView } from '../../components/TierPreview';
import { useMutationForm } from '../../lib/useMutationForm';
import { ConfirmTierMutation } from '../submissions/submission.operations';

export interface TierDialogSubmission {
  id: string;
  title: string;
  revision: number;
  tierStatus: TierStatus | null;
  /** The version the decision is for: the latest submitted one. */
  latestVersion: number;
  tierSuggestion: TierSuggestionView | null;
  tierDecision: { tier: Tier; forVersion: number } | null;
}

export function TierConfirmDialog({
  submission,
  onClose,
  onDone,
}: {
  submission: TierDialogSubmission;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const suggested = submission.tierSuggestion?.tier ?? 'full';
  const decideAgain = submission.tierStatus === 'needs_confirmation';
  // A decision that no longer stands is no default: the new version's suggestion is.
  const [tier, setTier] = useState<Tier>((!decideAgain && submission.tierDecision?.tier) || suggested);
  const [reason, setReason] = useState('');
  const [confirmTier] = useMutation(ConfirmTierMutation);
  const form = useMutationForm();
  const overriding = tier !== suggested;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="tier-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="tier-dialog-title">
        {decideAgain
          ? `Decide the tier again for version ${submission.latestVersion}`
          : 'Confirm the review tier'}
      </h2>
      <p className="muted">
        {submission.title} · version {submission.latestVersion}
      </p>
      {decideAgain && submission.tierDecision ? (
        <p className="alert alert--warning">
          The tier decided for version {submission.tierDecision.forVersion} was{' '}
          {labelOf(submission.tierDecision.tier)}; version {submission.latestVersion} suggests{' '}
          {labelOf(suggested)}.
        </p>
      ) : null}
      {submission.tierSuggestion ? (
        <section aria-labelledby="tier-dialog-suggestion">
          <h3 id="tier-dialog-suggestion">
            Suggested: <TierBadge tier={submission.tierSuggestion.tier} suggested />{' '}
            <span className="muted small">score {submission.tierSuggestion.score}</span>
          </h3>
          <TierDrivers suggestion={submission.tierSuggestion} />
        </section>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({
            validate: () => validateTierDecision({ tier, reason, suggestedTier: suggested }),
            mutate: () =>
              confirmTier({
                variables: {
                  submissionId: submission.id,
                  tier,
                  reason: reason.trim(),
                  expectedRevision: submission.revision,
                },
              }),
            onSuccess: () =>
              onDone(
                overriding
                  ? `Tier of “${submission.title}” set to ${labelOf(tier)} (overriding ${labelOf(suggested)}).`
                  : `Tier of “${submission.title}” confirmed as ${labelOf(tier)}.`,
              ),
          });
        }}
      >
        <FormError message={form.formError} />
        <fieldset>
          <legend>Tier</legend>
          {TIERS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="tier"
                value={value}
                checked={tier === value}
                onChange={() => {
                  setTier(value);
                  form.clearField('tier');
                }}
              />
              {labelOf(value)}
              {value === suggested ? ' (suggested)' : ''}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={overriding ? 'Reason for overriding the suggestion' : 'Reason (optional)'}
          hint={
            overriding
              ? `Required: at least ${MIN_OVERRIDE_REASON} characters. Every decision and its reason is kept in the record.`
              : 'Every decision and its reason is kept in the record.'
          }
          required={overriding}
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
            {form.submitting ? 'Saving…' : 'Confirm tier'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
