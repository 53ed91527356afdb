import { Schema, type Types } from 'mongoose';
import type { ConditionStatus, ReevaluationOutcome, ReevaluationTrigger } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

export interface ReportDocument {
  progress: string;
  changes: string;
  incidents: string;
  replication: string;
  milestones: string;
  conditions: { status: ConditionStatus; note: string }[];
  submittedAt: Date;
  submittedBy: string;
}

export interface RecommendationDocument {
  reviewerId: string;
  outcome: ReevaluationOutcome;
  comment: string;
  /** Answers to the venue's continuing-review rubric (absent before the rubric existed). */
  answers?: { questionId: string; rating: string | null; text: string }[];
  at: Date;
}

export interface ReevaluationDecisionDocument {
  outcome: ReevaluationOutcome;
  reason: string;
  withoutReportReason: string;
  decidedAt: Date;
  decidedBy: string | null;
}

/**
 * One re-evaluation of an approval: opened when the approval went under re-evaluation (at that
 * approval revision), the authors' report, the reviewers' recommendations (one per reviewer) and
 * the decision that moved the approval on.
 */
export interface ReevaluationDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  approvalId: string;
  /** The approval's revision once it was under re-evaluation: one re-evaluation per opening. */
  approvalRevision: number;
  trigger: ReevaluationTrigger;
  reason: string;
  openedAt: Date;
  state: 'open' | 'decided';
  report: ReportDocument | null;
  recommendations: RecommendationDocument[];
  decision: ReevaluationDecisionDocument | null;
  revision: number;
}

export const REEVALUATION_MODEL = 'Reevaluation';

export const reevaluationSchema = new Schema<ReevaluationDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    approvalId: { type: String, required: true },
    approvalRevision: { type: Number, required: true },
    trigger: { type: String, required: true },
    reason: { type: String, default: '' },
    openedAt: { type: Date, required: true },
    state: { type: String, required: true, enum: ['open', 'decided'] },
    // Checked by libs/domain before every write; stored as given.
    report: { type: Schema.Types.Mixed, default: null },
    recommendations: { type: Schema.Types.Mixed, default: [] },
    decision: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'reevaluations' },
);
reevaluationSchema.index({ approvalId: 1, approvalRevision: 1 }, { unique: true });
reevaluationSchema.index({ approvalId: 1, openedAt: -1 });
auditedSchema(reevaluationSchema);
