// One calendar feed: what it holds, whether it has an address, and making, copying, replacing and
// stopping that address. The address is in this card's state only: it is shown once, when made.
import { useEffect, useId, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { FormError, TextField } from '../../components/FormFields';
import type { CalendarFeedsQuery as CalendarFeeds } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import {
  CalendarFeedsQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from './calendar.operations';

type FeedVenue = CalendarFeeds['calendarFeeds'][number]['venue'];

const OWN_CONTENTS =
  'Deadlines of the venues you take part in, reviews you owe, meetings you sit in, and the continuing reviews and release dates of your approved work.';
const VENUE_CONTENTS =
  'The venue’s deadlines and meetings, and the continuing review of every approval (work you wrote or are conflicted with is left out).';

export function CalendarFeedCard({ venue, createdAt }: { venue: FeedVenue; createdAt: string | null }) {
  const ids = useId();
  const venueId = venue?.id ?? null;
  const [address, setAddress] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const stopRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  // The list's "made on" follows what the server did; the address itself is never cached.
  const client = useApolloClient();
  const writeMadeAt = (at: string | null) =>
    client.cache.updateQuery({ query: CalendarFeedsQuery }, (data) =>
      data
        ? {
            ...data,
            calendarFeeds: data.calendarFeeds.map((feed) =>
              (feed.venue?.id ?? null) === venueId ? { ...feed, createdAt: at } : feed,
            ),
          }
        : undefined,
    );
  const [create, creating] = useMutation(CreateCalendarFeedMutation);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation);
  const busy = creating.loading || revoking.loading;

  useEffect(() => {
    if (confirmingStop) keepRef.current?.focus();
  }, [confirmingStop]);

  const makeAddress = async () => {
    setFailure(null);
    setNotice(null);
    setConfirmingStop(false);
    try {
      const result = await create({ variables: { venueId } });
      if (!result.data) return;
      writeMadeAt(result.data.createCalendarFeed.createdAt);
      setAddress(result.data.createCalendarFeed.url);
      setNotice(
        createdAt ? 'A new address is made; the old one no longer works.' : 'Your private address is made.',
      );
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  const stopAddress = async () => {
    setFailure(null);
    setNotice(null);
    try {
      const result = await revoke({ variables: { venueId } });
      writeMadeAt(null);
      setAddress(null);
      setConfirmingStop(false);
      setNotice(
        result.data?.revokeCalendarFeed === false
          ? 'There was no address to stop.'
          : 'The address is stopped: calendar apps using it get nothing more from it.',
      );
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  const title = venue ? `${venue.name} (${venue.shortName})` : 'Your calendar';
  return (
    <section className="card calendar-feed" aria-labelledby={`${ids}-title`}>
      <div className="card__header">
        <h2 id={`${ids}-title`}>{title}</h2>
        {venue ? <span className="badge badge--info">For chairs</span> : null}
      </div>
      <p>{venue ? VENUE_CONTENTS : OWN_CONTENTS}</p>
      <p className="muted">
        {createdAt ? `Current address made on ${formatDateTime(createdAt)}.` : 'No address yet.'}
      </p>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      <FormError message={failure} />
      {/* Keyed by the address, so "Copied" never stays from the one it replaced. */}
      {address ? <FreshAddress key={address} url={address} /> : null}

      {confirmingStop ? (
        <div className="calendar-feed__confirm" role="group" aria-labelledby={`${ids}-stop-title`}>
          <p id={`${ids}-stop-title`}>
            <strong>Stop this address?</strong> Calendar apps subscribed to it stop getting updates. You can
            make a new address at any time.
          </p>
          <div className="row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void stopAddress()}
            >
              {revoking.loading ? 'Stopping…' : 'Stop the address'}
            </button>
            <button
              ref={keepRef}
              type="button"
              className="button"
              onClick={() => {
                setConfirmingStop(false);
                // The button that opened the question is back; the focus returns to it.
                requestAnimationFrame(() => stopRef.current?.focus());
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="calendar-feed__actions">
          <div className="row">
            <button
              type="button"
              className={`button${createdAt ? '' : ' button--primary'}`}
              disabled={busy}
              aria-describedby={createdAt ? `${ids}-new-hint` : undefined}
              onClick={() => void makeAddress()}
            >
              {creating.loading ? 'Making…' : createdAt ? 'Make a new address' : 'Make a private address'}
            </button>
            {createdAt ? (
              <button
                ref={stopRef}
                type="button"
                className="button button--ghost"
                disabled={busy}
                onClick={() => {
                  setNotice(null);
                  setConfirmingStop(true);
                }}
              >
                Stop this address…
              </button>
            ) : null}
          </div>
          {createdAt ? (
            <p id={`${ids}-new-hint`} className="field__hint">
              A new address replaces the current one, which stops working at once.
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** The address just made, once: read-only, selectable, with a copy button that says what happened. */
function FreshAddress({ url }: { url: string }) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      // Not every browser (or an insecure page) offers the clipboard; selecting the text is the fallback.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopied('Copied. Add it in your calendar app as a calendar “from URL” (a subscription).');
    } catch {
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopied(
        'Your browser did not let us copy it. The address is selected: copy it with Ctrl+C (⌘C on a Mac).',
      );
    }
  };

  return (
    <div className="calendar-address">
      <div className="calendar-address__row">
        <TextField
          id={id}
          label="Private address"
          readOnly
          value={url}
          hint="Shown only now: copy it into your calendar app. Anyone who has it can read this calendar."
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p role="status" aria-live="polite" className="small">
        {copied}
      </p>
    </div>
  );
}
