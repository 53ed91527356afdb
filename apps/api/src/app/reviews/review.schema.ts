import { Schema, type Types } from 'mongoose';
import {
  CONTENT_LEVELS,
  CRITERION_RATINGS,
  RELEASE_DISTRIBUTIONS,
  RELEASE_TIMINGS,
  REVIEW_RECOMMENDATIONS,
  REVIEW_STATES,
  REVIEWER_KINDS,
  type ContentLevel,
  type CriterionRating,
  type ReleaseDistribution,
  type ReleaseTiming,
  type ReviewerKind,
  type ReviewRecommendation,
  type ReviewState,
} from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

export interface ReviewAnswerDocument {
  questionId: string;
  rating: CriterionRating | null;
  /** The justification of a rating, or the answer to a text question. */
  text: string;
}

export interface ReleaseRecommendationDocument {
  artifactKey: string;
  contentLevel: ContentLevel;
  timing: ReleaseTiming;
  distribution: ReleaseDistribution;
}

/** What the reviewer wrote: the draft, the current submitted text, and each version. */
export interface ReviewContentDocument {
  answers: ReviewAnswerDocument[];
  recommendation: ReviewRecommendation | null;
  releaseRecommendations: ReleaseRecommendationDocument[];
  requiredMitigations: string;
  commentsForAuthors: string;
  confidentialComments: string;
  namedToAuthors: boolean;
}

/** A submitted version, kept as it was (a later edit adds one). */
export interface ReviewVersionDocument {
  number: number;
  submittedAt: Date;
  /** The statement version the review was written against. */
  statementVersion: number;
  content: ReviewContentDocument;
}

/**
 * One reviewer's review of one statement in one round (revise and resubmit starts a new round).
 * Submitting appends the version in the same single-document update that changes the state, so a
 * submitted review always has its version.
 */
export interface ReviewDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  reviewerId: string;
  assignmentId: string;
  kind: ReviewerKind;
  round: number;
  state: ReviewState;
  content: ReviewContentDocument;
  statementVersion: number;
  versions: ReviewVersionDocument[];
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
}

export const REVIEW_MODEL = 'Review';

const answerSchema = new Schema<ReviewAnswerDocument>(
  {
    questionId: { type: String, required: true },
    rating: { type: String, enum: [...CRITERION_RATINGS, null], default: null },
    text: { type: String, default: '' },
  },
  { _id: false },
);

const releaseRecommendationSchema = new Schema<ReleaseRecommendationDocument>(
  {
    artifactKey: { type: String, required: true },
    contentLevel: { type: String, required: true, enum: CONTENT_LEVELS },
    timing: { type: String, required: true, enum: RELEASE_TIMINGS },
    distribution: { type: String, required: true, enum: RELEASE_DISTRIBUTIONS },
  },
  { _id: false },
);

export const reviewContentSchema = new Schema<ReviewContentDocument>(
  {
    answers: { type: [answerSchema], default: [] },
    recommendation: { type: String, enum: [...REVIEW_RECOMMENDATIONS, null], default: null },
    releaseRecommendations: { type: [releaseRecommendationSchema], default: [] },
    requiredMitigations: { type: String, default: '' },
    commentsForAuthors: { type: String, default: '' },
    confidentialComments: { type: String, default: '' },
    namedToAuthors: { type: Boolean, default: false },
  },
  { _id: false },
);

const versionSchema = new Schema<ReviewVersionDocument>(
  {
    number: { type: Number, required: true },
    submittedAt: { type: Date, required: true },
    statementVersion: { type: Number, required: true },
    content: { type: reviewContentSchema, required: true },
  },
  { _id: false },
);

export const reviewSchema = new Schema<ReviewDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    assignmentId: { type: String, required: true },
    kind: { type: String, required: true, enum: REVIEWER_KINDS },
    round: { type: Number, required: true },
    state: { type: String, required: true, enum: REVIEW_STATES },
    content: { type: reviewContentSchema, required: true },
    statementVersion: { type: Number, required: true },
    versions: { type: [versionSchema], default: [] },
    firstSubmittedAt: { type: Date, default: null },
    submittedAt: { type: Date, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'reviews', timestamps: true },
);
// One review per reviewer, statement and round; a statement's reviews; a reviewer's at a venue.
reviewSchema.index({ submissionId: 1, reviewerId: 1, round: 1 }, { unique: true });
reviewSchema.index({ venueId: 1, reviewerId: 1 });
auditedSchema(reviewSchema);
