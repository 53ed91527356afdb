import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../database/duplicate-key';
import { RATE_WINDOW_MODEL, type RateWindowDocument } from './rate-window.schema';

export interface WindowCount {
  count: number;
  expiresAt: Date;
}

@Injectable()
export class RateWindowRepository {
  constructor(@InjectModel(RATE_WINDOW_MODEL) private readonly windows: Model<RateWindowDocument>) {}

  /**
   * Counts one hit on `key` and returns the count including it. Every step is one atomic
   * single-document write, so concurrent hits (also from other API processes) each get their own
   * number: increment the live window, or create it (the unique index lets one creator win), or
   * restart an expired one (conditional on it still being expired).
   */
  async hit(key: string, now: Date, windowMs: number): Promise<WindowCount> {
    const expiresAt = new Date(now.getTime() + windowMs);
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const live = await this.windows
          .findOneAndUpdate(
            { key, expiresAt: { $gt: now } },
            { $inc: { count: 1 }, $setOnInsert: { startedAt: now, expiresAt } },
            { upsert: true, new: true },
          )
          .lean<RateWindowDocument>()
          .exec();
        if (live) return { count: live.count, expiresAt: live.expiresAt };
      } catch (error) {
        // The key's window exists but has expired (or another request created it first).
        if (!isDuplicateKey(error)) throw error;
      }
      const restarted = await this.windows
        .findOneAndUpdate(
          { key, expiresAt: { $lte: now } },
          { $set: { count: 1, startedAt: now, expiresAt } },
          { new: true },
        )
        .lean<RateWindowDocument>()
        .exec();
      if (restarted) return { count: restarted.count, expiresAt: restarted.expiresAt };
    }
    throw new Error(`Could not count a hit on rate window ${key}`);
  }

  /** Gives back one hit of the live window (never below zero). */
  async release(key: string, now: Date): Promise<void> {
    await this.windows
      .updateOne({ key, expiresAt: { $gt: now }, count: { $gt: 0 } }, { $inc: { count: -1 } })
      .exec();
  }

  async clear(key: string): Promise<void> {
    await this.windows.deleteOne({ key }).exec();
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.windows.deleteMany({ expiresAt: { $lte: now } }).exec();
    return result.deletedCount ?? 0;
  }
}
