import { Schema, type Types } from 'mongoose';
import type { ConditionLibraryEntry, DecisionOutcome, LetterTemplate } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/**
 * A venue's library of standard conditions and its decision letter templates, once a chair
 * changed them (until then the defaults apply).
 */
export interface DecisionSettingsDocument {
  _id: Types.ObjectId;
  venueId: string;
  conditionLibrary: ConditionLibraryEntry[];
  /** Templates the chairs changed, by outcome; the others are the defaults. */
  letterTemplates: Partial<Record<DecisionOutcome, LetterTemplate>>;
  revision: number;
}

/** The statement's Approval: created by a positive decision; the continuing-review issue gives it its lifecycle. */
export interface ApprovalDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  /** The decision (by its id) and the statement version it approved. */
  decisionId: string;
  forVersion: number;
  state: 'active';
  outcome: DecisionOutcome;
  conditions: { libraryId: string | null; text: string; artifactKey: string | null; dueOn: string | null }[];
  releasePlan: unknown[];
  approvedAt: Date;
  revision: number;
}

export const DECISION_SETTINGS_MODEL = 'DecisionSettings';
export const APPROVAL_MODEL = 'Approval';

export const decisionSettingsSchema = new Schema<DecisionSettingsDocument>(
  {
    venueId: { type: String, required: true },
    // Checked by libs/domain before every write; stored as given.
    conditionLibrary: { type: Schema.Types.Mixed, default: undefined },
    letterTemplates: { type: Schema.Types.Mixed, default: {} },
    revision: { type: Number, required: true },
  },
  { collection: 'decision_settings' },
);
decisionSettingsSchema.index({ venueId: 1 }, { unique: true });
auditedSchema(decisionSettingsSchema);

export const approvalSchema = new Schema<ApprovalDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    decisionId: { type: String, required: true },
    forVersion: { type: Number, required: true },
    state: { type: String, required: true, enum: ['active'] },
    outcome: { type: String, required: true },
    conditions: { type: Schema.Types.Mixed, default: [] },
    releasePlan: { type: [Schema.Types.Mixed], default: [] },
    approvedAt: { type: Date, required: true },
    revision: { type: Number, required: true },
  },
  { collection: 'approvals' },
);
// One approval per decision (a retried send creates none twice); a venue's approvals.
approvalSchema.index({ decisionId: 1 }, { unique: true });
approvalSchema.index({ submissionId: 1 });
approvalSchema.index({ venueId: 1, state: 1 });
