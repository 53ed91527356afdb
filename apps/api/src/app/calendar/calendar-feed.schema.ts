import { Schema, type Types } from 'mongoose';

/**
 * A private calendar feed: a person's own (venueId null) or, for a chair, a venue's. Only the
 * token's hash is kept; making a new one replaces the old, so a leaked address is revoked by it.
 */
export interface CalendarFeedDocument {
  _id: Types.ObjectId;
  userId: string;
  /** '' for the person's own feed (a unique index needs a value). */
  venueId: string;
  tokenHash: string;
  createdAt: Date;
}

export const CALENDAR_FEED_MODEL = 'CalendarFeed';

export const calendarFeedSchema = new Schema<CalendarFeedDocument>(
  {
    userId: { type: String, required: true },
    venueId: { type: String, default: '' },
    tokenHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'calendar_feeds' },
);
calendarFeedSchema.index({ userId: 1, venueId: 1 }, { unique: true });
calendarFeedSchema.index({ tokenHash: 1 }, { unique: true });
