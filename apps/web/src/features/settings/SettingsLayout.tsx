import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../components/Loading';
import './settings.css';

/** The signed-in person's settings: one tab per page, so each page links to the others. */
export function SettingsLayout() {
  return (
    <>
      <nav className="tabs settings-tabs" aria-label="Settings">
        <NavLink to="/settings/notifications">Email notifications</NavLink>
        <NavLink to="/settings/calendar">Calendar feeds</NavLink>
      </nav>
      <Suspense fallback={<Loading label="Loading the page…" />}>
        <Outlet />
      </Suspense>
    </>
  );
}
