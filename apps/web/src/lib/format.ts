import { labelOf } from '@impact-review/domain';

/** A date-time instant for people, in their own zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The time of day of an instant, in the person's zone ("14:05"); the date too when not today. */
export function formatTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toDateString() === now.toDateString()
    ? date.toLocaleTimeString(undefined, { timeStyle: 'short' })
    : formatDateTime(iso);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A calendar day written 'YYYY-MM-DD' (an embargo date): the same day for everyone, whatever their zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** 'YYYY-MM-DDTHH:mm' wall time as written, with a space instead of the T. */
export function formatLocal(local: string): string {
  return local.replace('T', ' ');
}

/** A vocabulary value for people: the domain label when there is one, else the value in words. */
export function humanize(value: string): string {
  const label = labelOf(value);
  if (label !== value) return label;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 change", "3 changes": a count with its noun in the right number (plural by adding s unless given). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
