import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import type { BidLevel } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { BID_MODEL, type BidDocument } from './bid.schema';

export type BidRecord = Pick<BidDocument, 'venueId' | 'submissionId' | 'reviewerId' | 'level' | 'updatedAt'> & { id: string };

const FIELDS = { venueId: 1, submissionId: 1, reviewerId: 1, level: 1, updatedAt: 1 } as const;

function toBid(doc: BidDocument): BidRecord {
  return { id: String(doc._id), venueId: doc.venueId, submissionId: doc.submissionId, reviewerId: doc.reviewerId, level: doc.level, updatedAt: doc.updatedAt };
}

@Injectable()
export class BidRepository {
  constructor(@InjectModel(BID_MODEL) private readonly bids: Model<BidDocument>) {}

  /** Sets the reviewer's bid on a statement (one write; the last click wins). */
  async place(
    input: { venueId: string; submissionId: string; reviewerId: string; level: BidLevel; at: Date },
    events: readonly PendingEvent[],
  ): Promise<BidRecord> {
    const update = withEvents(
      { $set: { level: input.level, updatedAt: input.at }, $setOnInsert: { venueId: input.venueId } },
      events,
    );
    for (let attempt = 0; ; attempt++) {
      try {
        const doc = await this.bids
          .findOneAndUpdate({ submissionId: input.submissionId, reviewerId: input.reviewerId }, update, {
            upsert: true,
            new: true,
          })
          .lean<BidDocument>()
          .exec();
        return toBid(doc);
      } catch (error) {
        // Two first clicks at once: one inserts, the other updates what it inserted.
        if (!isDuplicateKey(error) || attempt > 0) throw error;
      }
    }
  }

  async ofReviewer(venueId: string, reviewerId: string): Promise<BidRecord[]> {
    const docs = await this.bids.find({ venueId, reviewerId }, FIELDS).lean<BidDocument[]>().exec();
    return docs.map(toBid);
  }

  async ofVenue(venueId: string): Promise<BidRecord[]> {
    const docs = await readInPages(this.bids, { venueId }, FIELDS, 10_000);
    return docs.map(toBid);
  }
}
