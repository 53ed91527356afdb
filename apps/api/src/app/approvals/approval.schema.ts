import { Schema, type Types } from 'mongoose';
import { APPROVAL_STATES, type ApprovalAction, type ApprovalActor, type ApprovalState, type Artifact, type DecisionOutcome, type Tier } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** The last transition: who made it, when, and why (shown with the state). */
export interface ApprovalTransitionDocument {
  action: ApprovalAction | 'created';
  actor: ApprovalActor;
  actorId: string | null;
  reason: string;
  at: Date;
}

/**
 * A statement's Approval, created by a positive decision and kept alive by continuing review: its
 * state, the period it holds for (from the venue's continuing-review policy and the tier decided),
 * the reminders sent for the current expiry, and what is suspended.
 */
export interface ApprovalDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  /** The decision (by its id) and the statement version it approved. */
  decisionId: string;
  forVersion: number;
  tier: Tier;
  state: ApprovalState;
  outcome: DecisionOutcome;
  conditions: { libraryId: string | null; text: string; artifactKey: string | null; dueOn: string | null }[];
  releasePlan: unknown[];
  approvedAt: Date;
  /** Null: it does not expire (exempt work by default). */
  expiresAt: Date | null;
  /** Days-before-expiry reminders already sent for the current `expiresAt`. */
  remindersSent: number[];
  /** While suspended: the artifacts whose release stops (empty: the whole approval). */
  suspendedArtifactKeys: string[];
  lastTransition: ApprovalTransitionDocument;
  /** Gates passed: a re-evaluation decided to advance an artifact to a stage (0: its evented release). */
  stageOpenings: { artifactKey: string; stage: number; gatePassedAt: Date; reevaluationId: string | null }[];
  /** Artifacts approved amendments added (the statement's own are in its submitted version). */
  addedArtifacts: Artifact[];
  /** Approved amendments whose plan this approval carries, oldest first (a retried decision applies none twice). */
  appliedAmendmentIds: string[];
  /** Every state it entered, oldest first (for its timeline and the dashboard's chart). */
  stateHistory: { state: ApprovalState; action: ApprovalAction | 'created'; at: Date }[];
  revision: number;
}

export const APPROVAL_MODEL = 'Approval';

export const approvalSchema = new Schema<ApprovalDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    decisionId: { type: String, required: true },
    forVersion: { type: Number, required: true },
    tier: { type: String, required: true },
    state: { type: String, required: true, enum: APPROVAL_STATES },
    outcome: { type: String, required: true },
    conditions: { type: Schema.Types.Mixed, default: [] },
    releasePlan: { type: [Schema.Types.Mixed], default: [] },
    approvedAt: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
    remindersSent: { type: [Number], default: [] },
    suspendedArtifactKeys: { type: [String], default: [] },
    // Checked by libs/domain before every write; stored as given.
    lastTransition: { type: Schema.Types.Mixed, required: true },
    stateHistory: { type: Schema.Types.Mixed, default: [] },
    stageOpenings: { type: Schema.Types.Mixed, default: [] },
    addedArtifacts: { type: Schema.Types.Mixed, default: [] },
    appliedAmendmentIds: { type: [String], default: [] },
    revision: { type: Number, required: true },
  },
  { collection: 'approvals' },
);
// One approval per decision (a retried send creates none twice); a statement's, a venue's by state,
// and the schedule's sweep over what expires next.
approvalSchema.index({ decisionId: 1 }, { unique: true });
approvalSchema.index({ submissionId: 1 });
approvalSchema.index({ venueId: 1, state: 1 });
approvalSchema.index({ state: 1, expiresAt: 1 });
auditedSchema(approvalSchema);
