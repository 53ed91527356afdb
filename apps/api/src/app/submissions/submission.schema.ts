import { Schema, type Types } from 'mongoose';
import { auditedSchema } from '../audit/pending-events';
import {
  ARTIFACT_KINDS,
  POWER_LEVELS,
  SUBMISSION_PHASES,
  TIERS,
  TIER_STATUSES,
  type Artifact,
  type DecisionOutcome,
  type ReleasePlanItem,
  type ImpactStatementContent,
  type SubmissionLinks,
  type SubmissionPhase,
  type Tier,
  type TierStatus,
  type TierSuggestion,
} from '@impact-review/domain';

/** The shape the documents have; a start-up migration brings older documents to it. */
export const SUBMISSION_SCHEMA_VERSION = 2;

/** What the authors register beside the statement; a draft holds it, each version freezes it. */
export interface SubmissionMetadataDocument {
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
}

/**
 * The authors' open draft: everything they edit, saved as one. `revision` guards autosaves
 * (optimistic concurrency of its own, so an autosave never conflicts with a chair's decision).
 */
export interface DraftDocument extends SubmissionMetadataDocument {
  /** Built field by field from validated input (statement-content.mapper), so no '$' or '.' keys. */
  content: ImpactStatementContent;
  revision: number;
  updatedAt: Date;
  basedOnVersion: number | null;
}

/** The latest submitted version's metadata, copied here so lists and searches never read drafts or versions. */
export interface SubmittedMetadataDocument extends SubmissionMetadataDocument {
  authorIds: string[];
  /**
   * What the matcher compares with reviewers' expertise (affinityTextOf): copied here at submit so a
   * venue-sized run reads no versions. '' on submissions from before it existed (the run then reads
   * their versions).
   */
  affinityText: string;
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
  /** Who may edit; the submitted version's author list is `submitted.authorIds`. */
  authorIds: string[];
  /** Derived with phaseOf on every write, stored so lists can filter on it. */
  phase: SubmissionPhase;
  draft: DraftDocument | null;
  /** The revision the last closed draft had: a new draft continues from it, so stale tabs never match. */
  lastDraftRevision: number;
  /** 0 until the first submission. */
  latestVersionNumber: number;
  submittedAt: Date | null;
  submitted: SubmittedMetadataDocument | null;
  /** normalizeSearchText of the submitted title and author names: what chairs' searches match. */
  searchText: string;
  /** The submitted title, normalized, for sorting by title. */
  titleKey: string;
  /**
   * The last change others may see (a submitted version, a tier decision); drafts never move it,
   * so sorting by "last change" cannot reveal an author at work. null until the first submission.
   */
  listedAt: Date | null;
  tierSuggestion: TierSuggestion | null;
  /** The latest decision (for `forVersion`); in force only while tierStatus is confirmed or overridden. */
  tierDecision: TierDecisionDocument | null;
  /** Every decision ever made, oldest first; appended to, never rewritten. */
  tierDecisions: TierDecisionDocument[];
  tierStatus: TierStatus;
  /** tierRank(effective tier): sorting and filtering by tier in the query. */
  tierRank: number;
  /** When a chair released the reviews to the authors; null while they are not (missing: null). */
  reviewsReleasedAt?: Date | null;
  /** When the authors were told that a venue-wide release lets them read the reviews (missing: never). */
  reviewsReleaseAnnouncedAt?: Date | null;
  /** The committee's decision on the latest version, recorded and perhaps sent (missing: none). */
  decision?: DecisionDocument | null;
  /** Every decision whose letter was sent, oldest first (missing: none). */
  decisions?: DecisionDocument[];
  /** The version whose decision was last sent (0 or missing: none): at most one letter per version. */
  decisionSentForVersion?: number;
  /** Moves with what others may see (submits, tier decisions); autosaves leave it alone. */
  revision: number;
  schemaVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A decided condition as stored: the artifact by its key. */
export interface DecidedConditionDocument {
  libraryId: string | null;
  text: string;
  artifactKey: string | null;
  dueOn: string | null;
}

/** The committee's decision on one version, with its letter once sent. */
export interface DecisionDocument {
  id: string;
  forVersion: number;
  tier: Tier;
  outcome: DecisionOutcome;
  conditions: DecidedConditionDocument[];
  releasePlan: ReleasePlanItem[];
  withoutReviewsReason: string;
  reviewsCounted: { expert: number; community: number };
  /** The meeting whose motion decided it (full review); null for a chair's decision. */
  meetingId: string | null;
  decidedById: string;
  decidedAt: Date;
  letter: { subject: string; body: string } | null;
  sentAt: Date | null;
  sentById: string | null;
}

export const SUBMISSION_MODEL = 'Submission';

export const linksSchema = new Schema<SubmissionLinks>(
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
    // A draft's artifact may still be unnamed.
    name: { type: String, default: '' },
    description: { type: String, default: '' },
    powerLevel: { type: String, required: true, enum: POWER_LEVELS },
  },
  { _id: false },
);

