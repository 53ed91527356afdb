// Recurring jobs run on cron expressions read in a time zone: "0 3 * * *" in Europe/Berlin is 03:00
// Berlin time all year. Five fields (minute hour day-of-month month day-of-week) with lists, ranges
// and steps; day-of-month and day-of-week combine as in Vixie cron (either matches when both are
// restricted). A wall time the clocks skip (a DST gap) does not happen that day; a wall time that
// happens twice runs once, the first time.
import { formatInZone, isValidTimeZone, zonedLocalToUtc } from '../venue/venue.rules';

export interface CronSchedule {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday (7 is accepted and read as 0). */
  daysOfWeek: ReadonlySet<number>;
  dayOfMonthRestricted: boolean;
  dayOfWeekRestricted: boolean;
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
] as const;

function parseField(text: string, field: (typeof FIELDS)[number]): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new RangeError(`The ${field.name} field "${text}" is not understood.`);
    const [, range, from, to, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    let start: number = field.min;
    let end: number = field.max;
    if (range !== '*') {
      start = Number(from);
      end = to === undefined ? (stepText === undefined ? start : field.max) : Number(to);
    }
    if (step < 1 || start < field.min || end > field.max || start > end) {
      throw new RangeError(`The ${field.name} field "${text}" is out of range ${field.min}-${field.max}.`);
    }
    for (let value = start; value <= end; value += step) values.add(value);
  }
  return values;
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    throw new RangeError(
      `A cron expression has five fields (minute hour day month weekday), got "${expression}".`,
    );
  }
  const [minutes, hours, daysOfMonth, months, daysOfWeek] = parts.map((part, i) =>
    parseField(part, FIELDS[i]!),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return {
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek,
    dayOfMonthRestricted: parts[2] !== '*',
    dayOfWeekRestricted: parts[4] !== '*',
  };
}

export function isValidCron(expression: string): boolean {
  try {
    parseCron(expression);
    return true;
  } catch {
    return false;
  }
}

function dayMatches(schedule: CronSchedule, year: number, month: number, day: number): boolean {
  if (!schedule.months.has(month)) return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const byMonthDay = schedule.daysOfMonth.has(day);
  const byWeekday = schedule.daysOfWeek.has(weekday);
  if (schedule.dayOfMonthRestricted && schedule.dayOfWeekRestricted) return byMonthDay || byWeekday;
  return byMonthDay && byWeekday;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** Eight years covers every schedule that can match at all (e.g. 29 February on a Monday). */
const MAX_DAYS = 366 * 8;

/** The first instant strictly after `after` at which the schedule fires in `timeZone`. */
export function nextCronTime(expression: string | CronSchedule, after: Date, timeZone: string): Date {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not a known time zone.`);
  const schedule = typeof expression === 'string' ? parseCron(expression) : expression;
  const start = formatInZone(after, timeZone).slice(0, 10);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const minutes = [...schedule.minutes].sort((a, b) => a - b);
  const hours = [...schedule.hours].sort((a, b) => a - b);
  for (let offset = 0; offset < MAX_DAYS; offset += 1) {
    const date = new Date(Date.UTC(y, m - 1, d + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!dayMatches(schedule, year, month, day)) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        let instant: Date;
        try {
          instant = zonedLocalToUtc(
            `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
            timeZone,
          );
        } catch {
          continue; // the clocks skip this wall time today
        }
        if (instant.getTime() > after.getTime()) return instant;
      }
    }
  }
  throw new RangeError(`The schedule never fires: "${String(expression)}".`);
}
