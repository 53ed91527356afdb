import { Schema, type Types } from 'mongoose';
import { CONFLICT_TYPES, type ConflictType } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** One person's conflict with one submission; withdrawn ones stay (withdrawnAt) for the record. */
export interface ConflictDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  userId: string;
  type: ConflictType;
  reason: string;
  declaredById: string;
  declaredAt: Date;
  /** Null while the conflict holds. */
  withdrawnAt: Date | null;
  withdrawnById: string | null;
  /** Bumped by every declare or withdraw, so two racing changes cannot both win. */
  revision: number;
}

export const CONFLICT_MODEL = 'Conflict';

export const conflictSchema = new Schema<ConflictDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    userId: { type: String, required: true },
    type: { type: String, required: true, enum: CONFLICT_TYPES },
    reason: { type: String, required: true },
    declaredById: { type: String, required: true },
    declaredAt: { type: Date, required: true },
    withdrawnAt: { type: Date, default: null },
    withdrawnById: { type: String, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'conflicts' },
);
// One record per person and submission; access facts read by submission, list scopes by person.
conflictSchema.index({ submissionId: 1, userId: 1 }, { unique: true });
conflictSchema.index({ userId: 1, venueId: 1 });
auditedSchema(conflictSchema);