const draftSchema = new Schema<DraftDocument>(
  {
    title: { type: String, default: '' },
    abstract: { type: String, default: '' },
    links: { type: linksSchema, required: true },
    artifacts: { type: [artifactSchema], default: [] },
    // Mixed: the shape is checked by libs/domain validation and rebuilt by the mapper before storing.
    content: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    basedOnVersion: { type: Number, default: null },
  },
  { _id: false, minimize: false },
);

const submittedSchema = new Schema<SubmittedMetadataDocument>(
  {
    title: { type: String, required: true },
    abstract: { type: String, default: '' },
    links: { type: linksSchema, required: true },
    artifacts: { type: [artifactSchema], default: [] },
    authorIds: { type: [String], required: true },
    affinityText: { type: String, default: '' },
  },
  { _id: false },
);

export const tierDecisionSchema = new Schema<TierDecisionDocument>(
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
    authorIds: { type: [String], required: true },
    phase: { type: String, required: true, enum: SUBMISSION_PHASES },
    draft: { type: draftSchema, default: null },
    lastDraftRevision: { type: Number, required: true, default: 0 },
    latestVersionNumber: { type: Number, required: true, default: 0 },
    submittedAt: { type: Date, default: null },
    submitted: { type: submittedSchema, default: null },
    searchText: { type: String, default: '' },
    titleKey: { type: String, default: '' },
    listedAt: { type: Date, default: null },
    tierSuggestion: { type: Schema.Types.Mixed, default: null },
    tierDecision: { type: tierDecisionSchema, default: null },
    tierDecisions: { type: [tierDecisionSchema], default: [] },
    tierStatus: { type: String, required: true, enum: TIER_STATUSES },
    tierRank: { type: Number, required: true, default: 0 },
    reviewsReleasedAt: { type: Date, default: null },
    reviewsReleaseAnnouncedAt: { type: Date, default: null },
    // Checked by libs/domain (checkDecision) before every write; stored as given.
    decision: { type: Schema.Types.Mixed, default: null },
    decisions: { type: [Schema.Types.Mixed], default: undefined },
    decisionSentForVersion: { type: Number, default: 0 },
    revision: { type: Number, required: true, default: 1 },
    schemaVersion: { type: Number, default: SUBMISSION_SCHEMA_VERSION },
  },
  // minimize: false keeps empty objects in Mixed content exactly as written.
  { collection: 'submissions', timestamps: true, minimize: false },
);
// "My submissions" goes through submission_authors (an index on an array field cannot be used);
// every index here costs each autosave, which rewrites the document.
// Chairs' lists: equality on the venue, then one index per sort order (with _id to break ties), so
// each page is a walk along an index with skip/limit. Phase, tier and status filters and the search
// are checked on the documents that walk reaches; none of them is an array or decides the range.
submissionSchema.index({ venueId: 1, listedAt: -1, _id: -1 });
submissionSchema.index({ venueId: 1, submittedAt: -1, _id: -1 });
submissionSchema.index({ venueId: 1, titleKey: 1, _id: 1 });
submissionSchema.index({ venueId: 1, tierRank: 1, _id: 1 });
// Counting a venue's listed submissions with the tier or the status filter from the index alone:
// every condition of the count is a key of the same index, so no document is read.
submissionSchema.index({ venueId: 1, phase: 1, tierRank: 1 });
submissionSchema.index({ venueId: 1, phase: 1, tierStatus: 1 });
// The start-up migration looks for documents older than SUBMISSION_SCHEMA_VERSION.
submissionSchema.index({ schemaVersion: 1 });
// Changes record their log events in the same write (see audit/pending-events.ts).
auditedSchema(submissionSchema);
