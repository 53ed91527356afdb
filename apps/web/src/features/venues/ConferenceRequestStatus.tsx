import type { VenueDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

/** For chairs of a workshop: where its request to be held at a conference stands. */
export function ConferenceRequestStatus({ venue }: { venue: VenueDetailsFragment }) {
  const request = venue.conferenceRequest;
  if (!request || request.state === 'approved' || !venue.myRoles.includes('chair')) return null;
  const conference = `${request.conference.name} (${request.conference.shortName})`;
  return (
    <section className="card" aria-labelledby="request-status-title">
      <h2 id="request-status-title">Held at a conference</h2>
      {request.state === 'pending' ? (
        <p className="alert alert--info">
          Waiting for the chairs of {conference} to approve holding this workshop at their conference. Until
          then it is listed on its own.
        </p>
      ) : (
        <div className="alert alert--warning">
          <p>
            The chairs of {conference} declined to hold this workshop at their conference
            {request.decidedByName ? ` (${request.decidedByName}, ${formatDate(request.decidedAt)})` : ''}. It
            stays listed on its own.
          </p>
          {request.note ? <blockquote className="prose">{request.note}</blockquote> : null}
        </div>
      )}
    </section>
  );
}
