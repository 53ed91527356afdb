// Calendar feeds (iCalendar, RFC 5545): what a person's private feed holds (their deadlines,
// reviews due, continuing reviews due, the release dates of their approvals, meetings) and how it
// is written: CRLF lines folded at 75 octets, text escaped, times in UTC, all-day dates as DATE.
// Nothing here reads or writes; the API gathers the events and serves the text.

export interface CalendarEvent {
  /** Stable across fetches, so that calendar apps update an event instead of adding it twice. */
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string | null;
  /** A moment (deadlines, meetings), or a whole day given as YYYY-MM-DD (release dates). */
  readonly start: Date | string;
}

export interface CalendarFeed {
  readonly name: string;
  readonly events: readonly CalendarEvent[];
  /** When the feed was written (DTSTAMP of every event). */
  readonly generatedAt: Date;
}

const PRODUCT_ID = '-//Impact Review//Calendar feed//EN';

/** Text as iCalendar wants it: backslashes, semicolons, commas and newlines escaped. */
export function escapeCalendarText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets (UTF-8), continuation lines starting with one space. */
export function foldCalendarLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateValue(day: string): string {
  return day.replace(/-/g, '');
}

/** The day after YYYY-MM-DD (an all-day event ends the next day, exclusive). */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The whole feed as iCalendar text, events in time order. */
export function renderCalendar(feed: CalendarFeed): string {
  const at = (e: CalendarEvent) => (typeof e.start === 'string' ? `${e.start}T00:00:00Z` : e.start.toISOString());
  const events = [...feed.events].sort((a, b) => at(a).localeCompare(at(b)) || a.uid.localeCompare(b.uid));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeCalendarText(feed.name)}`,
  ];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(feed.generatedAt)}`);
    if (typeof event.start === 'string')
      lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(event.start))}`);
    else lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.start)}`);
    lines.push(`SUMMARY:${escapeCalendarText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeCalendarText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldCalendarLine).join('\r\n')}\r\n`;
}
