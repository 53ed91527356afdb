// Who hears about what, and when: the kinds of notification, each person's choice per venue and
// kind (immediately, in a daily digest in their own time zone, or never), and the digest clock.
// Delivery itself (outbox, jobs, templates) lives in the API; this module only decides.
import type { FieldError } from '../statement/impact-statement.types';
import { isValidTimeZone, zonedLocalToUtc, formatInZone } from '../venue/venue.rules';

export const NOTIFICATION_KINDS = [
  'submission_registered',
  'version_submitted',
  'tier_decided',
  'invitation_answered',
  'reviewer_assigned',
  'assignment_declined',
  'review_submitted',
  'reviews_released',
  'review_reminder',
  'discussion_comment',
  'author_responded',
  'revision_to_review',
  'approval_changed',
  'approval_expiring',
  'continuing_review_report',
  'amendment',
  'incident_reported',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES = ['immediately', 'daily_digest', 'never'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  submission_registered: 'A submission of yours is registered',
  version_submitted: 'A version of your statement is submitted',
  tier_decided: 'The committee confirms or changes the tier of your statement',
  invitation_answered: 'Someone answers an invitation you sent',
  reviewer_assigned: 'You are asked to review a statement',
  assignment_declined: 'A reviewer declines a statement of your venue',
  review_submitted: 'A review of a statement of your venue is submitted',
  reviews_released: 'The reviews of your statement are released to you',
  review_reminder: 'A review of yours is due soon',
  discussion_comment: 'Someone comments in a discussion you take part in (or mentions you)',
  author_responded: 'The authors respond to the reviews of a statement you review',
  revision_to_review: 'A statement you review comes back revised (revise and resubmit)',
  approval_changed: 'An approval you hold, chair or reviewed changes state (suspension, termination, lapse, …)',
  approval_expiring: 'An approval you hold or chair is due for continuing review',
  continuing_review_report: 'The authors file the continuing-review report of an approval you chair or reviewed',
  amendment: 'An amendment of an approval you hold, chair or reviewed is requested or decided',
  incident_reported: 'Someone reports an incident about work your venue approved',
};

export const NOTIFICATION_DELIVERY_LABELS: Readonly<Record<NotificationDelivery, string>> = {
  immediately: 'Immediately',
  daily_digest: 'Daily digest',
  never: 'Never',
};

/** What a person chose; `venueId: null` is their choice for every venue without one of its own. */
export interface NotificationPreference {
  venueId: string | null;
  kind: NotificationKind;
  delivery: NotificationDelivery;
}

/** Without a choice, mail goes out at once: people expect to hear that their work arrived. */
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'immediately';

/** Digests go out at this local hour unless the person picked another one. */
export const DEFAULT_DIGEST_HOUR = 8;

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isNotificationDelivery(value: unknown): value is NotificationDelivery {
  return typeof value === 'string' && (NOTIFICATION_DELIVERIES as readonly string[]).includes(value);
}

/**
 * Notices nobody can turn off or put in a digest: what happens to an approval one holds, chairs or
 * reviewed (suspension, termination and lapse must be "reported promptly", 45 CFR 46.113), and its
 * continuing review falling due.
 */
export const REQUIRED_NOTIFICATION_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'approval_changed',
  'approval_expiring',
]);

export function isRequiredNotice(kind: NotificationKind): boolean {
  return REQUIRED_NOTIFICATION_KINDS.has(kind);
}

/**
 * The venue's own choice wins over the person's general one, which wins over the default; a
 * required notice always goes at once.
 */
export function deliveryFor(
  preferences: readonly NotificationPreference[],
  venueId: string,
  kind: NotificationKind,
): NotificationDelivery {
  if (isRequiredNotice(kind)) return 'immediately';
  const forVenue = preferences.find((p) => p.kind === kind && p.venueId === venueId);
  if (forVenue) return forVenue.delivery;
  const general = preferences.find((p) => p.kind === kind && p.venueId === null);
  return general?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY;
}

