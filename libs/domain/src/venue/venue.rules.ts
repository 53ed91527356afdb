// Venue settings, and the time-zone arithmetic deadlines need. Deadlines are entered as local wall
// times in the venue's zone ("23:59 anywhere on earth" is a zone too); storing them as exact
// instants needs DST-correct conversion, done here with Intl alone so that no library and no
// server time zone can shift a deadline.
import { VENUE_KINDS } from '../vocabulary/vocabulary';
import type { VenueKind } from '../vocabulary/vocabulary';
import { isCalendarDay, isOneOf, meaningfulLength, textOf, utcMillis } from '../shared/field-checks.util';
import type { FieldError } from '../statement/impact-statement.types';
import { MAX_TEXT } from '../statement/statement.validation';

export const MIN_VENUE_NAME = 3;
export const MAX_VENUE_NAME = 200;
export const MIN_VENUE_SHORT_NAME = 2;
export const MAX_VENUE_SHORT_NAME = 40;
export const VENUE_SHORT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 .-]*$/;
export const MAX_DEADLINES = 20;
export const MAX_DEADLINE_LABEL = 100;

export interface VenueDeadlineInput {
  label: string;
  /** Local wall time in the venue's zone, 'YYYY-MM-DDTHH:mm'. */
  dueLocal: string;
}

export interface VenueInput {
  name: string;
  shortName: string;
  kind: VenueKind;
  parentVenueId: string | null;
  timeZone: string;
  deadlines: VenueDeadlineInput[];
  description: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (they are costly to build); throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which renders midnight as "24" in some engines.
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? NaN,
    month: parts['month'] ?? NaN,
    day: parts['day'] ?? NaN,
    hour: (parts['hour'] ?? NaN) % 24,
    minute: parts['minute'] ?? NaN,
    second: parts['second'] ?? NaN,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (wall time minus UTC). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  const wallMillis = utcMillis(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  return wallMillis - Math.floor(instant / 1000) * 1000;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall time of 'YYYY-MM-DDTHH:mm' read as if it were UTC, or null when malformed. */
function parseLocal(local: string): number | null {
  const match = typeof local === 'string' ? LOCAL_TIME.exec(local) : null;
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59) return null;
  return utcMillis(year, month, day, hour, minute);
}

const DAY = 24 * 60 * 60 * 1000;

type Resolution =
  { ok: true; utc: Date } | { ok: false; problem: 'malformed' | 'unknown_zone' | 'nonexistent' };

/**
 * Finds the instant whose wall time in `timeZone` is `local`. The offsets in force a day before,
 * at, and a day after the wall time cover every transition near it; each gives a candidate,
 * and a candidate counts only if it reads back as `local`. In a fall-back overlap two candidates
 * match and the earlier wins (the first time the clock shows it); in a spring-forward gap none
 * does, because that wall time never happens.
 */
function resolveZonedLocal(local: string, timeZone: string): Resolution {
  const wall = parseLocal(local);
  if (wall === null) return { ok: false, problem: 'malformed' };
  if (!isValidTimeZone(timeZone)) return { ok: false, problem: 'unknown_zone' };
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((probe) => offsetAt(probe, timeZone)));
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const back = wallTimeAt(instant, timeZone);
      return utcMillis(back.year, back.month, back.day, back.hour, back.minute) === wall;
    });
  if (candidates.length === 0) return { ok: false, problem: 'nonexistent' };
  return { ok: true, utc: new Date(Math.min(...candidates)) };
}

