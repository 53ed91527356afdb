import { Schema, type Types } from 'mongoose';
import type {
  Artifact,
  ImpactStatementContent,
  SubmissionLinks,
  TierSuggestion,
} from '@impact-review/domain';
import { artifactSchema, linksSchema } from './submission.schema';

/**
 * A submitted version: the statement and everything the authors registered beside it (title,
 * abstract, links, artifacts, authors), frozen. Insert-only: nothing ever updates one (apart from
 * the start-up migration filling in the metadata of versions stored before versions held it), and
 * the unique (submissionId, number) index makes a second submit of the same draft fail instead of
 * forking.
 */
export interface StatementVersionDocument {
  _id: Types.ObjectId;
  submissionId: string;
  number: number;
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  authorIds: string[];
  content: ImpactStatementContent;
  submittedAt: Date;
  submittedBy: string;
  tierSuggestion: TierSuggestion;
  createdAt: Date;
}

export const STATEMENT_VERSION_MODEL = 'StatementVersion';

export const statementVersionSchema = new Schema<StatementVersionDocument>(
  {
    submissionId: { type: String, required: true },
    number: { type: Number, required: true },
    title: { type: String, required: true },
    abstract: { type: String, default: '' },
    links: { type: linksSchema, required: true },
    artifacts: { type: [artifactSchema], default: [] },
    authorIds: { type: [String], required: true },
    content: { type: Schema.Types.Mixed, required: true },
    submittedAt: { type: Date, required: true },
    submittedBy: { type: String, required: true },
    tierSuggestion: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'statement_versions', timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
statementVersionSchema.index({ submissionId: 1, number: 1 }, { unique: true });
