// Which artifacts a suspension stops, as checkboxes: none ticked (or all) suspends the whole
// approval, some suspend only their releases (a partial suspension, as 45 CFR 46.113 allows). The
// approval panel and the triage of an incident report both suspend with it.
import { countOf } from '../../lib/format';
import './approvals.css';

export interface ApprovalArtifact {
  key: string;
  name: string;
}

/** Whether ticking `selected` of `artifacts` suspends only some releases rather than the whole approval. */
export function isPartial(selected: readonly string[], artifacts: readonly ApprovalArtifact[]): boolean {
  return selected.length > 0 && selected.length < artifacts.length;
}

export function SuspendedArtifactsField({
  id,
  artifacts,
  selected,
  onChange,
  error,
}: {
  /** The first checkbox's id (where a failed submit puts the focus); the others derive from it. */
  id: string;
  artifacts: readonly ApprovalArtifact[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  error: string | undefined;
}) {
  const partial = isPartial(selected, artifacts);
  const toggle = (key: string, on: boolean) =>
    // Kept in the artifacts' order, whatever the order of the clicks.
    onChange(artifacts.map((a) => a.key).filter((k) => (k === key ? on : selected.includes(k))));
  return (
    <fieldset className={`approval-artifacts${error ? ' approval-artifacts--invalid' : ''}`}>
      <legend>What is suspended</legend>
      <p id={`${id}-hint`} className="field__hint">
        Tick the artifacts whose release stops. With none ticked, the whole approval is suspended.
      </p>
      <div className="approval-artifacts__choices">
        {artifacts.map((artifact, i) => (
          <label key={artifact.key} className="choice">
            <input
              id={i === 0 ? id : `${id}-${artifact.key}`}
              type="checkbox"
              checked={selected.includes(artifact.key)}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
              onChange={(event) => toggle(artifact.key, event.target.checked)}
            />
            {artifact.name}
          </label>
        ))}
      </div>
      <p className="approval-artifacts__scope" aria-live="polite">
        {partial
          ? `Only the release of ${countOf(selected.length, 'artifact')} stops; the rest of the approval holds.`
          : `${selected.length === 0 ? 'Nothing ticked' : 'Every artifact ticked'}: the whole approval is suspended.`}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
