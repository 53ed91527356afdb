import { Schema, type Types } from 'mongoose';
import { auditedSchema } from '../audit/pending-events';

/** A comment in a statement's discussion (never edited: a correction is a new comment). */
export interface DiscussionCommentDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  authorId: string;
  body: string;
  /** People the comment names; each could read the discussion when it was posted. */
  mentions: string[];
  createdAt: Date;
}

/** When a person last read a statement's discussion (the unread marker). */
export interface DiscussionReadDocument {
  _id: Types.ObjectId;
  submissionId: string;
  userId: string;
  lastReadAt: Date;
}

/** The authors' response to a statement's released reviews (one per statement, edited until the deadline). */
export interface AuthorResponseDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  text: string;
  wordCount: number;
  updatedById: string;
  submittedAt: Date;
  revision: number;
}

export const DISCUSSION_COMMENT_MODEL = 'DiscussionComment';
export const DISCUSSION_READ_MODEL = 'DiscussionRead';
export const AUTHOR_RESPONSE_MODEL = 'AuthorResponse';

export const discussionCommentSchema = new Schema<DiscussionCommentDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    authorId: { type: String, required: true },
    body: { type: String, required: true },
    mentions: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
  },
  { collection: 'discussion_comments' },
);
discussionCommentSchema.index({ submissionId: 1, createdAt: 1 });
auditedSchema(discussionCommentSchema);

export const discussionReadSchema = new Schema<DiscussionReadDocument>(
  {
    submissionId: { type: String, required: true },
    userId: { type: String, required: true },
    lastReadAt: { type: Date, required: true },
  },
  { collection: 'discussion_reads' },
);
discussionReadSchema.index({ submissionId: 1, userId: 1 }, { unique: true });

export const authorResponseSchema = new Schema<AuthorResponseDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    text: { type: String, required: true },
    wordCount: { type: Number, required: true },
    updatedById: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    revision: { type: Number, required: true },
  },
  { collection: 'author_responses' },
);
authorResponseSchema.index({ submissionId: 1 }, { unique: true });
auditedSchema(authorResponseSchema);
