import { Schema } from 'mongoose';
import type { AuditEventKind, AuditObjectType } from '@impact-review/domain';

/** One entry of a venue's log: the event, and the signed tree it completes. */
export interface AuditEntryDocument {
  /** `${venueId}:${index}`: two appenders can never give two entries one position. */
  _id: string;
  venueId: string;
  index: number;
  /** Unique: an event enters the log once, however often the appender runs. */
  eventId: string;
  kind: AuditEventKind;
  objectType: AuditObjectType;
  objectId: string;
  actorId: string | null;
  at: Date;
  /** Canonical JSON of the event: the bytes the leaf hash covers. */
  entry: string;
  leafHash: string;
  rootAfter: string;
  frontier: string[];
  timestamp: string;
  signature: string;
}

export const AUDIT_ENTRY_MODEL = 'AuditEntry';

export const auditEntrySchema = new Schema<AuditEntryDocument>(
  {
    _id: { type: String, required: true },
    venueId: { type: String, required: true },
    index: { type: Number, required: true },
    eventId: { type: String, required: true },
    kind: { type: String, required: true },
    objectType: { type: String, required: true },
    objectId: { type: String, required: true },
    actorId: { type: String, default: null },
    at: { type: Date, required: true },
    entry: { type: String, required: true },
    leafHash: { type: String, required: true },
    rootAfter: { type: String, required: true },
    frontier: { type: [String], required: true },
    timestamp: { type: String, required: true },
    signature: { type: String, required: true },
  },
  { collection: 'audit_entries' },
);
auditEntrySchema.index({ eventId: 1 }, { unique: true });
auditEntrySchema.index({ venueId: 1, index: -1 });
auditEntrySchema.index({ venueId: 1, objectId: 1, index: -1 });
auditEntrySchema.index({ venueId: 1, actorId: 1, index: -1 });
auditEntrySchema.index({ venueId: 1, kind: 1, index: -1 });
