import { NavLink, Route, Routes, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { labelOf } from '@impact-review/domain';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import type { VenueDetailsFragment } from '../../gql/graphql';
import { VenueQuery } from './venue.operations';
import { VenueOverview } from './VenueOverview';
import { VenueDashboard } from './VenueDashboard';
import { VenueMembers } from './VenueMembers';
import { PoolImport } from '../reviewers/PoolImport';
import { ReviewerPool } from '../reviewers/ReviewerPool';
import { ReviewerProfilePage } from '../reviewers/ReviewerProfilePage';
import { VenueRules } from './VenueRules';
import { VenueDecisionSettings } from '../decisions/VenueDecisionSettings';
import { VenueSettings } from './VenueSettings';
import { VenueJobs } from '../jobs/VenueJobs';
import { VenueHistory } from '../audit/VenueHistory';
import { AssignmentPage } from '../assignment/AssignmentPage';
import { ReviewingPage } from '../assignment/ReviewingPage';
import { ReviewForms } from '../reviews/ReviewFormEditor';
import { ReviewProgressCard } from '../reviews/ReviewProgressCard';
import { ReviewSettings } from '../reviews/ReviewSettings';
import { VenueMeetings } from '../meetings/VenueMeetings';
import { ContinuingReviewPage } from '../continuing-review/ContinuingReviewPage';

/** The venue's pages that only its chairs see, and what each is called in the notice. */
const CHAIRS_ONLY: Readonly<Record<string, string>> = {
  dashboard: 'the dashboard',
  'continuing-review': 'the continuing review and incident reports',
  members: 'the members and invitations',
  assignment: 'the assignment of reviewers',
  settings: 'the settings',
  jobs: 'the outgoing mail and jobs',
  history: 'the history',
};

function ChairsOnly({ what, venue }: { what: string; venue: VenueDetailsFragment }) {
  return (
    <div className="stack">
      <p className="alert alert--info" role="status">
        Only the chairs of {venue.shortName} see {what}. Here is the venue’s overview instead.
      </p>
      <VenueOverview venue={venue} />
    </div>
  );
}

export function VenuePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VenueQuery, { variables: { id } });
  useDocumentTitle(data?.venue.shortName ?? 'Venue');
  if (!data)
    return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the venue…" />;
  const venue = data.venue;
  const isChair = venue.myRoles.includes('chair');
  const isReviewer = venue.myRoles.includes('expert_reviewer') || venue.myRoles.includes('community_reviewer');

  return (
    <div>
      <header className="page-header">
        <div>
          <p className="muted small">
            {labelOf(venue.kind)}
            {venue.parentVenue ? ` at ${venue.parentVenue.shortName}` : ''}
            {venue.awaitingApprovalBy ? ` · awaiting approval by ${venue.awaitingApprovalBy.shortName}` : ''}
          </p>
          <h1>{venue.name}</h1>
          <div className="row">
            <Badge tone="info">{venue.shortName}</Badge>
            {venue.myRoles.map((role) => (
              <Badge key={role}>{labelOf(role)}</Badge>
            ))}
          </div>
        </div>
      </header>
      <nav className="tabs" aria-label="Venue sections">
        <NavLink to={`/venues/${id}`} end>
          Overview
        </NavLink>
        {isChair ? (
          <>
            <NavLink to={`/venues/${id}/dashboard`}>Dashboard</NavLink>
            <NavLink to={`/venues/${id}/continuing-review`}>Continuing review</NavLink>
            <NavLink to={`/venues/${id}/members`}>Members &amp; invitations</NavLink>
            <NavLink to={`/venues/${id}/assignment`}>Assignment</NavLink>
            <NavLink to={`/venues/${id}/settings`}>Settings</NavLink>
            <NavLink to={`/venues/${id}/history`}>History</NavLink>
            <NavLink to={`/venues/${id}/jobs`}>Mail &amp; jobs</NavLink>
          </>
        ) : null}
        {isReviewer ? (
          <>
            <NavLink to={`/venues/${id}/reviewing`}>My reviewing</NavLink>
            <NavLink to={`/venues/${id}/profile`}>My reviewer profile</NavLink>
          </>
        ) : null}
        {isChair || isReviewer ? <NavLink to={`/venues/${id}/meetings`}>Meetings</NavLink> : null}
      </nav>
      <Routes>
        <Route index element={<VenueOverview venue={venue} />} />
        {isReviewer ? <Route path="profile" element={<ReviewerProfilePage venueId={venue.id} />} /> : null}
        {isReviewer ? <Route path="reviewing" element={<ReviewingPage venueId={venue.id} />} /> : null}
        {isChair || isReviewer ? <Route path="meetings/*" element={<VenueMeetings venue={venue} />} /> : null}
        {isChair ? (
          <>
            <Route
              path="dashboard"
              element={
                <div className="stack">
                  <ReviewProgressCard venueId={venue.id} />
                  <VenueDashboard venueId={venue.id} />
                </div>
              }
            />
            <Route
              path="members"
              element={
                <div className="stack">
                  <VenueMembers venueId={venue.id} />
                  <ReviewerPool venueId={venue.id} />
                  <PoolImport venueId={venue.id} />
                </div>
              }
            />
            <Route
              path="settings"
              element={
                <div className="stack">
                  <VenueSettings venue={venue} />
                  <ReviewSettings venueId={venue.id} />
                  <ReviewForms venueId={venue.id} />
                  <VenueRules venueId={venue.id} />
                  <VenueDecisionSettings venueId={venue.id} />
                </div>
              }
            />
            <Route path="assignment" element={<AssignmentPage venueId={venue.id} />} />
            <Route path="continuing-review" element={<ContinuingReviewPage venueId={venue.id} />} />
            <Route path="jobs" element={<VenueJobs venueId={venue.id} />} />
            <Route path="history" element={<VenueHistory venueId={venue.id} shortName={venue.shortName} />} />
          </>
        ) : (
          // A bookmark or a shared link to a chairs' page says why it shows the overview instead.
          Object.entries(CHAIRS_ONLY).map(([path, what]) => (
            <Route key={path} path={path} element={<ChairsOnly what={what} venue={venue} />} />
          ))
        )}
        <Route path="*" element={<VenueOverview venue={venue} />} />
      </Routes>
    </div>
  );
}
