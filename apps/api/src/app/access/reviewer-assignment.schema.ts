import { Schema, type Types } from 'mongoose';
import {
  ASSIGNMENT_ORIGINS,
  ASSIGNMENT_STATES,
  BID_LEVELS,
  REVIEWER_KINDS,
  type AssignmentOrigin,
  type AssignmentState,
  type BidLevel,
  type ReviewerKind,
} from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** Why the matcher (or a chair) put this reviewer on this statement. */
export interface AssignmentReasonsDocument {
  /** Stemmed words of the statement that matched the reviewer's profile, strongest first. */
  terms: string[];
  areas: string[];
  bid: BidLevel | null;
}

/**
 * A committed assignment of a reviewer to a statement: an access fact (the reviewer sees the
 * statement while it holds a slot). A decline keeps the record, so the pair is never proposed again.
 */
export interface ReviewerAssignmentDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  reviewerId: string;
  kind: ReviewerKind;
  state: AssignmentState;
  origin: AssignmentOrigin;
  /** The pair's score in the run that proposed it (affinity plus bid); 0 for a chair's pick without one. */
  score: number;
  reasons: AssignmentReasonsDocument;
  /** The matcher run whose proposal held it; null for a chair's own pick. */
  runId: string | null;
  assignedById: string;
  assignedAt: Date;
  /** When the review is due: the tier's review period from the assignment. */
  dueAt: Date;
  respondedAt: Date | null;
  declineReason: string;
  /** When the reviewer first submitted the review (an access fact: they may read others' then). */
  reviewSubmittedAt?: Date | null;
  /** Reminders already sent for this review ('3d', '1d'). */
  remindersSent?: string[];
  /** Bumped by every change: of two answers at once, exactly one wins. */
  revision: number;
}

export const REVIEWER_ASSIGNMENT_MODEL = 'ReviewerAssignment';

export const reviewerAssignmentSchema = new Schema<ReviewerAssignmentDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    kind: { type: String, required: true, enum: REVIEWER_KINDS },
    state: { type: String, required: true, enum: ASSIGNMENT_STATES },
    origin: { type: String, required: true, enum: ASSIGNMENT_ORIGINS },
    score: { type: Number, required: true },
    reasons: {
      type: new Schema<AssignmentReasonsDocument>(
        {
          terms: { type: [String], default: [] },
          areas: { type: [String], default: [] },
          bid: { type: String, enum: [...BID_LEVELS, null], default: null },
        },
        { _id: false },
      ),
      required: true,
    },
    runId: { type: String, default: null },
    assignedById: { type: String, required: true },
    assignedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    respondedAt: { type: Date, default: null },
    declineReason: { type: String, default: '' },
    reviewSubmittedAt: { type: Date, default: null },
    remindersSent: { type: [String], default: [] },
    revision: { type: Number, required: true },
  },
  { collection: 'reviewer_assignments' },
);
// One record per pair; access facts by submission; a reviewer's own list and loads by venue.
reviewerAssignmentSchema.index({ submissionId: 1, reviewerId: 1 }, { unique: true });
reviewerAssignmentSchema.index({ venueId: 1, reviewerId: 1 });
reviewerAssignmentSchema.index({ venueId: 1, state: 1 });
// Reminders: the open reviews due soon, across venues.
reviewerAssignmentSchema.index({ reviewSubmittedAt: 1, dueAt: 1 });
auditedSchema(reviewerAssignmentSchema);
