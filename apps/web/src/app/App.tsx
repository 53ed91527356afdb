import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/Loading';
import { useAuth } from '../features/auth/AuthContext';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { LandingPage } from '../features/home/LandingPage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Pages behind sign-in load on demand, so the sign-in page appears without the editor's code.
const MySubmissionsPage = lazy(() =>
  import('../features/submissions/MySubmissionsPage').then((m) => ({ default: m.MySubmissionsPage })),
);
const EditSubmissionPage = lazy(() =>
  import('../features/submissions/EditSubmissionPage').then((m) => ({ default: m.EditSubmissionPage })),
);
const SubmissionPage = lazy(() =>
  import('../features/submissions/SubmissionPage').then((m) => ({ default: m.SubmissionPage })),
);
const ApprovalTimelinePage = lazy(() =>
  import('../features/approvals/ApprovalTimelinePage').then((m) => ({ default: m.ApprovalTimelinePage })),
);
const ReviewPage = lazy(() => import('../features/reviews/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const InvitationPage = lazy(() =>
  import('../features/venues/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const NewVenuePage = lazy(() => import('../features/venues/NewVenuePage').then((m) => ({ default: m.NewVenuePage })));
const VenuePage = lazy(() => import('../features/venues/VenuePage').then((m) => ({ default: m.VenuePage })));
const NotificationSettingsPage = lazy(() =>
  import('../features/notifications/NotificationSettingsPage').then((m) => ({ default: m.NotificationSettingsPage })),
);
const UnsubscribePage = lazy(() =>
  import('../features/notifications/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })),
);
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const CalendarSettingsPage = lazy(() =>
  import('../features/calendar/CalendarSettingsPage').then((m) => ({ default: m.CalendarSettingsPage })),
);
const PublicApprovalPage = lazy(() =>
  import('../features/registry/PublicApprovalPage').then((m) => ({ default: m.PublicApprovalPage })),
);
const RegistryPage = lazy(() =>
  import('../features/registry/RegistryPage').then((m) => ({ default: m.RegistryPage })),
);
const ConfirmIncidentPage = lazy(() =>
  import('../features/registry/ConfirmIncidentPage').then((m) => ({ default: m.ConfirmIncidentPage })),
);

function Page({ children, signedIn = true }: { children: ReactNode; signedIn?: boolean }) {
  const page = <Suspense fallback={<Loading label="Loading the page…" />}>{children}</Suspense>;
  return signedIn ? <RequireAuth>{page}</RequireAuth> : page;
}

/** `/`: the landing page for visitors, the person's own submissions once signed in. */
function Home() {
  const { viewer, loading } = useAuth();
  if (loading) return <Loading label="Loading…" />;
  return viewer ? (
    <Page>
      <MySubmissionsPage />
    </Page>
  ) : (
    <LandingPage />
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/sign-up/:token" element={<SignUpPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        {/* Public: the invitation page offers to create an account inline. */}
        <Route
          path="/invitations/:token"
          element={
            <Page signedIn={false}>
              <InvitationPage />
            </Page>
          }
        />
        {/* Public: an unsubscribe link from a mail works without signing in (it is signed). */}
        <Route
          path="/unsubscribe/:token"
          element={
            <Page signedIn={false}>
              <UnsubscribePage />
            </Page>
          }
        />
        {/* Public: the release registry, an approved work's page, and the link that confirms an incident report. */}
        <Route
          path="/registry/:venueId"
          element={
            <Page signedIn={false}>
              <RegistryPage />
            </Page>
          }
        />
        <Route
          path="/approvals/:id"
          element={
            <Page signedIn={false}>
              <PublicApprovalPage />
            </Page>
          }
        />
        <Route
          path="/incidents/confirm/:token"
          element={
            <Page signedIn={false}>
              <ConfirmIncidentPage />
            </Page>
          }
        />
        <Route index element={<Home />} />
        <Route
          path="/settings"
          element={
            <Page>
              <SettingsLayout />
            </Page>
          }
        >
          <Route index element={<Navigate to="notifications" replace />} />
          <Route path="notifications" element={<NotificationSettingsPage />} />
          <Route path="calendar" element={<CalendarSettingsPage />} />
        </Route>
        <Route
          path="/admin"
          element={
            <Page>
              <AdminPage />
            </Page>
          }
        />
        <Route
          path="/venues/new"
          element={
            <Page>
              <NewVenuePage />
            </Page>
          }
        />
        <Route
          path="/venues/:id/*"
          element={
            <Page>
              <VenuePage />
            </Page>
          }
        />
        <Route
          path="/submissions/:id/edit"
          element={
            <Page>
              <EditSubmissionPage />
            </Page>
          }
        />
        {/* Reminder mails link here: the assigned reviewer's own review of the statement. */}
        <Route
          path="/submissions/:id/review"
          element={
            <Page>
              <ReviewPage />
            </Page>
          }
        />
        {/* The approval's history, for those who may read its decision (the server filters the entries). */}
        <Route
          path="/submissions/:id/timeline"
          element={
            <Page>
              <ApprovalTimelinePage />
            </Page>
          }
        />
        <Route
          path="/submissions/:id"
          element={
            <Page>
              <SubmissionPage />
            </Page>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
