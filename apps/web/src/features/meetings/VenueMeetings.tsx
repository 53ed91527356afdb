// The venue's Meetings tab: the list (chairs: every meeting; members: theirs), convening for chairs,
// and each meeting's own page at /venues/:id/meetings/:meetingId (the invitation mails link there).
import { useRef, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../lib/format';
import { ConveneMeetingForm } from './ConveneMeetingForm';
import { MeetingPage } from './MeetingPage';
import { MeetingStateBadge } from './MeetingStateBadge';
import { MeetingsOfVenueQuery } from './meetings.operations';
import { meetingTimeText } from './meetingTime';
import './meetings.css';

interface VenueLike {
  id: string;
  shortName: string;
  timeZone: string;
  myRoles: readonly string[];
}

export function VenueMeetings({ venue }: { venue: VenueLike }) {
  return (
    <Routes>
      <Route index element={<MeetingList venue={venue} />} />
      <Route path=":meetingId" element={<MeetingPage venueId={venue.id} timeZone={venue.timeZone} />} />
    </Routes>
  );
}

function MeetingList({ venue }: { venue: VenueLike }) {
  const isChair = venue.myRoles.includes('chair');
  const query = useQuery(MeetingsOfVenueQuery, { variables: { venueId: venue.id } });
  const [convening, setConvening] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const meetings = query.data?.venue.meetings ?? [];
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="meetings-title">
        <div className="card__header">
          <h2 id="meetings-title">Meetings</h2>
          {isChair ? (
            <button
              ref={toggle}
              type="button"
              className="button button--primary"
              aria-expanded={convening}
              aria-controls="convene-card"
              onClick={() => setConvening(!convening)}
            >
              Convene a meeting
            </button>
          ) : null}
        </div>
        <p className="muted small">
          Statements in full review are decided by a convened meeting, as an IRB decides them: the members
          present vote on motions, with quorum counted item by item.
        </p>
        {!query.data ? (
          <QueryState query={query} loadingLabel="Loading the meetings…" />
        ) : meetings.length === 0 ? (
          <p className="empty" role="status">
            {isChair
              ? 'No meetings yet. Convene one to decide the statements in full review.'
              : `You are not a member of any meeting of ${venue.shortName} yet.`}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table table--stack meetings-table">
              <caption className="visually-hidden">Meetings, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Meeting</th>
                  <th scope="col">When ({venue.timeZone})</th>
                  <th scope="col">State</th>
                  <th scope="col">Agenda</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => {
                  const decided = m.items.filter((i) => i.state === 'decided').length;
                  return (
                    <tr key={m.id}>
                      <td data-label="Meeting">
                        <Link to={m.id}>{m.title}</Link>
                      </td>
                      <td data-label="When">{meetingTimeText(m.scheduledFor, venue.timeZone)}</td>
                      <td data-label="State">
                        <MeetingStateBadge state={m.state} />
                      </td>
                      <td data-label="Agenda">
                        {countOf(m.items.length, 'item')}
                        {decided > 0 ? `, ${decided} decided` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {isChair && convening ? (
        <section id="convene-card" className="card">
          <ConveneMeetingForm
            venueId={venue.id}
            timeZone={venue.timeZone}
            onCancel={() => {
              setConvening(false);
              // Back to the button that opened the form.
              setTimeout(() => toggle.current?.focus(), 0);
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
