import { Schema, type Types } from 'mongoose';
import {
  ARTIFACT_KINDS,
  POWER_LEVELS,
  SUBMISSION_PHASES,
  TIERS,
  type Artifact,
  type ImpactStatementContent,
  type SubmissionPhase,
  type Tier,
  type TierSuggestion,
} from '@impact-review/domain';
import { TIER_STATUSES, type SubmissionLinks, type TierStatus } from '@impact-review/domain';

/** The authors' open draft; `revision` guards autosaves (optimistic concurrency of its own). */
export interface DraftDocument {
  /** Built field by field from validated input (statement-content.mapper), so no '$' or '.' keys. */
  content: ImpactStatementContent;
  revision: number;
  updatedAt: Date;
  basedOnVersion: number | null;
}

export interface TierDecisionDocument {
  tier: Tier;
  suggestedTier: Tier;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
  forVersion: number;
}

export interface SubmissionDocument {
  _id: Types.ObjectId;
  venueId: string;
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  authorIds: string[];
  /** Derived with phaseOf on every write, stored so lists can filter on it. */
  phase: SubmissionPhase;
  draft: DraftDocument | null;
  /** The revision the last closed draft had: a new draft continues from it, so stale tabs never match. */
  lastDraftRevision: number;
  /** 0 until the first submission. */
  latestVersionNumber: number;
  submittedAt: Date | null;
  tierSuggestion: TierSuggestion | null;
  tierDecision: TierDecisionDocument | null;
  tierStatus: TierStatus;
  /** tierRank(effective tier): sorting and filtering by tier in the query. */
  tierRank: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const SUBMISSION_MODEL = 'Submission';

const linksSchema = new Schema<SubmissionLinks>(
  {
    paperUrl: { type: String, default: '' },
    openReviewUrl: { type: String, default: '' },
    doi: { type: String, default: '' },
    repositoryUrl: { type: String, default: '' },
  },
  { _id: false },
);

export const artifactSchema = new Schema<Artifact>(
  {
    key: { type: String, required: true },
    kind: { type: String, required: true, enum: ARTIFACT_KINDS },
    name: { type: String, required: true },
    description: { type: String, default: '' },
    powerLevel: { type: String, required: true, enum: POWER_LEVELS },
  },
  { _id: false },
);

const draftSchema = new Schema<DraftDocument>(
  {
    // Mixed: the shape is checked by libs/domain validation and rebuilt by the mapper before storing.
    content: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    basedOnVersion: { type: Number, default: null },
  },
  { _id: false },
);

const tierDecisionSchema = new Schema<TierDecisionDocument>(
  {
    tier: { type: String, required: true, enum: TIERS },
    suggestedTier: { type: String, required: true, enum: TIERS },
    reason: { type: String, default: '' },
    decidedBy: { type: String, required: true },
    decidedAt: { type: Date, required: true },
    forVersion: { type: Number, required: true },
  },
  { _id: false },
);

export const submissionSchema = new Schema<SubmissionDocument>(
  {
    venueId: { type: String, required: true },
    title: { type: String, required: true },
    abstract: { type: String, default: '' },
    links: { type: linksSchema, required: true },
    artifacts: { type: [artifactSchema], default: [] },
    authorIds: { type: [String], required: true },
    phase: { type: String, required: true, enum: SUBMISSION_PHASES },
    draft: { type: draftSchema, default: null },
    lastDraftRevision: { type: Number, required: true, default: 0 },
    latestVersionNumber: { type: Number, required: true, default: 0 },
    submittedAt: { type: Date, default: null },
    tierSuggestion: { type: Schema.Types.Mixed, default: null },
    tierDecision: { type: tierDecisionSchema, default: null },
    tierStatus: { type: String, required: true, enum: TIER_STATUSES },
    tierRank: { type: Number, required: true, default: 0 },
    revision: { type: Number, required: true, default: 1 },
  },
  // minimize: false keeps empty objects in Mixed content exactly as written.
  { collection: 'submissions', timestamps: true, minimize: false },
);
submissionSchema.index({ authorIds: 1 });
submissionSchema.index({ venueId: 1, latestVersionNumber: 1 });
