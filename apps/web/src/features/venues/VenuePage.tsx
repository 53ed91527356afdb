import { NavLink, Route, Routes, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { labelOf } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { VenueQuery } from './venue.operations';
import { VenueOverview } from './VenueOverview';
import { VenueDashboard } from './VenueDashboard';
import { VenueMembers } from './VenueMembers';
import { VenueSettings } from './VenueSettings';

export function VenuePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(VenueQuery, { variables: { id } });
  useDocumentTitle(data?.venue.shortName ?? 'Venue');
  if (loading && !data) return <Loading label="Loading the venue…" />;
  if (error || !data) return <ErrorState error={error} />;
  const venue = data.venue;
  const isChair = venue.myRoles.includes('chair');

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
            <NavLink to={`/venues/${id}/members`}>Members &amp; invitations</NavLink>
            <NavLink to={`/venues/${id}/settings`}>Settings</NavLink>
          </>
        ) : null}
      </nav>
      <Routes>
        <Route index element={<VenueOverview venue={venue} />} />
        {isChair ? (
          <>
            <Route path="dashboard" element={<VenueDashboard venueId={venue.id} />} />
            <Route path="members" element={<VenueMembers venueId={venue.id} />} />
            <Route path="settings" element={<VenueSettings venue={venue} />} />
          </>
        ) : null}
        <Route path="*" element={<VenueOverview venue={venue} />} />
      </Routes>
    </div>
  );
}
