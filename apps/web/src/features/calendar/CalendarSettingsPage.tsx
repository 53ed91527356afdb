// Private calendar feeds (`/settings/calendar`): the person's own and one per venue they chair,
// each with an address made on request, shown once, replaceable and revocable.
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { CalendarFeedCard } from './CalendarFeedCard';
import { CalendarFeedsQuery } from './calendar.operations';
import './calendar.css';

export function CalendarSettingsPage() {
  useDocumentTitle('Calendar feeds');
  const { data, loading, error, refetch } = useQuery(CalendarFeedsQuery);

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Calendar feeds</h1>
          <p className="muted">
            Subscribe in your calendar app (Google Calendar, Apple Calendar, Outlook…) to see Impact Review’s
            dates next to your own; the app fetches changes by itself. Each feed has a private address: anyone
            who has it can read the feed, so keep it to yourself. We show an address only once, when it is
            made.
          </p>
        </div>
      </header>
      <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading your calendar feeds…">
        {(found) =>
          found.calendarFeeds.map((feed) => (
            <CalendarFeedCard key={feed.venue?.id ?? 'own'} venue={feed.venue} createdAt={feed.createdAt} />
          ))
        }
      </QueryState>
    </div>
  );
}
