import type { ErrorCode } from '../lib/errors';
import { formatTime } from '../lib/format';
import type { AutosaveStatus } from '../lib/useAutosave';

const WHY_RETRYING: Partial<Record<ErrorCode, string>> = {
  NETWORK: 'the connection is down',
  OVERLOADED: 'the server is busy',
  TOO_MANY_REQUESTS: 'the server is busy',
  INTERNAL_SERVER_ERROR: 'the server had a problem',
};

/**
 * What is saved and what is not, in words; the state is never shown by colour alone. With the time
 * of the last save (an ISO instant), "saved" says when.
 */
export function saveStatusText(status: AutosaveStatus, code?: ErrorCode, savedAt?: string | null): string {
  switch (status) {
    case 'saved':
      return savedAt ? `Saved at ${formatTime(savedAt)}` : 'All changes saved';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return `Not saved yet: ${(code && WHY_RETRYING[code]) ?? 'saving failed'}. Trying again shortly.`;
    case 'error':
      return 'Not saved';
    case 'conflict':
      return 'Not saved: the draft was changed elsewhere';
  }
}

/** The editor's save state, announced politely to screen readers as it changes, with what to do next. */
export function SaveStatus({
  status,
  errorCode,
  detail,
  onReload,
  onRetry,
  savedAt,
}: {
  status: AutosaveStatus;
  errorCode?: ErrorCode | undefined;
  detail?: string | undefined;
  /** When the last save happened (an ISO instant); "saved" then says when. */
  savedAt?: string | null;
  onReload?: () => void;
  onRetry?: () => void;
}) {
  return (
    <div className="save-status-row">
      <p
        role="status"
        aria-live="polite"
        className={`save-status save-status--${status}`}
        data-testid="save-status"
      >
        {saveStatusText(status, errorCode, savedAt)}
        {detail && status === 'error' ? <span>: {detail}</span> : null}
      </p>
      {status === 'conflict' && onReload ? (
        <button type="button" className="button button--small" onClick={onReload}>
          Reload latest draft
        </button>
      ) : null}
      {(status === 'error' || status === 'retrying') && onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {status === 'retrying' ? 'Retry now' : 'Retry saving'}
        </button>
      ) : null}
    </div>
  );
}
