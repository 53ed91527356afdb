import { Schema } from 'mongoose';
import type { NotificationKind } from '@impact-review/domain';

/** One notification waiting for its recipient's daily digest. */
export interface DigestItemDocument {
  /** `${event key}:${user id}`: the same notification is queued once. */
  _id: string;
  userId: string;
  venueId: string;
  kind: NotificationKind;
  text: string;
  link: string;
  at: Date;
  state: 'pending' | 'sent';
  /** The digest job that sent it. */
  sentIn: string | null;
}

export const DIGEST_ITEM_MODEL = 'DigestItem';

export const digestItemSchema = new Schema<DigestItemDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    venueId: { type: String, required: true },
    kind: { type: String, required: true },
    text: { type: String, required: true },
    link: { type: String, required: true },
    at: { type: Date, required: true },
    state: { type: String, required: true },
    sentIn: { type: String, default: null },
  },
  { collection: 'digest_items' },
);
digestItemSchema.index({ userId: 1, state: 1, at: 1 });
digestItemSchema.index({ state: 1, at: 1 });
