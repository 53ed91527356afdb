// A venue's continuing-review policy, as an IRB's (45 CFR 46.109(f)): how long an approval holds by
// the tier it was decided in (full and expedited a year, exempt without end), and when the authors
// are reminded before it expires (universities use 60, 30, 14, 7 and 1 days). The re-evaluation opens
// with the first reminder; at expiry without a decision the approval lapses. Nothing here reads or
// writes; the API's jobs and the pages apply it.
import type { FieldError } from '../statement/impact-statement.types';
import { TIERS, type Tier } from '../vocabulary/vocabulary';

export interface ContinuingReviewPolicy {
  /** Months an approval holds, by the tier it was decided in; null: it does not expire. */
  readonly periodMonths: Readonly<Record<Tier, number | null>>;
  /** Days before expiry on which the authors and chairs are reminded, largest first. */
  readonly reminderDays: readonly number[];
}

export const DEFAULT_CONTINUING_REVIEW_POLICY: ContinuingReviewPolicy = {
  periodMonths: { exempt: null, expedited: 12, full: 12 },
  reminderDays: [60, 30, 14, 7, 1],
};

export const MAX_APPROVAL_MONTHS = 60;
export const MAX_REMINDER_DAYS = 365;
export const MAX_REMINDERS = 8;
const DAY = 86_400_000;

/** Every reason the policy cannot be saved, with paths like `periodMonths.full` and `reminderDays.2`. */
export function validateContinuingReviewPolicy(policy: ContinuingReviewPolicy): FieldError[] {
  const errors: FieldError[] = [];
  for (const tier of TIERS) {
    const months = policy.periodMonths[tier];
    if (months !== null && !(Number.isInteger(months) && months >= 1 && months <= MAX_APPROVAL_MONTHS))
      errors.push({
        path: `periodMonths.${tier}`,
        message: `Give the period in whole months, from 1 to ${MAX_APPROVAL_MONTHS}, or leave it without end.`,
      });
  }
  if (policy.reminderDays.length > MAX_REMINDERS)
    errors.push({ path: 'reminderDays', message: `Choose at most ${MAX_REMINDERS} reminders.` });
  const seen = new Set<number>();
  policy.reminderDays.forEach((days, i) => {
    if (!(Number.isInteger(days) && days >= 1 && days <= MAX_REMINDER_DAYS))
      errors.push({
        path: `reminderDays.${i}`,
        message: `Give the days before expiry as a whole number from 1 to ${MAX_REMINDER_DAYS}.`,
      });
    else if (seen.has(days))
      errors.push({ path: `reminderDays.${i}`, message: `${days} days is already a reminder.` });
    seen.add(days);
  });
  const longest = Math.max(0, ...policy.reminderDays.filter((d) => Number.isInteger(d)));
  const shortestPeriod = Math.min(
    ...TIERS.map((t) => policy.periodMonths[t]).filter((m): m is number => m !== null && m >= 1),
  );
  if (Number.isFinite(shortestPeriod) && longest > shortestPeriod * 28)
    errors.push({
      path: 'reminderDays',
      message: `The first reminder (${longest} days before expiry) comes before a ${shortestPeriod}-month approval even starts; choose fewer days.`,
    });
  return errors;
}

/** The reminders in the order they go out (largest number of days first, no repeats). */
export function normalisedReminderDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}

/** `from` plus whole calendar months, in UTC; the 31st becomes the month's last day when it has fewer. */
export function addMonths(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(from.getUTCDate(), lastDay),
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** When an approval decided in `tier` from `start` expires under the policy; null when it does not. */
export function approvalExpiry(start: Date, tier: Tier, policy: ContinuingReviewPolicy): Date | null {
  const months = policy.periodMonths[tier];
  return months === null ? null : addMonths(start, months);
}

/**
 * The reminder due now, as its number of days before expiry, or null. Only the latest one that has
 * come counts: after an outage the authors get one reminder, not every one they missed; and none
 * is due once the approval has expired (the lapse notice says the rest).
 */
export function expiryReminderDue(
  expiresAt: Date | null,
  now: Date,
  reminderDays: readonly number[],
  sent: readonly number[],
): number | null {
  if (!expiresAt || now.getTime() >= expiresAt.getTime()) return null;
  const come = normalisedReminderDays(reminderDays).filter(
    (days) => now.getTime() >= expiresAt.getTime() - days * DAY,
  );
  const latest = come[come.length - 1];
  return latest === undefined || sent.includes(latest) ? null : latest;
}

/** When the continuing review opens by itself: with the first reminder (or at expiry without reminders). */
export function reevaluationOpensAt(expiresAt: Date | null, reminderDays: readonly number[]): Date | null {
  if (!expiresAt) return null;
  const first = Math.max(0, ...reminderDays);
  return new Date(expiresAt.getTime() - first * DAY);
}

/** Whole days from `now` until `expiresAt` (rounded up; 0 once it has passed). */
export function daysUntil(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / DAY));
}
