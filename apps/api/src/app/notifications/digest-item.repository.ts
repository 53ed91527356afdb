import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { NotificationKind } from '@impact-review/domain';
import { isDuplicateKey } from '../database/duplicate-key';
import { DIGEST_ITEM_MODEL, type DigestItemDocument } from './digest-item.schema';

export interface DigestItemRecord {
  id: string;
  userId: string;
  venueId: string;
  kind: NotificationKind;
  text: string;
  link: string;
  at: Date;
}

const MAX_ITEMS_PER_DIGEST = 200;

@Injectable()
export class DigestItemRepository {
  constructor(@InjectModel(DIGEST_ITEM_MODEL) private readonly items: Model<DigestItemDocument>) {}

  /** Queues the item once per id; false when it was already queued. */
  async add(item: DigestItemRecord): Promise<boolean> {
    try {
      await this.items.create({ _id: item.id, ...item, id: undefined, state: 'pending', sentIn: null });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async pendingFor(userId: string): Promise<DigestItemRecord[]> {
    const docs = await this.items
      .find({ userId, state: 'pending' })
      .sort({ at: 1 })
      .limit(MAX_ITEMS_PER_DIGEST)
      .lean<DigestItemDocument[]>()
      .exec();
    return docs.map(({ _id, userId: owner, venueId, kind, text, link, at }) => ({
      id: _id,
      userId: owner,
      venueId,
      kind,
      text,
      link,
      at,
    }));
  }

  async countPending(userId: string): Promise<number> {
    return this.items.countDocuments({ userId, state: 'pending' }).exec();
  }

  async markSent(ids: readonly string[], digestKey: string): Promise<void> {
    if (ids.length === 0) return;
    await this.items
      .updateMany(
        { _id: { $in: [...ids] }, state: 'pending' },
        { $set: { state: 'sent', sentIn: digestKey } },
      )
      .exec();
  }

  async deleteSentBefore(before: Date): Promise<number> {
    const result = await this.items.deleteMany({ state: 'sent', at: { $lt: before } }).exec();
    return result.deletedCount;
  }
}
