import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import type { ReviewerProfile } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { toRecord } from '../database/to-record';
import { REVIEWER_PROFILE_MODEL, type ReviewerProfileDocument } from './reviewer-profile.schema';

export type ReviewerProfileRecord = Omit<ReviewerProfileDocument, '_id'> & { id: string };

@Injectable()
export class ReviewerProfileRepository {
  constructor(
    @InjectModel(REVIEWER_PROFILE_MODEL) private readonly profiles: Model<ReviewerProfileDocument>,
  ) {}

  async find(venueId: string, userId: string): Promise<ReviewerProfileRecord | null> {
    const doc = await this.profiles.findOne({ venueId, userId }).lean<ReviewerProfileDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  async ofVenue(venueId: string): Promise<ReviewerProfileRecord[]> {
    const docs = await readInPages(this.profiles, { venueId });
    return docs.map(toRecord);
  }

  /** One page of a venue's profiles, along the (venueId, userId) index. */
  async pageOfVenue(venueId: string, offset: number, limit: number): Promise<ReviewerProfileRecord[]> {
    const docs = await this.profiles
      .find({ venueId })
      .sort({ userId: 1 }) // the venueId equality plus this order walks the (venueId, userId) index
      .skip(offset)
      .limit(limit)
      .lean<ReviewerProfileDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  async countOfVenue(venueId: string): Promise<number> {
    return this.profiles.countDocuments({ venueId }).exec();
  }

  /**
   * Saves the profile if it is still at `expectedRevision` (0: none saved yet). Null when someone
   * saved in between (two tabs, two devices): only one of two racing saves wins.
   */
  async save(
    venueId: string,
    userId: string,
    profile: ReviewerProfile,
    expectedRevision: number,
    events: readonly PendingEvent[],
  ): Promise<ReviewerProfileRecord | null> {
    if (expectedRevision === 0) {
      try {
        const created = await this.profiles.create({
          venueId,
          userId,
          ...profile,
          revision: 1,
          pendingEvents: [...events],
          hasPendingEvents: events.length > 0,
        });
        return toRecord(created.toObject<ReviewerProfileDocument>());
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    }
    const doc = await this.profiles
      .findOneAndUpdate(
        { venueId, userId, revision: expectedRevision },
        withEvents({ $set: { ...profile }, $inc: { revision: 1 } }, events),
        { new: true },
      )
      .lean<ReviewerProfileDocument>()
      .exec();
    return doc ? toRecord(doc) : null;
  }
}
