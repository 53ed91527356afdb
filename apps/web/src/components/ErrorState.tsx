import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError } from '../lib/errors';

/** A page-level failure: what happened, and a way on (by default, back home). */
export function ErrorState({ error, title, children }: { error: unknown; title?: string; children?: ReactNode }) {
  const info = describeError(error);
  const heading = title ?? (info.code === 'NOT_FOUND' ? 'Not found' : 'Something went wrong');
  return (
    <section className="card error-state" role="alert">
      <h2>{heading}</h2>
      <p>{info.message}</p>
      {children ?? (
        <p>
          <Link to="/">Back to my submissions</Link>
        </p>
      )}
    </section>
  );
}
