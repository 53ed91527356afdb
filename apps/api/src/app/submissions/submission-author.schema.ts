import { Schema, type Types } from 'mongoose';

/**
 * Who authors which submission, one document per pair. The submission keeps its `authorIds` list
 * (the access policy reads it with the submission); this collection answers "which submissions
 * does this person author" from an index on a scalar field, which an array field cannot give.
 */
export interface SubmissionAuthorDocument {
  _id: Types.ObjectId;
  submissionId: string;
  userId: string;
  createdAt: Date;
}

export const SUBMISSION_AUTHOR_MODEL = 'SubmissionAuthor';

export const submissionAuthorSchema = new Schema<SubmissionAuthorDocument>(
  {
    submissionId: { type: String, required: true },
    userId: { type: String, required: true },
  },
  { collection: 'submission_authors', timestamps: { createdAt: true, updatedAt: false } },
);
submissionAuthorSchema.index({ submissionId: 1, userId: 1 }, { unique: true });
submissionAuthorSchema.index({ userId: 1 });
