import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_DELIVERIES,
  validateDigestSchedule,
  type NotificationDelivery,
} from '@impact-review/domain';
import { FormError, SelectField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import type { NotificationChoiceFieldsFragment, NotificationKind } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { browserTimeZone, timeZoneOptions } from '../../lib/timeZones';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useDomainForm } from '../../lib/useDomainForm';
import {
  NotificationSettingsQuery,
  SetDigestScheduleMutation,
  SetNotificationDeliveryMutation,
} from './notification.operations';
import './notifications.css';

const HOURS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, '0')}:00`,
}));
const DELIVERY_OPTIONS = NOTIFICATION_DELIVERIES.map((value) => ({
  value,
  label: NOTIFICATION_DELIVERY_LABELS[value],
}));
/** The select value for "no choice of its own at this venue". */
const INHERIT = '';

/** Which mails the signed-in person gets: per kind, in general and per venue, and when the digest goes out. */
export function NotificationSettingsPage() {
  useDocumentTitle('Email notifications');
  const { data, loading, error, refetch } = useQuery(NotificationSettingsQuery);
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);

  if (!data) {
    return (
      <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading your notification settings…" />
    );
  }
  const settings = data.notificationSettings;

  return (
    <div className="stack notification-settings">
      <header className="page-header">
        <div>
          <h1>Email notifications</h1>
          <p className="muted">
            Choose which changes you hear about by email, and whether each one comes at once or in one daily
            digest.
          </p>
        </div>
      </header>
      <div role="status" aria-live="polite">
        {status?.ok ? <p className="alert alert--success">{status.text}</p> : null}
      </div>
      {status && !status.ok ? <FormError message={status.text} /> : null}

      <DigestSchedule
        timeZone={settings.timeZone}
        digestHour={settings.digestHour}
        nextDigestAt={settings.nextDigestAt as string}
        onSaved={setStatus}
      />

      <section className="card" aria-labelledby="general-title">
        <h2 id="general-title">All venues</h2>
        <p className="muted">These apply to every venue where you make no other choice below.</p>
        <ChoiceList venueId={null} choices={settings.general} onSaved={setStatus} />
      </section>

      {settings.venues.length === 0 ? (
        <p className="muted">Once you take part in a venue, you can make choices for it here.</p>
      ) : (
        settings.venues.map((venue) => (
          <section className="card" key={venue.venueId} aria-labelledby={`venue-${venue.venueId}`}>
            <h2 id={`venue-${venue.venueId}`}>
              {venue.venueName} <span className="muted">({venue.venueShortName})</span>
            </h2>
            <ChoiceList
              venueId={venue.venueId}
              choices={venue.choices}
              general={settings.general}
              onSaved={setStatus}
            />
          </section>
        ))
      )}
    </div>
  );
}

type Notify = (status: { text: string; ok: boolean }) => void;

function ChoiceList({
  venueId,
  choices,
  general,
  onSaved,
}: {
  venueId: string | null;
  choices: readonly NotificationChoiceFieldsFragment[];
  general?: readonly NotificationChoiceFieldsFragment[];
  onSaved: Notify;
}) {
  const [save, { loading }] = useMutation(SetNotificationDeliveryMutation, {
    // The settings have no id to normalise by: the answer replaces the page's query result.
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: NotificationSettingsQuery,
          data: { __typename: 'Query', notificationSettings: data.setNotificationDelivery },
        });
    },
  });
  const options = (kind: NotificationKind) => {
    if (!general) return DELIVERY_OPTIONS;
    const inherited = general.find((choice) => choice.kind === kind)?.delivery ?? 'immediately';
    return [
      {
        value: INHERIT,
        label: `As for all venues (${NOTIFICATION_DELIVERY_LABELS[inherited].toLowerCase()})`,
      },
      ...DELIVERY_OPTIONS,
    ];
  };
  return (
    <div className="notification-choices">
      {choices.map((choice) =>
        choice.required ? (
          <RequiredNotice key={choice.kind} choice={choice} />
        ) : (
          <SelectField
            key={choice.kind}
            label={choice.label}
            value={general ? (choice.chosen ?? INHERIT) : choice.delivery}
            options={options(choice.kind)}
            disabled={loading}
            onChange={async (event) => {
              const value = event.target.value;
              try {
                await save({
                  variables: {
                    input: {
                      venueId,
                      kind: choice.kind,
                      delivery: value === INHERIT ? null : (value as NotificationDelivery),
                    },
                  },
                });
                onSaved({ text: `Saved: “${choice.label}”.`, ok: true });
              } catch (error) {
                onSaved({ text: describeError(error).message, ok: false });
              }
            }}
          />
        ),
      )}
    </div>
  );
}

/**
 * Notices about approvals (changes, expiry) always come by email at once: the server refuses any
 * other choice, so there is none to make here, only what happens.
 */
function RequiredNotice({ choice }: { choice: NotificationChoiceFieldsFragment }) {
  const id = useId();
  return (
    <div className="field notification-required" role="group" aria-labelledby={id}>
      <p id={id} className="field__label">
        {choice.label}
      </p>
      <p className="notification-required__value">Always, by email — a required notice</p>
    </div>
  );
}

function scheduleOf(values: { timeZone: string; digestHour: string }) {
  return { timeZone: values.timeZone, digestHour: Number(values.digestHour) };
}

function DigestSchedule({
  timeZone,
  digestHour,
  nextDigestAt,
  onSaved,
}: {
  timeZone: string | null;
  digestHour: number;
  nextDigestAt: string;
  onSaved: Notify;
}) {
  // The hour is kept as the select's text; the schedule the domain checks has it as a number.
  const form = useDomainForm({ timeZone: timeZone ?? browserTimeZone(), digestHour: String(digestHour) }, (values) =>
    validateDigestSchedule(scheduleOf(values)),
  );
  const [save] = useMutation(SetDigestScheduleMutation, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: NotificationSettingsQuery,
          data: { __typename: 'Query', notificationSettings: data.setDigestSchedule },
        });
    },
  });

  return (
    <section className="card" aria-labelledby="digest-title">
      <h2 id="digest-title">Daily digest</h2>
      <p className="muted">
        Everything you chose to get in a digest arrives in one email a day.{' '}
        {timeZone
          ? `Next digest: ${formatDateTime(nextDigestAt)}.`
          : 'Pick your time zone so it arrives at a sensible hour.'}
      </p>
      <form
        ref={form.formRef}
        noValidate
        className="digest-form"
        onSubmit={async (event) => {
          event.preventDefault();
          await form.submit({
            mutate: () => save({ variables: { input: scheduleOf(form.values) } }),
            pathPrefix: 'input.',
            onSuccess: () => onSaved({ text: 'Saved your digest time.', ok: true }),
          });
        }}
      >
        <FormError message={form.formError} />
        <SelectField label="Time zone" options={timeZoneOptions()} {...form.field('timeZone')} />
        <SelectField label="Send at" options={HOURS} {...form.field('digestHour')} />
        <div>
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Saving…' : 'Save digest time'}
          </button>
        </div>
      </form>
    </section>
  );
}
