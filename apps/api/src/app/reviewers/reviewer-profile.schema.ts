import { Schema, type Types } from 'mongoose';
import type { ReviewerAffiliation, ReviewerProfile, ReviewerPublication } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** One reviewer's profile at one venue: the domain's profile, whose it is, and its revision. */
export interface ReviewerProfileDocument extends ReviewerProfile {
  _id: Types.ObjectId;
  venueId: string;
  userId: string;
  /** 1 on the first save; every save names the revision it replaces. */
  revision: number;
  updatedAt: Date;
}

export const REVIEWER_PROFILE_MODEL = 'ReviewerProfile';

const publicationSchema = new Schema<ReviewerPublication>(
  {
    title: { type: String, required: true },
    abstract: { type: String, default: '' },
    year: { type: Number, default: null },
  },
  { _id: false },
);

const affiliationSchema = new Schema<ReviewerAffiliation>(
  {
    institution: { type: String, required: true },
    emailDomain: { type: String, default: '' },
    startYear: { type: Number, required: true },
    endYear: { type: Number, default: null },
  },
  { _id: false },
);

export const reviewerProfileSchema = new Schema<ReviewerProfileDocument>(
  {
    venueId: { type: String, required: true },
    userId: { type: String, required: true },
    areas: { type: [String], default: [] },
    expertise: { type: String, default: '' },
    publications: { type: [publicationSchema], default: [] },
    affiliations: { type: [affiliationSchema], default: [] },
    communities: { type: [String], default: [] },
    maxLoad: { type: Number, required: true },
    trainingCompletedOn: { type: String, default: null },
    revision: { type: Number, required: true },
  },
  { collection: 'reviewer_profiles', timestamps: { createdAt: false, updatedAt: true } },
);
reviewerProfileSchema.index({ venueId: 1, userId: 1 }, { unique: true });
auditedSchema(reviewerProfileSchema);