/** Replaces one choice in a list of preferences, keeping the rest; the result is sorted and free of duplicates. */
export function withPreference(
  preferences: readonly NotificationPreference[],
  next: NotificationPreference,
): NotificationPreference[] {
  const others = preferences.filter((p) => !(p.kind === next.kind && p.venueId === next.venueId));
  return [...others, next].sort(
    (a, b) =>
      (a.venueId ?? '').localeCompare(b.venueId ?? '') ||
      NOTIFICATION_KINDS.indexOf(a.kind) - NOTIFICATION_KINDS.indexOf(b.kind),
  );
}

export function isValidDigestHour(hour: unknown): hour is number {
  return typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23;
}

/** When a person's daily digest goes out: a known time zone and a whole hour of its day. */
export function validateDigestSchedule(input: { timeZone: unknown; digestHour: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof input.timeZone !== 'string' || !isValidTimeZone(input.timeZone))
    errors.push({ path: 'timeZone', message: 'Choose a time zone from the list, e.g. Europe/Berlin.' });
  if (!isValidDigestHour(input.digestHour)) errors.push({ path: 'digestHour', message: 'Choose an hour from 0 to 23.' });
  return errors;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The calendar day after 'YYYY-MM-DD'. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`;
}

/**
 * The local day in `timeZone` whose digest covers `at`, as 'YYYY-MM-DD': a digest is named by the
 * day it is sent on, so a key built from it is the same in every process.
 */
export function digestDayOf(sendAt: Date, timeZone: string): string {
  return formatInZone(sendAt, timeZone).slice(0, 10);
}

/**
 * The first digest time strictly after `after`: `hour`:00 local time in `timeZone`. On a day whose
 * clocks skip that hour (a DST gap) the digest goes out at the first hour that exists after it.
 */
export function nextDigestAt(after: Date, timeZone: string, hour: number = DEFAULT_DIGEST_HOUR): Date {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not a known time zone.`);
  if (!isValidDigestHour(hour))
    throw new RangeError(`A digest hour is a whole number from 0 to 23, got ${hour}.`);
  let day = formatInZone(after, timeZone).slice(0, 10);
  // Two days always suffice: today's slot if still ahead, else tomorrow's; a third guards a gap at 23:00.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const slot = slotOn(day, timeZone, hour);
    if (slot.getTime() > after.getTime()) return slot;
    day = nextDay(day);
  }
  throw new RangeError(`No digest time found after ${after.toISOString()} in ${timeZone}.`);
}

function slotOn(day: string, timeZone: string, hour: number): Date {
  for (let h = hour; h <= 23; h += 1) {
    try {
      return zonedLocalToUtc(`${day}T${pad2(h)}:00`, timeZone);
    } catch {
      // The clocks skip this hour on this day: try the next one.
    }
  }
  return zonedLocalToUtc(`${nextDay(day)}T00:00`, timeZone);
}

/** One notification waiting for a digest. */
export interface DigestItem {
  venueId: string;
  kind: NotificationKind;
  at: Date;
}

/** Groups a digest's items by venue (in the order given) and, inside, by kind, oldest first. */
export function groupDigestItems<T extends DigestItem>(
  items: readonly T[],
): Array<{ venueId: string; sections: Array<{ kind: NotificationKind; items: T[] }> }> {
  const sorted = [...items].sort((a, b) => a.at.getTime() - b.at.getTime());
  const venues = new Map<string, Map<NotificationKind, T[]>>();
  for (const item of sorted) {
    const byKind = venues.get(item.venueId) ?? new Map<NotificationKind, T[]>();
    venues.set(item.venueId, byKind);
    byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  }
  return [...venues].map(([venueId, byKind]) => ({
    venueId,
    sections: NOTIFICATION_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
      kind,
      items: byKind.get(kind) ?? [],
    })),
  }));
}