/**
 * The exact instant of a local wall time ('YYYY-MM-DDTHH:mm') in `timeZone`. Throws RangeError for
 * a malformed time, an unknown zone, or a time that does not exist there (a DST gap).
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const resolved = resolveZonedLocal(local, timeZone);
  if (resolved.ok) return resolved.utc;
  switch (resolved.problem) {
    case 'malformed':
      throw new RangeError(`"${local}" is not a local time of the form YYYY-MM-DDTHH:mm.`);
    case 'unknown_zone':
      throw new RangeError(`"${timeZone}" is not a known time zone.`);
    case 'nonexistent':
      throw new RangeError(`${local} does not exist in ${timeZone}: the clocks skip it.`);
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The wall time of `date` in `timeZone` as 'YYYY-MM-DDTHH:mm' (seconds are dropped, not rounded). */
export function formatInZone(date: Date, timeZone: string): string {
  const instant = date.getTime();
  if (Number.isNaN(instant)) throw new RangeError('Cannot format an invalid date.');
  const wall = wallTimeAt(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}T${pad(wall.hour, 2)}:${pad(wall.minute, 2)}`;
}

function checkDeadlines(input: VenueInput, zoneValid: boolean, errors: FieldError[]): void {
  const deadlines = Array.isArray(input.deadlines) ? input.deadlines : [];
  if (deadlines.length > MAX_DEADLINES) {
    errors.push({
      path: 'deadlines',
      message: `List at most ${MAX_DEADLINES} deadlines (there are ${deadlines.length}).`,
    });
  }
  const labels = new Set<string>();
  deadlines.forEach((deadline, i) => {
    const at = `deadlines.${i}`;
    const label = textOf(deadline.label).trim();
    // Case and spacing do not make two deadlines different to a reader.
    const labelKey = label.toLowerCase().replace(/\s+/g, ' ');
    if (label === '') {
      errors.push({
        path: `${at}.label`,
        message: 'Name this deadline, for example “Statement submission”.',
      });
    } else if (label.length > MAX_DEADLINE_LABEL) {
      errors.push({
        path: `${at}.label`,
        message: `Shorten the label to at most ${MAX_DEADLINE_LABEL} characters.`,
      });
    } else if (labels.has(labelKey)) {
      errors.push({
        path: `${at}.label`,
        message: 'Another deadline already has this label; give each a distinct one.',
      });
    }
    labels.add(labelKey);

    const due = textOf(deadline.dueLocal);
    if (parseLocal(due) === null) {
      errors.push({
        path: `${at}.dueLocal`,
        message: 'Write the date and time as YYYY-MM-DDTHH:mm, for example 2030-05-15T23:59.',
      });
    } else if (zoneValid && !resolveZonedLocal(due, input.timeZone).ok) {
      errors.push({
        path: `${at}.dueLocal`,
        message:
          `${due.replace('T', ' ')} does not exist in ${input.timeZone}: the clocks jump past it ` +
          '(usually when daylight saving time starts). Choose a time outside that gap.',
      });
    }
  });
}

export function validateVenueInput(input: VenueInput): FieldError[] {
  const errors: FieldError[] = [];
  const nameLength = meaningfulLength(input.name);
  if (nameLength < MIN_VENUE_NAME || textOf(input.name).length > MAX_VENUE_NAME) {
    errors.push({
      path: 'name',
      message: `Give the venue a name of ${MIN_VENUE_NAME} to ${MAX_VENUE_NAME} characters.`,
    });
  }
  const shortName = textOf(input.shortName);
  if (shortName.length < MIN_VENUE_SHORT_NAME || shortName.length > MAX_VENUE_SHORT_NAME) {
    errors.push({
      path: 'shortName',
      message: `Give a short name of ${MIN_VENUE_SHORT_NAME} to ${MAX_VENUE_SHORT_NAME} characters, such as “NeurIPS 2025”.`,
    });
  } else if (!VENUE_SHORT_NAME_PATTERN.test(shortName)) {
    errors.push({
      path: 'shortName',
      message:
        'Start the short name with a letter or digit, and use only letters, digits, spaces, dots and hyphens.',
    });
  }
  const hasParent = meaningfulLength(input.parentVenueId) > 0;
  if (!isOneOf(VENUE_KINDS, input.kind)) {
    errors.push({ path: 'kind', message: 'Choose whether the venue is a conference or a workshop.' });
  } else if (input.kind === 'workshop' && !hasParent) {
    errors.push({ path: 'parentVenueId', message: 'Choose the conference this workshop is held at.' });
  } else if (input.kind === 'conference' && hasParent) {
    errors.push({
      path: 'parentVenueId',
      message: 'A conference is not held at another venue; remove the parent venue.',
    });
  }
  const zoneValid = isValidTimeZone(input.timeZone);
  if (!zoneValid) {
    errors.push({
      path: 'timeZone',
      message: 'Choose a time zone from the list, such as Europe/Berlin or Etc/GMT+12.',
    });
  }
  checkDeadlines(input, zoneValid, errors);
  const description = textOf(input.description);
  if (description.length > MAX_TEXT) {
    errors.push({
      path: 'description',
      message: `Shorten the description to at most ${MAX_TEXT} characters (it has ${description.length}).`,
    });
  }
  return errors;
}
