// The venue's continuing-review policy in its settings (chairs): how long an approval holds by the
// tier it was decided in (or that it does not expire), and the reminders before expiry, the first of
// which opens the re-evaluation. Checked with the domain's validateContinuingReviewPolicy before it
// is sent; the server's field errors (periodMonths.full, reminderDays.2, …) land on the same inputs.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  addMonths,
  labelOf,
  MAX_APPROVAL_MONTHS,
  MAX_REMINDER_DAYS,
  MAX_REMINDERS,
  normalisedReminderDays,
  TIERS,
  validateContinuingReviewPolicy,
  type ContinuingReviewPolicy,
  type Tier,
} from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import type { ContinuingReviewPolicyFieldsFragment } from '../../gql/graphql';
import { unplacedProblems } from '../../lib/errors';
import { fieldId } from '../../lib/fieldIds';
import { countOf, formatDate } from '../../lib/format';
import { useMutationForm } from '../../lib/useMutationForm';
import { ContinuingReviewPolicyQuery, UpdateContinuingReviewPolicyMutation } from './approvals.operations';
import './approvals.css';

export function ContinuingReviewSettings({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(ContinuingReviewPolicyQuery, { variables: { venueId } });
  // Bumped after a reload, so the editor starts over from the server's policy.
  const [generation, setGeneration] = useState(0);
  if (!data)
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Loading the continuing-review policy…"
      />
    );
  return (
    <ContinuingReviewPolicyEditor
      key={generation}
      venueId={data.venue.id}
      revision={data.venue.revision}
      policy={data.venue.continuingReviewPolicy}
      onReload={async () => {
        await refetch();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

/** The policy as edited: months as typed (a number input may be empty), and "does not expire" per tier. */
export interface PolicyDraft {
  months: Record<Tier, string>;
  noExpiry: Record<Tier, boolean>;
  reminderDays: number[];
}

export function draftOf(policy: ContinuingReviewPolicyFieldsFragment): PolicyDraft {
  const months = {} as Record<Tier, string>;
  const noExpiry = {} as Record<Tier, boolean>;
  for (const tier of TIERS) {
    const value = policy.periodMonths[tier];
    months[tier] = value === null ? '' : String(value);
    noExpiry[tier] = value === null;
  }
  return { months, noExpiry, reminderDays: normalisedReminderDays(policy.reminderDays) };
}

/** The policy as the domain checks it and the API takes it; an empty number is NaN, which the check refuses. */
export function policyOf(draft: PolicyDraft): ContinuingReviewPolicy {
  const periodMonths = {} as Record<Tier, number | null>;
  for (const tier of TIERS)
    periodMonths[tier] = draft.noExpiry[tier]
      ? null
      : draft.months[tier].trim() === ''
        ? Number.NaN
        : Number(draft.months[tier]);
  return { periodMonths, reminderDays: draft.reminderDays };
}

/** Where a reminder not yet added shows its problems (the domain's path for it is the next index). */
const NEW_REMINDER = 'reminderDays.new';
const focusAddField = () => document.getElementById(fieldId(NEW_REMINDER))?.focus();

export function ContinuingReviewPolicyEditor({
  venueId,
  revision,
  policy,
  onReload,
}: {
  venueId: string;
  revision: number;
  policy: ContinuingReviewPolicyFieldsFragment;
  onReload: () => Promise<void>;
}) {
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(policy));
  const [adding, setAdding] = useState('');
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateContinuingReviewPolicyMutation);
  const form = useMutationForm();
  const conflict = form.lastError?.code === 'CONFLICT';
  const today = new Date();

  const edit = (next: (current: PolicyDraft) => PolicyDraft, ...paths: string[]) => {
    setDraft(next);
    for (const path of paths) form.clearField(path);
    setSaved(false);
  };

  const reminderPaths = ['reminderDays', ...draft.reminderDays.map((_, i) => `reminderDays.${i}`)];
  const reminderErrors = reminderPaths
    .map((path) => {
      const message = form.errorFor(path);
      if (!message) return null;
      const index = Number(path.split('.')[1]);
      return Number.isInteger(index) ? `${draft.reminderDays[index]} days: ${message}` : message;
    })
    .filter((m): m is string => m !== null);
  // Every problem with the reminders shows on the field that adds one, where the focus goes.
  const remindersError =
    [...reminderErrors, form.errorFor(NEW_REMINDER)].filter(Boolean).join(' ') || undefined;
  const shownPaths = [...TIERS.map((t) => `periodMonths.${t}`), ...reminderPaths];
  const unplaced = unplacedProblems(form.lastError?.fieldErrors ?? [], shownPaths).map((p) => p.message);

  const addReminder = () => {
    const days = adding.trim() === '' ? Number.NaN : Number(adding);
    const candidate = [...draft.reminderDays, days];
    const newPath = `reminderDays.${candidate.length - 1}`;
    const problem = validateContinuingReviewPolicy({ ...policyOf(draft), reminderDays: candidate }).find(
      (p) => p.path === newPath || p.path === 'reminderDays',
    );
    if (problem) {
      form.setFieldErrors([
        ...Object.entries(form.fieldErrors).map(([path, message]) => ({ path, message })),
        { path: NEW_REMINDER, message: problem.message },
      ]);
      focusAddField();
      return;
    }
    edit((current) => ({ ...current, reminderDays: normalisedReminderDays(candidate) }), ...reminderPaths);
    form.clearField(NEW_REMINDER);
    setAdding('');
    focusAddField();
  };

  const remove = (days: number) => {
    edit(
      (current) => ({ ...current, reminderDays: current.reminderDays.filter((d) => d !== days) }),
      ...reminderPaths,
    );
    // The chip and its button are gone: the field to add one takes the focus.
    focusAddField();
  };

  return (
    <section className="card" aria-labelledby="continuing-review-title">
      <h2 id="continuing-review-title">Continuing review</h2>
      <p className="muted small">
        How long an approval holds before the committee reviews it again, by the tier it was decided in, and
        when its authors and the chairs are reminded before it expires. The re-evaluation opens with the first
        reminder; without a decision by the expiry, the approval lapses and work under it pauses. New periods
        apply to approvals granted or continued from now on; the reminders apply to every approval at once.
      </p>
      <div aria-live="polite">
        {saved && !form.lastError ? (
          <p className="alert alert--success">Continuing-review policy saved.</p>
        ) : null}
      </div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>
            Another chair changed the venue’s settings while you were editing. Reload to see theirs; your
            changes here will be discarded.
          </p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Reload the policy
          </button>
        </div>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          const next = policyOf(draft);
          void form.submit({
            validate: () => validateContinuingReviewPolicy(next),
            mutate: () =>
              update({
                variables: {
                  venueId,
                  policy: { periodMonths: next.periodMonths, reminderDays: [...next.reminderDays] },
                  expectedRevision: revision,
                },
              }),
            pathPrefix: 'policy.',
            onSuccess: () => setSaved(true),
          });
        }}
      >
        {conflict ? null : <FormError message={form.formError} problems={unplaced} />}
        <fieldset>
          <legend>How long an approval holds</legend>
          <p className="field__hint">
            In whole months, from 1 to {MAX_APPROVAL_MONTHS}; as an IRB’s, at least yearly for full review.
          </p>
          <div className="period-rows">
            {TIERS.map((tier) => {
              const path = `periodMonths.${tier}`;
              const id = fieldId(path);
              const error = form.errorFor(path);
              const months = policyOf(draft).periodMonths[tier];
              return (
                <div key={tier} className="period-row">
                  <span className="period-row__tier" id={`${id}-tier`}>
                    {labelOf(tier)} review
                  </span>
                  <div className="period-row__months">
                    <label htmlFor={id} className="visually-hidden">
                      Months an approval of {labelOf(tier).toLowerCase()} review holds
                    </label>
                    <input
                      id={id}
                      className="input input--number"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={MAX_APPROVAL_MONTHS}
                      disabled={draft.noExpiry[tier]}
                      value={draft.months[tier]}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={`${id}-detail${error ? ` ${id}-error` : ''}`}
                      onChange={(event) =>
                        edit(
                          (current) => ({
                            ...current,
                            months: { ...current.months, [tier]: event.target.value },
                          }),
                          path,
                        )
                      }
                    />
                    <span aria-hidden="true">months</span>
                  </div>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={draft.noExpiry[tier]}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        edit(
                          (current) => ({
                            ...current,
                            noExpiry: { ...current.noExpiry, [tier]: checked },
                            // Unticked with no months yet: start from the usual year.
                            months: {
                              ...current.months,
                              [tier]: !checked && current.months[tier] === '' ? '12' : current.months[tier],
                            },
                          }),
                          path,
                          'reminderDays',
                        );
                      }}
                    />
                    Does not expire
                    <span className="visually-hidden"> ({labelOf(tier).toLowerCase()} review)</span>
                  </label>
                  <p id={`${id}-detail`} className="field__hint period-row__detail">
                    {months === null
                      ? 'No continuing review: the approval holds until it is closed or ended.'
                      : Number.isInteger(months) && months >= 1 && months <= MAX_APPROVAL_MONTHS
                        ? `${countOf(months, 'month')}: granted today, it would hold until ${formatDate(addMonths(today, months).toISOString())}.`
                        : 'Months an approval holds.'}
                  </p>
                  {error ? (
                    <p id={`${id}-error`} className="field__error period-row__detail">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>

        <fieldset id={fieldId('reminderDays')} aria-describedby="reminders-hint">
          <legend>Reminders before expiry</legend>
          <p id="reminders-hint" className="field__hint">
            Days before the expiry on which the authors and the chairs are reminded, at most {MAX_REMINDERS}.
            Universities use 90, 60 and 30, or 60, 30, 14, 7 and 1.
          </p>
          {draft.reminderDays.length === 0 ? (
            <p className="muted small">
              No reminders: the re-evaluation opens at the expiry, when the approval lapses.
            </p>
          ) : (
            <ul className="reminder-chips" aria-label="Reminders, earliest first">
              {draft.reminderDays.map((days, i) => (
                <li
                  key={days}
                  className={`reminder-chip${form.errorFor(`reminderDays.${i}`) ? ' reminder-chip--invalid' : ''}`}
                >
                  {countOf(days, 'day')}
                  <button
                    type="button"
                    aria-label={`Remove the reminder ${countOf(days, 'day')} before expiry`}
                    onClick={() => remove(days)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="reminder-add">
            <TextField
              id={fieldId(NEW_REMINDER)}
              label="Add a reminder"
              hint={`Days before expiry, from 1 to ${MAX_REMINDER_DAYS}.`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_REMINDER_DAYS}
              value={adding}
              error={remindersError}
              onChange={(event) => {
                setAdding(event.target.value);
                form.clearField(NEW_REMINDER);
              }}
              onKeyDown={(event) => {
                // Enter adds the reminder; saving the whole policy is the button's.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addReminder();
                }
              }}
            />
            <button type="button" className="button" onClick={addReminder}>
              Add reminder
            </button>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save the continuing-review policy'}
          </button>
        </div>
      </form>
    </section>
  );
}
