// The venue's settings, shared by "create" and the settings tab. Checks run client-side with the
// same domain function the API runs, so most problems show before anything is sent.
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { labelOf, validateVenueInput, VENUE_KINDS } from '@impact-review/domain';
import type { VenueKind } from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import type { FieldProblem } from '../../lib/errors';
import type { MutationForm } from '../../lib/useMutationForm';
import { timeZoneOptions } from '../../lib/timeZones';

export interface VenueFormValues {
  name: string;
  shortName: string;
  kind: VenueKind;
  parentVenueId: string;
  timeZone: string;
  description: string;
  deadlines: { label: string; dueLocal: string }[];
  /** Authors see their review tier and the decisions on it. */
  tiersVisibleToAuthors: boolean;
}

export function venueProblems(values: VenueFormValues): FieldProblem[] {
  return validateVenueInput({ ...values, parentVenueId: values.parentVenueId || null });
}

interface Props {
  initial: VenueFormValues;
  mode: 'create' | 'edit';
  conferences?: readonly { id: string; name: string; shortName: string }[];
  form: MutationForm;
  submitLabel: string;
  onSubmit: (values: VenueFormValues) => void;
  extraActions?: ReactNode;
}

export function VenueForm({ initial, mode, conferences = [], form, submitLabel, onSubmit, extraActions }: Props) {
  const [values, setValues] = useState<VenueFormValues>(initial);
  const zones = useMemo(() => timeZoneOptions(), []);

  const set = <K extends keyof VenueFormValues>(key: K, value: VenueFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };
  const setDeadline = (index: number, patch: Partial<{ label: string; dueLocal: string }>) => {
    setValues((current) => ({
      ...current,
      deadlines: current.deadlines.map((d, i) => (i === index ? { ...d, ...patch } : d)),
    }));
    for (const key of Object.keys(patch)) form.clearField(`deadlines.${index}.${key}`);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <FormError message={form.formError} />
      {mode === 'create' ? (
        <fieldset>
          <legend>Kind of venue</legend>
          {VENUE_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => set('kind', kind)}
              />
              {labelOf(kind)}
            </label>
          ))}
          {form.errorFor('kind') ? <p className="field__error">{form.errorFor('kind')}</p> : null}
        </fieldset>
      ) : null}
      {mode === 'create' && values.kind === 'workshop' ? (
        <SelectField
          label="Held at conference"
          name="parentVenueId"
          required
          placeholder="Choose a conference"
          hint="The conference’s chairs approve the workshop before it is listed there; until then it stands on its own."
          options={conferences.map((c) => ({ value: c.id, label: `${c.shortName} — ${c.name}` }))}
          value={values.parentVenueId}
          error={form.errorFor('parentVenueId')}
          onChange={(event) => set('parentVenueId', event.target.value)}
        />
      ) : null}
      <div className="grid-2">
        <TextField
          label="Name"
          name="name"
          required
          value={values.name}
          error={form.errorFor('name')}
          onChange={(event) => set('name', event.target.value)}
        />
        <TextField
          label="Short name"
          name="shortName"
          required
          hint="Such as “NeurIPS 2025”."
          value={values.shortName}
          error={form.errorFor('shortName')}
          onChange={(event) => set('shortName', event.target.value)}
        />
      </div>
      <SelectField
        label="Time zone"
        name="timeZone"
        required
        hint="Deadlines are entered as wall-clock times in this zone."
        options={zones}
        value={values.timeZone}
        error={form.errorFor('timeZone')}
        onChange={(event) => set('timeZone', event.target.value)}
      />
      <TextAreaField
        label="Description"
        name="description"
        value={values.description}
        error={form.errorFor('description')}
        onChange={(event) => set('description', event.target.value)}
      />
      <fieldset>
        <legend>What authors see</legend>
        <label className="choice">
          <input
            type="checkbox"
            name="tiersVisibleToAuthors"
            checked={values.tiersVisibleToAuthors}
            aria-describedby="tiers-visible-hint"
            onChange={(event) => set('tiersVisibleToAuthors', event.target.checked)}
          />
          Show authors their review tier and the chairs’ decisions on it
        </label>
        <p id="tiers-visible-hint" className="muted small">
          When off, authors see neither the suggested nor the decided tier, and get no mail about tier decisions.
        </p>
      </fieldset>
      <fieldset>
        <legend>Deadlines</legend>
        {form.errorFor('deadlines') ? <p className="field__error">{form.errorFor('deadlines')}</p> : null}
        {values.deadlines.length === 0 ? <p className="muted">No deadlines yet.</p> : null}
        {values.deadlines.map((deadline, index) => (
          <div className="repeat-row" key={index}>
            <div className="grid-2">
              <TextField
                label={`Deadline ${index + 1} label`}
                value={deadline.label}
                error={form.errorFor(`deadlines.${index}.label`)}
                onChange={(event) => setDeadline(index, { label: event.target.value })}
              />
              <TextField
                label={`Deadline ${index + 1} due (local time)`}
                type="datetime-local"
                value={deadline.dueLocal}
                error={form.errorFor(`deadlines.${index}.dueLocal`)}
                onChange={(event) => setDeadline(index, { dueLocal: event.target.value.slice(0, 16) })}
              />
            </div>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() =>
                setValues((current) => ({ ...current, deadlines: current.deadlines.filter((_, i) => i !== index) }))
              }
            >
              Remove deadline {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setValues((current) => ({ ...current, deadlines: [...current.deadlines, { label: '', dueLocal: '' }] }))
          }
        >
          Add deadline
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : submitLabel}
        </button>
        {extraActions}
      </div>
    </form>
  );
}
