import type { AuditEventFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** "field: before → after" lines from an event's JSON summary, for people. */
export function describeSummary(summary: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  const show = (value: unknown): string =>
    value === null || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => {
    const change = value as { before?: unknown; after?: unknown } | null;
    if (change && typeof change === 'object' && 'before' in change && 'after' in change) {
      return `${key}: ${show(change.before)} → ${show(change.after)}`;
    }
    return `${key}: ${show(value)}`;
  });
}

/** A list of log events; names and objects can narrow the list when `onFilter` is given. */
export function AuditEventList({
  events,
  onFilter,
}: {
  events: readonly AuditEventFieldsFragment[];
  onFilter?: (filter: { actorId?: string; objectId?: string; label: string }) => void;
}) {
  return (
    <ol className="audit-list" reversed>
      {events.map((event) => (
        <li key={event.index} className="audit-event">
          <div className="audit-event__head">
            <span className="audit-event__label">{event.label}</span>
            <time className="muted small" dateTime={event.at as string}>
              {formatDateTime(event.at as string)}
            </time>
            <span className="muted small">#{event.index}</span>
          </div>
          <p className="small">
            {event.actor ? (
              onFilter ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onFilter({ actorId: event.actor?.id, label: `by ${event.actor?.name}` })}
                >
                  {event.actor.name}
                </button>
              ) : (
                event.actor.name
              )
            ) : (
              'The system'
            )}{' '}
            · {event.objectType}{' '}
            {onFilter ? (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  onFilter({
                    objectId: event.objectId,
                    label: `${event.objectType} ${event.objectId.slice(-6)}`,
                  })
                }
              >
                {event.objectId.slice(-6)}
              </button>
            ) : null}
          </p>
          <ul className="audit-event__summary small">
            {describeSummary(event.summary).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
