import { Schema, type Types } from 'mongoose';

/**
 * The chairs' search index: one document per word of a submission's search text (its submitted
 * title and authors' names) in its venue. A search looks its words up by prefix on an index instead
 * of reading the venue's submissions; the submission's own search text has the last word, so a
 * word left over from an earlier title only adds a candidate that is then dropped.
 */
export interface SubmissionSearchTermDocument {
  _id: Types.ObjectId;
  venueId: string;
  term: string;
  submissionId: string;
}

export const SUBMISSION_SEARCH_TERM_MODEL = 'SubmissionSearchTerm';

export const submissionSearchTermSchema = new Schema<SubmissionSearchTermDocument>(
  {
    venueId: { type: String, required: true },
    term: { type: String, required: true },
    submissionId: { type: String, required: true },
  },
  { collection: 'submission_search_terms' },
);
submissionSearchTermSchema.index({ venueId: 1, term: 1, submissionId: 1 }, { unique: true });
