import { Schema, type Types } from 'mongoose';
import { auditedSchema } from '../audit/pending-events';

export const PAIR_RULES = ['force', 'forbid'] as const;
export type PairRule = (typeof PAIR_RULES)[number];

/**
 * A chair's hand edit kept for the matcher: a forced pair is in every proposal, a forbidden one in
 * none. Written when a chair adds or removes a reviewer in a proposal.
 */
export interface PairRuleDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  reviewerId: string;
  rule: PairRule;
  setById: string;
  setAt: Date;
}

export const PAIR_RULE_MODEL = 'PairRule';

export const pairRuleSchema = new Schema<PairRuleDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    rule: { type: String, required: true, enum: PAIR_RULES },
    setById: { type: String, required: true },
    setAt: { type: Date, required: true },
  },
  { collection: 'pair_rules' },
);
pairRuleSchema.index({ submissionId: 1, reviewerId: 1 }, { unique: true });
pairRuleSchema.index({ venueId: 1 });
auditedSchema(pairRuleSchema);
