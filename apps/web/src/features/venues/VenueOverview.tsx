import { Link } from 'react-router';
import type { VenueDetailsFragment } from '../../gql/graphql';
import { formatDateTime, formatLocal } from '../../lib/format';
import { ConferenceRequestStatus } from './ConferenceRequestStatus';
import { WorkshopRequests } from './WorkshopRequests';

export function VenueOverview({ venue }: { venue: VenueDetailsFragment }) {
  const chairsConference = venue.kind === 'conference' && venue.myRoles.includes('chair');
  return (
    <div className="stack">
      {chairsConference ? <WorkshopRequests conferenceId={venue.id} /> : null}
      <ConferenceRequestStatus venue={venue} />
      <section className="card" aria-labelledby="about-title">
        <div className="card__header">
          <h2 id="about-title">About</h2>
          <Link className="button" to={`/?new=${encodeURIComponent(venue.id)}`}>
            Submit to this venue
          </Link>
        </div>
        {venue.description ? (
          <p className="prose">{venue.description}</p>
        ) : (
          <p className="muted">No description.</p>
        )}
        <dl className="details">
          <dt>Time zone</dt>
          <dd>{venue.timeZone}</dd>
          {venue.parentVenue ? (
            <>
              <dt>Held at</dt>
              <dd>
                <Link to={`/venues/${venue.parentVenue.id}`}>{venue.parentVenue.name}</Link>
              </dd>
            </>
          ) : null}
          {venue.awaitingApprovalBy ? (
            <>
              <dt>Held at</dt>
              <dd>Awaiting approval by {venue.awaitingApprovalBy.name}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">Deadlines</h2>
        {venue.deadlines.length === 0 ? (
          <p className="muted">No deadlines set.</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">Deadline</th>
                  <th scope="col">Venue time ({venue.timeZone})</th>
                  <th scope="col">Your time</th>
                </tr>
              </thead>
              <tbody>
                {venue.deadlines.map((deadline) => (
                  <tr key={deadline.label}>
                    <td data-label="Deadline">{deadline.label}</td>
                    <td data-label={`Venue time (${venue.timeZone})`}>{formatLocal(deadline.dueLocal)}</td>
                    <td data-label="Your time">{formatDateTime(deadline.dueAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {venue.workshops.length > 0 ? (
        <section className="card" aria-labelledby="workshops-title">
          <h2 id="workshops-title">Workshops</h2>
          <ul>
            {venue.workshops.map((workshop) => (
              <li key={workshop.id}>
                <Link to={`/venues/${workshop.id}`}>
                  {workshop.shortName} — {workshop.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
