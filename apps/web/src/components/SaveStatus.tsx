import type { AutosaveStatus } from '../lib/useAutosave';

const TEXT: Readonly<Record<AutosaveStatus, string>> = {
  idle: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
  conflict: 'Conflict: reload',
};

/** The editor's save state, announced politely to screen readers as it changes. */
export function SaveStatus({
  status,
  detail,
  onReload,
  onRetry,
}: {
  status: AutosaveStatus;
  detail?: string | undefined;
  onReload?: () => void;
  onRetry?: () => void;
}) {
  return (
    <div className="row">
      <p role="status" aria-live="polite" className={`save-status save-status--${status}`} data-testid="save-status">
        {TEXT[status]}
        {detail && (status === 'error' || status === 'conflict') ? <span className="visually-hidden">: {detail}</span> : null}
      </p>
      {status === 'conflict' && onReload ? (
        <button type="button" className="button button--small" onClick={onReload}>
          Reload latest draft
        </button>
      ) : null}
      {status === 'error' && onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          Retry saving
        </button>
      ) : null}
    </div>
  );
}
