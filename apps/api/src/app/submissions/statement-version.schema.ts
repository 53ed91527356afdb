import { Schema, type Types } from 'mongoose';
import type { Artifact, ImpactStatementContent, TierSuggestion } from '@impact-review/domain';
import { artifactSchema } from './submission.schema';

/**
 * A submitted version of a statement. Insert-only: nothing ever updates one, and the unique
 * (submissionId, number) index makes a second submit of the same draft fail instead of forking.
 */
export interface StatementVersionDocument {
  _id: Types.ObjectId;
  submissionId: string;
  number: number;
  content: ImpactStatementContent;
  artifacts: Artifact[];
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
    content: { type: Schema.Types.Mixed, required: true },
    artifacts: { type: [artifactSchema], default: [] },
    submittedAt: { type: Date, required: true },
    submittedBy: { type: String, required: true },
    tierSuggestion: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'statement_versions', timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
statementVersionSchema.index({ submissionId: 1, number: 1 }, { unique: true });
