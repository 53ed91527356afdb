// Meetings are scheduled as wall-clock times in the venue's zone, as the venue's other dates are,
// and shown the same way, with the reader's own time beside them when their zone differs.
import { formatInZone, zonedLocalToUtc } from '@impact-review/domain';
import { formatDateTime, formatLocal } from '../../lib/format';
import { browserTimeZone } from '../../lib/timeZones';

/** "2031-05-04 14:00 (Europe/Berlin)", or "—" for no instant. */
export function meetingTimeText(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return `${formatLocal(formatInZone(date, timeZone))} (${timeZone})`;
}

/** The same instant in the reader's zone when it differs from the venue's, else ''. */
export function readerTimeText(
  iso: string | null | undefined,
  timeZone: string,
  readerZone = browserTimeZone(),
): string {
  if (!iso || readerZone === timeZone) return '';
  return `${formatDateTime(iso)} your time`;
}

/**
 * A datetime-local value read as a wall time in the venue's zone. An empty or malformed value is an
 * invalid date (the domain's validator says what to do); a time the clocks skip is its own message.
 */
export function scheduledInstant(local: string, timeZone: string): { date: Date; problem: string | null } {
  const value = local.trim();
  if (value === '') return { date: new Date(Number.NaN), problem: null };
  try {
    return { date: zonedLocalToUtc(value.slice(0, 16), timeZone), problem: null };
  } catch (error) {
    return {
      date: new Date(Number.NaN),
      problem: error instanceof RangeError ? error.message : null,
    };
  }
}
