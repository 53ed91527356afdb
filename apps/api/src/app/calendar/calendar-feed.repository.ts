import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { toRecord } from '../database/to-record';
import { CALENDAR_FEED_MODEL, type CalendarFeedDocument } from './calendar-feed.schema';

export type CalendarFeedRecord = Omit<CalendarFeedDocument, '_id'> & { id: string };

/** Only this class touches the calendar_feeds collection. */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectModel(CALENDAR_FEED_MODEL) private readonly feeds: Model<CalendarFeedDocument>) {}

  /** Sets the feed's token (creating the feed, or replacing the token of the one there: the old address stops working). */
  async replace(userId: string, venueId: string, tokenHash: string, at: Date): Promise<CalendarFeedRecord> {
    const doc = await this.feeds
      .findOneAndUpdate({ userId, venueId }, { $set: { tokenHash, createdAt: at } }, { upsert: true, new: true })
      .lean<CalendarFeedDocument>()
      .exec();
    return toRecord(doc as CalendarFeedDocument);
  }

  async remove(userId: string, venueId: string): Promise<boolean> {
    return (await this.feeds.deleteOne({ userId, venueId }).exec()).deletedCount === 1;
  }

  async ofUser(userId: string): Promise<CalendarFeedRecord[]> {
    return (await this.feeds.find({ userId }).lean<CalendarFeedDocument[]>().exec()).map(toRecord);
  }

  async byTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null> {
    const doc = await this.feeds.findOne({ tokenHash }).lean<CalendarFeedDocument>().exec();
    return doc ? toRecord(doc) : null;
  }
}
