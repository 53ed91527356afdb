// The venue's standard conditions, in its settings: the wording chairs pick from when they approve
// with conditions, each with a stable slug id and whether it needs an artifact or a due date.
// Checked with the domain's validateConditionLibrary before saving, the same check the server runs.
import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { MAX_CONDITION_LIBRARY_ID, validateConditionLibrary } from '@impact-review/domain';
import type { ConditionLibraryEntry } from '@impact-review/domain';
import type { DecisionSettingsFieldsFragment } from '../../gql/graphql';
import { FormError, TextAreaField, TextField } from '../../components/FormFields';
import { unplacedProblems } from '../../lib/errors';
import { fieldId } from '../../lib/fieldIds';
import { useMutationForm } from '../../lib/useMutationForm';
import { UpdateConditionLibraryMutation } from './decisions.operations';

interface EntryDraft extends ConditionLibraryEntry {
  key: string;
  /** The id follows the text until the chair writes one (new entries only). */
  idTouched: boolean;
}

let nextKey = 0;
const newKey = () => `library-${(nextKey += 1)}`;

/** "Watermark generated audio." → "watermark-generated-audio": a first suggestion for the id. */
export function slugOf(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z0-9]+/g);
  if (!words) return '';
  let slug = '';
  for (const word of words.slice(0, 6)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_CONDITION_LIBRARY_ID) break;
    slug = next;
  }
  return slug;
}

export function ConditionLibraryEditor({
  venueId,
  settings,
  onSaved,
  onReload,
}: {
  venueId: string;
  settings: DecisionSettingsFieldsFragment;
  onSaved: (settings: DecisionSettingsFieldsFragment) => void;
  onReload: () => void | Promise<void>;
}) {
  const [entries, setEntries] = useState<EntryDraft[]>(() =>
    settings.conditionLibrary.map((e) => ({
      key: newKey(),
      id: e.id,
      text: e.text,
      needsArtifact: e.needsArtifact,
      needsDueDate: e.needsDueDate,
      idTouched: true,
    })),
  );
  const [saved, setSaved] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [update] = useMutation(UpdateConditionLibraryMutation);
  const form = useMutationForm();
  const plain = (): ConditionLibraryEntry[] =>
    entries.map(({ id, text, needsArtifact, needsDueDate }) => ({
      id: id.trim(),
      text: text.trim(),
      needsArtifact,
      needsDueDate,
    }));
  const conflict = form.lastError?.code === 'CONFLICT';

  useEffect(() => {
    if (!focusKey) return;
    listRef.current?.querySelector<HTMLElement>(`[data-entry="${focusKey}"] textarea`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const change = (index: number, patch: Partial<EntryDraft>, field: string) => {
    setEntries((current) =>
      current.map((entry, i) => {
        if (i !== index) return entry;
        const next = { ...entry, ...patch };
        if (field === 'text' && !entry.idTouched) next.id = slugOf(next.text);
        return next;
      }),
    );
    form.clearField(`library.${index}.${field}`);
    if (field === 'text') form.clearField(`library.${index}.id`);
    setSaved(false);
  };
  const known = ['library', ...entries.flatMap((_, i) => [`library.${i}.id`, `library.${i}.text`])];
  const unplaced = unplacedProblems(form.lastError?.fieldErrors ?? [], known).map((p) => p.message);

  return (
    <section className="card" aria-labelledby="condition-library-title">
      <h2 id="condition-library-title">Standard conditions</h2>
      <p className="muted small">
        Conditions chairs pick from when they approve a statement with conditions, so the same requirement is
        worded the same way. A decision keeps a copy: changing an entry here does not change decisions already
        made.
      </p>
      <p className="muted small" id="library-id-hint">
        Each condition has an id in lower-case words joined by hyphens, such as “watermark-generated-audio”;
        decisions keep it to say which standard condition they started from. A new condition’s id follows its
        text until you change it.
      </p>
      <div aria-live="polite">
        {saved && !form.lastError ? <p className="alert alert--success">Standard conditions saved.</p> : null}
      </div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>
            Another chair changed the decision settings meanwhile. Reload to see theirs; your changes here
            will be discarded.
          </p>
          <button type="button" className="button button--small" onClick={() => void onReload()}>
            Reload the standard conditions
          </button>
        </div>
      ) : null}
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form.submit({
            validate: () => validateConditionLibrary(plain()),
            mutate: () =>
              update({ variables: { venueId, entries: plain(), expectedRevision: settings.revision } }),
            onSuccess: (result) => {
              const next = result.data?.updateConditionLibrary;
              if (next) onSaved(next);
              setEntries((current) => current.map((entry) => ({ ...entry, idTouched: true })));
              setSaved(true);
            },
          });
        }}
      >
        {conflict ? null : <FormError message={form.formError} problems={unplaced} />}
        {form.errorFor('library') ? <p className="field__error">{form.errorFor('library')}</p> : null}
        {entries.length === 0 ? <p className="muted">No standard conditions.</p> : null}
        <ol className="condition-list" ref={listRef}>
          {entries.map((entry, i) => {
            const n = i + 1;
            return (
              <li key={entry.key} className="repeat-row" data-entry={entry.key}>
                <TextAreaField
                  id={fieldId(`library.${i}.text`)}
                  label={`Condition ${n}`}
                  rows={3}
                  value={entry.text}
                  error={form.errorFor(`library.${i}.text`)}
                  onChange={(event) => change(i, { text: event.target.value }, 'text')}
                />
                <div className="library-entry__details">
                  <TextField
                    id={fieldId(`library.${i}.id`)}
                    label={`Condition ${n}: id`}
                    aria-describedby={
                      form.errorFor(`library.${i}.id`)
                        ? `${fieldId(`library.${i}.id`)}-error library-id-hint`
                        : 'library-id-hint'
                    }
                    value={entry.id}
                    spellCheck={false}
                    autoCapitalize="none"
                    error={form.errorFor(`library.${i}.id`)}
                    onChange={(event) => change(i, { id: event.target.value, idTouched: true }, 'id')}
                  />
                  <fieldset>
                    <legend>When chairs pick condition {n}, they must give</legend>
                    <div className="library-entry__checks">
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={entry.needsArtifact}
                          onChange={(event) =>
                            change(i, { needsArtifact: event.target.checked }, 'needsArtifact')
                          }
                        />
                        The artifact it applies to
                      </label>
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={entry.needsDueDate}
                          onChange={(event) =>
                            change(i, { needsDueDate: event.target.checked }, 'needsDueDate')
                          }
                        />
                        A due date
                      </label>
                    </div>
                  </fieldset>
                </div>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => {
                    setEntries((current) => current.filter((_, j) => j !== i));
                    form.reset();
                    setSaved(false);
                  }}
                >
                  Remove condition {n}
                </button>
              </li>
            );
          })}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const key = newKey();
              setEntries((current) => [
                ...current,
                { key, id: '', text: '', needsArtifact: false, needsDueDate: false, idTouched: false },
              ]);
              setFocusKey(key);
              setSaved(false);
            }}
          >
            Add a standard condition
          </button>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save the standard conditions'}
          </button>
        </div>
      </form>
    </section>
  );
}
