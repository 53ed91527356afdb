import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../features/auth/AuthContext';

export function Layout() {
  const { viewer, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // After client-side navigation, start the new page at its top and move focus there, so screen
  // readers announce it and keyboard users do not have to tab through the header again.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              IR
            </span>
            Impact Review
          </Link>
          {viewer ? (
            <nav aria-label="Main" className="site-nav">
              <NavLink to="/" end>
                My submissions
              </NavLink>
              {viewer.canCreateVenues ? <NavLink to="/venues/new">New venue</NavLink> : null}
              {viewer.siteAdmin ? <NavLink to="/admin">Administration</NavLink> : null}
            </nav>
          ) : null}
          <div className="site-header__account">
            {viewer ? (
              <>
                <span className="site-header__name">{viewer.name}</span>
                <NavLink to="/settings/notifications" aria-label="Email notification settings">
                  Emails
                </NavLink>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={async () => {
                    await signOut();
                    navigate('/sign-in');
                  }}
                >
                  Sign out
                </button>
              </>
            ) : (
              <>
                <NavLink to="/sign-in">Sign in</NavLink>
                <NavLink to="/register" className="button button--primary button--small">
                  Create an account
                </NavLink>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Impact Review: structured review of research impact statements.</p>
      </footer>
    </div>
  );
}
