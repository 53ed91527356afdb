// A change and its event are written in one single-document update: the event waits inside the
// changed document (pendingEvents) until the log appender moves it into the venue's log. There are
// no multi-document transactions, and this way a crash can delay an event but never lose it or
// record one for a change that did not happen.
import { randomUUID } from 'node:crypto';
import { Schema } from 'mongoose';
import { canonicalJson } from '@impact-review/audit';
import type { AuditEventKind, AuditObjectType } from '@impact-review/domain';

export interface PendingEvent {
  id: string;
  venueId: string;
  kind: AuditEventKind;
  objectType: AuditObjectType;
  objectId: string;
  /** The person who made the change; null for the system. */
  actorId: string | null;
  /** ISO time of the change. */
  at: string;
  /** Canonical JSON of what changed (before/after of the fields that changed; never secrets). */
  summary: string;
  /**
   * What to tell people about the change, handed to the log's listeners once the event is in the
   * log (not part of the entry). Riding with the event, it survives a crash right after the change.
   */
  notification?: Record<string, unknown>;
}

/** The collections whose documents carry pending events. */
export const AUDITED_COLLECTIONS = ['venues', 'invitations', 'venue_roles', 'submissions', 'conflicts', 'reviewer_profiles', 'reviewer_assignments', 'bids', 'matching_runs', 'pair_rules', 'reviews', 'review_forms', 'discussion_comments', 'author_responses', 'decision_settings', 'meetings', 'meeting_motions', 'approvals', 'reevaluations', 'incidents', 'amendments'] as const;
export type AuditedCollection = (typeof AUDITED_COLLECTIONS)[number];

export function auditEvent(input: {
  venueId: string;
  kind: AuditEventKind;
  objectType: AuditObjectType;
  objectId: string;
  actorId: string | null;
  summary: Record<string, unknown>;
  at?: Date;
  notification?: object;
}): PendingEvent {
  return {
    ...(input.notification ? { notification: { ...input.notification } } : {}),
    id: randomUUID(),
    venueId: input.venueId,
    kind: input.kind,
    objectType: input.objectType,
    objectId: input.objectId,
    actorId: input.actorId,
    at: (input.at ?? new Date()).toISOString(),
    summary: canonicalJson(plain(input.summary)),
  };
}

/** Dates become ISO strings, undefined disappears: what a log entry can hold. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/** The fields of `after` that differ from `before`, as { field: { before, after } }. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (canonicalJson(plain(before[key] ?? null)) !== canonicalJson(plain(value))) {
      changes[key] = { before: plain(before[key] ?? null), after: plain(value) };
    }
  }
  return changes;
}

/** The update operators that record `events` in the same write as the change. */
export function recordingEvents(events: readonly PendingEvent[]): {
  $push: { pendingEvents: { $each: PendingEvent[] } };
  $set: { hasPendingEvents: true };
} {
  return { $push: { pendingEvents: { $each: [...events] } }, $set: { hasPendingEvents: true } };
}

/** Merges the recording of `events` into an update document that may have its own $set. */
export function withEvents<U extends Record<string, unknown>>(update: U, events: readonly PendingEvent[]): U {
  if (events.length === 0) return update;
  const recording = recordingEvents(events);
  const ownSet = (update['$set'] ?? {}) as Record<string, unknown>;
  const ownPush = (update['$push'] ?? {}) as Record<string, unknown>;
  return { ...update, $set: { ...ownSet, ...recording.$set }, $push: { ...ownPush, ...recording.$push } };
}

/** Adds the pending-event fields (and the index the appender's sweep uses) to an audited schema. */
export function auditedSchema<T>(schema: Schema<T>): Schema<T> {
  (schema as unknown as Schema).add({
    pendingEvents: { type: [Schema.Types.Mixed], default: undefined },
    hasPendingEvents: { type: Boolean },
  });
  schema.index({ hasPendingEvents: 1 });
  return schema;
}
