import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError } from '../lib/errors';
import type { ErrorCode } from '../lib/errors';

/** Failures the same request may get past on a second try; the others need something else. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set([
  'NETWORK',
  'OVERLOADED',
  'INTERNAL_SERVER_ERROR',
  'TOO_MANY_REQUESTS',
  'UNKNOWN',
]);

/**
 * A page-level failure: what happened, a retry when one can help, and a way on (by default, back
 * home; `null` for none).
 */
export function ErrorState({
  error,
  title,
  onRetry,
  children,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const info = describeError(error);
  const heading = title ?? (info.code === 'NOT_FOUND' ? 'Not found' : 'Something went wrong');
  return (
    <section className="card error-state" role="alert">
      <h2>{heading}</h2>
      <p>{info.message}</p>
      {onRetry && RETRYABLE.has(info.code) ? (
        <p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : null}
      {children === undefined ? (
        <p>
          <Link to="/">Back to my submissions</Link>
        </p>
      ) : (
        children
      )}
    </section>
  );
}
