import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { toRecord } from '../database/to-record';
import {
  ACCOUNT_TOKEN_MODEL,
  type AccountTokenDocument,
  type AccountTokenPurpose,
} from './account-token.schema';

export type AccountTokenRecord = Omit<AccountTokenDocument, '_id'> & { id: string };

function toTokenRecord(doc: AccountTokenDocument): AccountTokenRecord {
  const record = toRecord(doc);
  return { ...record, userId: record.userId ?? null, usedAt: record.usedAt ?? null };
}

@Injectable()
export class AccountTokenRepository {
  constructor(@InjectModel(ACCOUNT_TOKEN_MODEL) private readonly tokens: Model<AccountTokenDocument>) {}

  async create(input: {
    purpose: AccountTokenPurpose;
    tokenHash: string;
    email: string;
    userId: string | null;
    expiresAt: Date;
    now: Date;
  }): Promise<AccountTokenRecord> {
    const { now, ...fields } = input;
    const doc = await this.tokens.create({ ...fields, usedAt: null, createdAt: now });
    return toTokenRecord(doc.toObject<AccountTokenDocument>());
  }

  /** The link if it is still usable at `now`: the right purpose, not used, not expired. */
  async findUsable(
    tokenHash: string,
    purpose: AccountTokenPurpose,
    now: Date,
  ): Promise<AccountTokenRecord | null> {
    const doc = await this.tokens
      .findOne({ tokenHash, purpose, usedAt: null, expiresAt: { $gt: now } })
      .lean<AccountTokenDocument>()
      .exec();
    return doc ? toTokenRecord(doc) : null;
  }

  /**
   * Uses the link: one conditional write, so of two requests with the same link exactly one gets
   * the record back; the other gets null, as for a used or expired link.
   */
  async consume(
    tokenHash: string,
    purpose: AccountTokenPurpose,
    now: Date,
  ): Promise<AccountTokenRecord | null> {
    const doc = await this.tokens
      .findOneAndUpdate(
        { tokenHash, purpose, usedAt: null, expiresAt: { $gt: now } },
        { $set: { usedAt: now } },
        { new: true },
      )
      .lean<AccountTokenDocument>()
      .exec();
    return doc ? toTokenRecord(doc) : null;
  }

  /** Retires the account's other open links of this purpose (an older reset mail stops working). */
  async consumeAllOf(userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
    await this.tokens.updateMany({ userId, purpose, usedAt: null }, { $set: { usedAt: now } }).exec();
  }

  /** Housekeeping: expired links are useless, and used ones only need to exist until they expire. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.tokens.deleteMany({ expiresAt: { $lte: now } }).exec();
    return result.deletedCount ?? 0;
  }
}
