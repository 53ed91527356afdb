// Deadlines are set as wall-clock times in the venue's zone and shown the same way, with the
// reader's own time beside them when their zone differs, so nobody misreads "23:59" by an ocean.
import { formatInZone, zonedLocalToUtc } from '@impact-review/domain';
import { browserTimeZone } from '../../lib/timeZones';
import { formatDateTime, formatLocal } from '../../lib/format';

/** "2027-01-15 23:59 (Europe/Berlin)", or "—" for no instant. */
export function venueTimeText(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return `${formatLocal(formatInZone(date, timeZone))} (${timeZone})`;
}

/** The same instant in the reader's own zone when it differs from the venue's, else ''. */
export function readerTimeText(iso: string | null | undefined, timeZone: string): string {
  if (!iso || browserTimeZone() === timeZone) return '';
  return `${formatDateTime(iso)} your time`;
}

/** The value of a datetime-local input showing `iso` in the venue's zone ('' for none). */
export function localInputOf(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatInZone(date, timeZone);
}

export type ParsedLocal = { ok: true; date: Date | null } | { ok: false; message: string };

/**
 * A datetime-local value read as a wall time in the venue's zone: '' is no date; a time the clocks
 * skip (a daylight-saving gap) or a malformed one is a problem to show on the input.
 */
export function parseLocalInput(local: string, timeZone: string): ParsedLocal {
  const value = local.trim();
  if (value === '') return { ok: true, date: null };
  try {
    return { ok: true, date: zonedLocalToUtc(value.slice(0, 16), timeZone) };
  } catch (error) {
    return { ok: false, message: error instanceof RangeError ? error.message : 'Give a date and time.' };
  }
}

/** Today in the venue's zone, as YYYY-MM-DD (due dates of conditions are days there). */
export function venueToday(timeZone: string, now: Date = new Date()): string {
  return formatInZone(now, timeZone).slice(0, 10);
}
