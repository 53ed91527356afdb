import { Schema, type Types } from 'mongoose';
import { AMENDMENT_STATES, type AmendmentChangeKind, type AmendmentDecision, type AmendmentState, type Artifact, type ReleasePlanItem } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

export interface AmendmentRecommendationDocument {
  reviewerId: string;
  decision: AmendmentDecision;
  comment: string;
  at: Date;
}

export interface AmendmentDecisionDocument {
  decision: AmendmentDecision;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
}

/**
 * The authors' request to change an approved release plan: the plan they ask for (beside the plan
 * approved when they asked), the artifacts it adds, its review tier, the reviewers of record's
 * recommendations and the chair's decision. `slot` is "open" while it is under review and its own
 * id after, so an approval has at most one amendment under review (a unique index decides two
 * requests at once).
 */
export interface AmendmentDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  approvalId: string;
  slot: string;
  state: AmendmentState;
  reason: string;
  previousPlan: ReleasePlanItem[];
  releasePlan: ReleasePlanItem[];
  newArtifacts: Artifact[];
  changes: { kind: AmendmentChangeKind; artifactKey: string }[];
  tier: 'expedited' | 'full';
  tierReasons: string[];
  requestedBy: string;
  requestedAt: Date;
  recommendations: AmendmentRecommendationDocument[];
  decision: AmendmentDecisionDocument | null;
  revision: number;
}

export const AMENDMENT_MODEL = 'Amendment';

export const amendmentSchema = new Schema<AmendmentDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    approvalId: { type: String, required: true },
    slot: { type: String, required: true },
    state: { type: String, required: true, enum: AMENDMENT_STATES },
    reason: { type: String, required: true },
    // Checked by libs/domain before every write; stored as given.
    previousPlan: { type: Schema.Types.Mixed, default: [] },
    releasePlan: { type: Schema.Types.Mixed, default: [] },
    newArtifacts: { type: Schema.Types.Mixed, default: [] },
    changes: { type: Schema.Types.Mixed, default: [] },
    tier: { type: String, required: true },
    tierReasons: { type: [String], default: [] },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    recommendations: { type: Schema.Types.Mixed, default: [] },
    decision: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'amendments' },
);
// One amendment under review per approval; an approval's amendments, newest first.
amendmentSchema.index({ approvalId: 1, slot: 1 }, { unique: true });
amendmentSchema.index({ approvalId: 1, requestedAt: -1 });
auditedSchema(amendmentSchema);
