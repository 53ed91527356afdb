import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The way on from a public page: the home page lists every venue with its release registry. */
export function HomeLink() {
  return (
    <p>
      <Link to="/">Go to the Impact Review home page</Link>, where every venue is listed with its release
      registry.
    </p>
  );
}

/** A public address that leads nowhere (mistyped, withdrawn, used up), as a page of its own with a way on. */
export function PublicNotFound({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <section className="card narrow" aria-labelledby="public-not-found-title">
      <h1 id="public-not-found-title">{title}</h1>
      {children}
      <HomeLink />
    </section>
  );
}
