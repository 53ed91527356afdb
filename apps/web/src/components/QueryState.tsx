// The one triage of a query's result: loading, failed, empty, or the content. Pages render it where
// the content goes (with a render function) or return it while there is no data yet.
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

/** What QueryState reads from a `useQuery` (or `useLazyQuery`) result. */
export interface QueryResultLike<T> {
  loading: boolean;
  error?: unknown;
  data?: T | undefined;
  /** Offered as "Try again" when the failure is one a retry can fix. */
  refetch?: () => unknown;
}

export interface QueryStateProps<T> {
  query: QueryResultLike<T>;
  /** Said while the first answer is on its way, e.g. "Loading your submissions…". */
  loadingLabel?: string;
  /** Heading of the failure (default: "Not found" or "Something went wrong"). */
  errorTitle?: string;
  /** The way on shown under a failure (default: a link home). */
  errorAction?: ReactNode;
  /** When true for the data, `empty` is shown instead of the content. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** The content; without it QueryState renders nothing once there is data. */
  children?: (data: T) => ReactNode;
}

/**
 * Loading until the first answer (stale data stays visible while refetching), then a failure with
 * a retry, the empty state, or the content.
 */
export function QueryState<T>({
  query,
  loadingLabel,
  errorTitle,
  errorAction,
  isEmpty,
  empty,
  children,
}: QueryStateProps<T>) {
  const { data, loading, error, refetch } = query;
  if (data === undefined || data === null) {
    if (loading) return <Loading label={loadingLabel} />;
    if (!error) return null;
    return (
      <ErrorState error={error} title={errorTitle} onRetry={refetch ? () => void refetch() : undefined}>
        {errorAction}
      </ErrorState>
    );
  }
  if (isEmpty?.(data)) {
    return (
      <div className="card empty" role="status">
        {empty ?? <p>Nothing here yet.</p>}
      </div>
    );
  }
  return <>{children?.(data) ?? null}</>;
}
