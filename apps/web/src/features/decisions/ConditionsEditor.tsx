// The conditions of an approval with conditions: picked from the venue's standard conditions (their
// wording may be adapted; an entry that is about one artifact, or due once, asks for it) or written
// for this decision. Each can be tied to one artifact and given a due date; removed with a button.
import { useEffect, useState } from 'react';
import type { Artifact, ConditionLibraryEntry } from '@impact-review/domain';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { Badge } from '../../components/TierBadge';
import { fieldId } from '../../lib/fieldIds';

export interface ConditionDraft {
  /** Stable across removals, for React and for focusing a new row. */
  key: string;
  libraryId: string | null;
  text: string;
  /** '' for the whole work. */
  artifactKey: string;
  /** YYYY-MM-DD, or '' for none. */
  dueOn: string;
}

let nextKey = 0;
export const newConditionKey = () => `condition-${(nextKey += 1)}`;

export function ConditionsEditor({
  conditions,
  library,
  artifacts,
  today,
  onChange,
  errorFor,
}: {
  conditions: readonly ConditionDraft[];
  library: readonly ConditionLibraryEntry[];
  artifacts: readonly Artifact[];
  today: string;
  onChange: (conditions: ConditionDraft[], changedPath: string) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const [picked, setPicked] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const entries = new Map(library.map((entry) => [entry.id, entry]));
  const groupError = errorFor('conditions');

  // A new condition takes the focus on what it still needs: its artifact, its date, or its text.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const add = (draft: Omit<ConditionDraft, 'key'>, entry?: ConditionLibraryEntry) => {
    const index = conditions.length;
    onChange([...conditions, { key: newConditionKey(), ...draft }], 'conditions');
    const next = entry?.needsArtifact ? 'artifactKey' : entry?.needsDueDate ? 'dueOn' : 'text';
    setFocusId(fieldId(`conditions.${index}.${next}`));
  };
  const update = (index: number, patch: Partial<ConditionDraft>, field: string) =>
    onChange(
      conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)),
      `conditions.${index}.${field}`,
    );
  const artifactOptions = [
    { value: '', label: 'The whole work' },
    ...artifacts.map((a) => ({ value: a.key, label: a.name.trim() || a.key })),
  ];

  return (
    <fieldset className="conditions" id={fieldId('conditions')}>
      <legend>Conditions of approval</legend>
      <p className="field__hint">
        The authors must meet every condition for the approval to hold. Standard conditions keep the wording
        the same across decisions; adapt it where this work needs it.
      </p>
      {groupError ? (
        <p id="conditions-error" className="field__error">
          {groupError}
        </p>
      ) : null}
      {conditions.length === 0 ? <p className="muted">No conditions yet.</p> : null}
      <ol className="condition-list">
        {conditions.map((condition, i) => {
          const entry = condition.libraryId ? entries.get(condition.libraryId) : undefined;
          const custom = condition.libraryId === null;
          const showArtifact = custom || Boolean(entry?.needsArtifact) || condition.artifactKey !== '';
          const showDue = custom || Boolean(entry?.needsDueDate) || condition.dueOn !== '';
          const n = i + 1;
          return (
            <li key={condition.key} className="repeat-row condition">
              <p className="condition__kind">
                {custom ? (
                  <Badge>Written for this decision</Badge>
                ) : (
                  <Badge tone="info">Standard condition</Badge>
                )}
              </p>
              <TextAreaField
                id={fieldId(`conditions.${i}.text`)}
                label={`Condition ${n}`}
                rows={3}
                value={condition.text}
                error={errorFor(`conditions.${i}.text`)}
                onChange={(event) => update(i, { text: event.target.value }, 'text')}
              />
              {showArtifact || showDue ? (
                <div className="grid-2">
                  {showArtifact ? (
                    <SelectField
                      id={fieldId(`conditions.${i}.artifactKey`)}
                      label={`Condition ${n}: applies to`}
                      required={entry?.needsArtifact}
                      hint={
                        entry?.needsArtifact ? 'This condition is about one artifact: choose it.' : undefined
                      }
                      options={artifactOptions}
                      value={condition.artifactKey}
                      error={errorFor(`conditions.${i}.artifactKey`)}
                      onChange={(event) => update(i, { artifactKey: event.target.value }, 'artifactKey')}
                    />
                  ) : null}
                  {showDue ? (
                    <TextField
                      id={fieldId(`conditions.${i}.dueOn`)}
                      label={`Condition ${n}: due by`}
                      type="date"
                      min={today}
                      required={entry?.needsDueDate}
                      hint={
                        entry?.needsDueDate
                          ? 'Met once, by this date.'
                          : 'Optional: leave empty while the approval lasts.'
                      }
                      value={condition.dueOn}
                      error={errorFor(`conditions.${i}.dueOn`)}
                      onChange={(event) => update(i, { dueOn: event.target.value }, 'dueOn')}
                    />
                  ) : null}
                </div>
              ) : null}
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() =>
                  onChange(
                    conditions.filter((_, j) => j !== i),
                    'conditions',
                  )
                }
              >
                Remove condition {n}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="condition-add">
        {library.length > 0 ? (
          <div className="condition-add__library">
            <SelectField
              label="Standard condition"
              placeholder="Choose a standard condition"
              options={library.map((entry) => ({ value: entry.id, label: entry.text }))}
              value={picked}
              aria-invalid={groupError ? true : undefined}
              onChange={(event) => setPicked(event.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              disabled={picked === ''}
              onClick={() => {
                const entry = entries.get(picked);
                if (!entry) return;
                add({ libraryId: entry.id, text: entry.text.trim(), artifactKey: '', dueOn: '' }, entry);
                setPicked('');
              }}
            >
              Add this condition
            </button>
          </div>
        ) : (
          <p className="muted small">
            The venue has no standard conditions; the chairs can add some in its settings.
          </p>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => add({ libraryId: null, text: '', artifactKey: '', dueOn: '' })}
        >
          Write a condition
        </button>
      </div>
    </fieldset>
  );
}

/** Every path an input of the conditions shows an error on. */
export function conditionPaths(conditions: readonly ConditionDraft[]): string[] {
  return [
    'conditions',
    ...conditions.flatMap((_, i) =>
      ['text', 'artifactKey', 'dueOn'].map((field) => `conditions.${i}.${field}`),
    ),
  ];
}
