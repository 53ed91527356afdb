import { Schema, type Types } from 'mongoose';
import { BID_LEVELS, type BidLevel } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** A reviewer's bid on a statement: one per pair, replaced as they click. */
export interface BidDocument {
  _id: Types.ObjectId;
  venueId: string;
  submissionId: string;
  reviewerId: string;
  level: BidLevel;
  updatedAt: Date;
}

export const BID_MODEL = 'Bid';

export const bidSchema = new Schema<BidDocument>(
  {
    venueId: { type: String, required: true },
    submissionId: { type: String, required: true },
    reviewerId: { type: String, required: true },
    level: { type: String, required: true, enum: BID_LEVELS },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'bids' },
);
bidSchema.index({ submissionId: 1, reviewerId: 1 }, { unique: true });
// A reviewer's bids on their bidding page; the chairs' progress and the matcher read by venue.
bidSchema.index({ venueId: 1, reviewerId: 1 });
auditedSchema(bidSchema);
