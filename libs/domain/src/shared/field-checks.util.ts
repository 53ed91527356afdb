// Small checks shared by the validators. Inputs arrive from forms and the API, so every helper
// tolerates values of the wrong type instead of throwing: a bad value must become a FieldError.

/** `value` as text, or '' when it is not a string (null from a form, a number from a script). */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Length ignoring surrounding whitespace, so thirty spaces do not count as a summary. */
export function meaningfulLength(value: unknown): number {
  return textOf(value).trim().length;
}

/** `value` as a list, or [] when it is missing, so a half-built draft never crashes a check. */
export function listOf<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Milliseconds since the epoch of a UTC wall time; works for years 0-99, which Date.UTC maps to 19xx. */
export function utcMillis(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** True when `year-month-day` names a real calendar day (rejects 2023-02-29 and 2024-13-01). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(utcMillis(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A well-formed ISO calendar date, YYYY-MM-DD, that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The UTC calendar day of an instant as YYYY-MM-DD (comparable as a string with isIsoDate values). */
export function utcDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Compares dotted paths with numeric segments as numbers, so `hazards.2` sorts before `hazards.10`. */
export function comparePaths(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (bothNumbers) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
