import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { toRecord } from '../database/to-record';
import { SESSION_MODEL, type SessionDocument } from './session.schema';

export interface SessionRecord {
  id: string;
  tokenHash: string;
  userId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectModel(SESSION_MODEL) private readonly sessions: Model<SessionDocument>) {}

  async create(input: { tokenHash: string; userId: string; expiresAt: Date; now: Date }): Promise<SessionRecord> {
    const doc = await this.sessions.create({
      tokenHash: input.tokenHash,
      userId: input.userId,
      expiresAt: input.expiresAt,
      lastSeenAt: input.now,
    });
    return toRecord(doc.toObject<SessionDocument>());
  }

  /** Every request starts here, so it goes to the driver directly (no mongoose query building). */
  async findByTokenHash(tokenHash: string): Promise<SessionRecord | null> {
    const doc = await this.sessions.collection.findOne<SessionDocument>({ tokenHash });
    return doc ? toRecord(doc) : null;
  }


  async touch(id: string, now: Date): Promise<void> {
    await this.sessions.updateOne({ _id: id }, { $set: { lastSeenAt: now } }).exec();
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.sessions.deleteOne({ tokenHash }).exec();
  }

  /** Ends every session of one account (a password reset signs everyone else out). */
  async deleteAllOfUser(userId: string): Promise<number> {
    const result = await this.sessions.deleteMany({ userId }).exec();
    return result.deletedCount ?? 0;
  }

  /** Housekeeping: expired sessions are useless, and FerretDB cannot expire them by itself. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.sessions.deleteMany({ expiresAt: { $lte: now } }).exec();
    return result.deletedCount ?? 0;
  }
}
