// Evented release on the chairs' continuing-review page: a chair records an external event (for
// example "an equivalent model was released elsewhere") and chooses the approvals whose plan waits
// for such an event; each goes under re-evaluation with the event as its reason, and its authors
// are told. The result says which were opened and why the others were not.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { validateExternalEvent } from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { EventedApprovalFieldsFragment } from '../../gql/graphql';
import { fieldId } from '../../lib/fieldIds';
import { countOf } from '../../lib/format';
import { formSummary } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ContinuingReviewQuery, RecordExternalEventMutation } from './continuing-review.operations';

/** What recording the event did, in words: how many opened, and each one left with its reason. */
export function eventOutcome(
  result: { opened: readonly string[]; skipped: readonly { approvalId: string; reason: string }[] },
  titles: ReadonlyMap<string, string>,
): { summary: string; skipped: string[] } {
  const summary =
    result.opened.length > 0
      ? `${countOf(result.opened.length, 'approval')} went under re-evaluation; the authors and the chairs are told by email.`
      : 'No approval went under re-evaluation.';
  return {
    summary,
    skipped: result.skipped.map((s) => `${titles.get(s.approvalId) ?? 'An approval'}: ${s.reason}`),
  };
}

export function ExternalEventForm({ venueId, approvals }: { venueId: string; approvals: readonly EventedApprovalFieldsFragment[] }) {
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ summary: string; skipped: string[] } | null>(null);
  const [record] = useMutation(RecordExternalEventMutation, { refetchQueries: [ContinuingReviewQuery] });
  const form = useMutationForm();
  const summary = formSummary(form, ['description', 'approvalIds']);
  const titles = new Map(approvals.map((a) => [a.approvalId, a.submission.title]));
  const toggle = (approvalId: string, on: boolean) => {
    setChosen((current) => (on ? [...current, approvalId] : current.filter((id) => id !== approvalId)));
    form.clearField('approvalIds');
  };

  return (
    <section className="card stack" aria-labelledby="external-event-title">
      <h2 id="external-event-title">External events</h2>
      <p className="muted small">
        When something happens outside the venue that a release plan waits for (another lab releases an equivalent
        model, say), record it here: the approvals you choose go under re-evaluation with the event as the reason.
      </p>
      {approvals.length === 0 ? (
        <p className="muted">No approval of this venue releases an artifact on an external event.</p>
      ) : (
        <form
          noValidate
          ref={form.formRef}
          aria-labelledby="external-event-title"
          onSubmit={(event) => {
            event.preventDefault();
            setOutcome(null);
            void form.submit({
              validate: () => validateExternalEvent({ description, approvalIds: chosen }),
              mutate: () => record({ variables: { venueId, description: description.trim(), approvalIds: chosen } }),
              onSuccess: (result) => {
                const answer = result.data?.recordExternalEvent;
                if (answer) setOutcome(eventOutcome(answer, titles));
                setDescription('');
                setChosen([]);
              },
            });
          }}
        >
          <FormError message={summary.message} problems={summary.problems} />
          <TextAreaField
            id={fieldId('description')}
            label="What happened"
            hint="In a sentence or two, with where and when; it becomes the reason of each re-evaluation."
            required
            rows={3}
            value={description}
            error={form.errorFor('description')}
            onChange={(event) => {
              setDescription(event.target.value);
              form.clearField('description');
            }}
          />
          <fieldset
            id={fieldId('approvalIds')}
            className="field"
            aria-invalid={form.errorFor('approvalIds') ? true : undefined}
            aria-describedby={form.errorFor('approvalIds') ? 'external-event-approvals-error' : undefined}
          >
            <legend>Approvals that wait for it</legend>
            {form.errorFor('approvalIds') ? (
              <p id="external-event-approvals-error" className="field__error">
                {form.errorFor('approvalIds')}
              </p>
            ) : null}
            <ul className="plain-list stack evented-approvals">
              {approvals.map((approval) => (
                <li key={approval.approvalId}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(approval.approvalId)}
                      onChange={(event) => toggle(approval.approvalId, event.target.checked)}
                    />
                    <span>
                      <strong>{approval.submission.title}</strong> <span className="muted small">({approval.stateLabel})</span>
                      {approval.events.map((e) => (
                        <span key={e.artifactName} className="small evented-approvals__event">
                          {e.artifactName}: released when “{e.releaseEvent}”
                        </span>
                      ))}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Recording…' : 'Record the event'}
            </button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {outcome ? (
          <div className="alert alert--success">
            <p>{outcome.summary}</p>
            {outcome.skipped.length > 0 ? (
              <ul>
                {outcome.skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
