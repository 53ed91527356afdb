// The report's evidence: web addresses in rows the reporter adds and removes. Each row's error
// comes by its number (`evidenceLinks.2`), the list's own (too many) under the group.
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_EVIDENCE_LINKS } from '@impact-review/domain';
import { TextField } from '../../components/FormFields';

export interface LinkRow {
  /** Stable across removals, so React keeps each input with its own text. */
  key: number;
  url: string;
}

let lastKey = 0;
export function linkRow(url = ''): LinkRow {
  lastKey += 1;
  return { key: lastKey, url };
}

export const LINK_PATH = /^evidenceLinks\.\d+$/;

export function EvidenceLinksField({
  rows,
  onChange,
  errorFor,
  clearErrors,
}: {
  rows: readonly LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  errorFor: (path: string) => string | undefined;
  /** Clears the errors of one row, or of every row (after a removal, row numbers shift). */
  clearErrors: (index: number | 'all') => void;
}) {
  const ids = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding or removing a row, the focus goes to the row it concerns (or the add button).
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    (document.getElementById(`${ids}-${focusRow}`) ?? addRef.current)?.focus();
    setFocusRow(null);
  }, [focusRow, ids]);

  const listError = errorFor('evidenceLinks');
  return (
    <fieldset
      className="incident-links"
      aria-describedby={[`${ids}-hint`, listError ? `${ids}-error` : ''].join(' ').trim()}
    >
      <legend>Evidence links (optional)</legend>
      <p id={`${ids}-hint`} className="field__hint">
        Web addresses of posts, videos, articles or code that show it; up to {MAX_EVIDENCE_LINKS}.
      </p>
      {rows.map((row, i) => (
        <div key={row.key} className="incident-link">
          <TextField
            id={`${ids}-${i}`}
            label={`Link ${i + 1}`}
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            value={row.url}
            error={errorFor(`evidenceLinks.${i}`)}
            onChange={(event) => {
              const url = event.target.value;
              onChange(rows.map((r) => (r.key === row.key ? { ...r, url } : r)));
              clearErrors(i);
            }}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onChange(rows.filter((r) => r.key !== row.key));
              clearErrors('all');
              setFocusRow(i < rows.length - 1 ? i : i - 1);
            }}
          >
            Remove<span className="visually-hidden"> link {i + 1}</span>
          </button>
        </div>
      ))}
      {rows.length < MAX_EVIDENCE_LINKS ? (
        <button
          ref={addRef}
          type="button"
          className="button button--small"
          onClick={() => {
            onChange([...rows, linkRow()]);
            setFocusRow(rows.length);
          }}
        >
          Add a link
        </button>
      ) : (
        <p className="muted small">A report can have at most {MAX_EVIDENCE_LINKS} links.</p>
      )}
      {listError ? (
        <p id={`${ids}-error`} className="field__error">
          {listError}
        </p>
      ) : null}
    </fieldset>
  );
}
