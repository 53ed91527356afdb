import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { toRecord } from '../database/to-record';
import { CONFLICT_MODEL, type ConflictDocument } from './conflict.schema';

export type ConflictRecord = Omit<ConflictDocument, '_id'> & { id: string };

export type ConflictDeclarationRecord = Pick<
  ConflictDocument,
  'venueId' | 'submissionId' | 'userId' | 'type' | 'reason' | 'declaredById' | 'declaredAt'
>;

@Injectable()
export class ConflictRepository {
  constructor(@InjectModel(CONFLICT_MODEL) private readonly conflicts: Model<ConflictDocument>) {}

  /** The conflicts in force on each of these submissions. */
  async activeForSubmissions(submissionIds: readonly string[]): Promise<ConflictRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.conflicts
      .find({ submissionId: { $in: [...submissionIds] }, withdrawnAt: null })
      .lean<ConflictDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  /** Every conflict in force at a venue (the matcher's input). */
  async activeForVenue(venueId: string): Promise<ConflictRecord[]> {
    const docs = await readInPages(this.conflicts, { venueId, withdrawnAt: null });
    return docs.map(toRecord);
  }

  /** The submissions of a venue this person is conflicted with by a declared conflict. */
  async submissionIdsConflictedFor(userId: string, venueId: string): Promise<string[]> {
    if (userId === '') return [];
    const docs = await this.conflicts
      .find({ userId, venueId, withdrawnAt: null }, { submissionId: 1 })
      .lean<Pick<ConflictDocument, 'submissionId'>[]>()
      .exec();
    return docs.map((doc) => doc.submissionId);
  }

  async findActive(submissionId: string, userId: string): Promise<ConflictRecord | null> {
    const doc = await this.conflicts.findOne({ submissionId, userId, withdrawnAt: null }).lean<ConflictDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Declares (or re-declares after a withdrawal) one conflict. Returns null when a conflict with
   * this person is already in force: declaring twice changes nothing, also under races (the
   * unique index lets only one insert through).
   */
  async declare(input: ConflictDeclarationRecord, events: readonly PendingEvent[]): Promise<ConflictRecord | null> {
    try {
      const doc = await this.conflicts
        .findOneAndUpdate(
          { submissionId: input.submissionId, userId: input.userId, withdrawnAt: { $ne: null } },
          withEvents(
            {
              $set: {
                type: input.type,
                reason: input.reason,
                declaredById: input.declaredById,
                declaredAt: input.declaredAt,
                withdrawnAt: null,
                withdrawnById: null,
              },
              $inc: { revision: 1 },
            },
            events,
          ),
          { new: true },
        )
        .lean<ConflictDocument>()
        .exec();
      if (doc) return toRecord(doc);
      const created = await this.conflicts.create({
        ...input,
        withdrawnAt: null,
        withdrawnById: null,
        revision: 1,
        pendingEvents: [...events],
        hasPendingEvents: events.length > 0,
      });
      return toRecord(created.toObject<ConflictDocument>());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  /** Withdraws the conflict if it is still in force at `revision`; null when someone else got there first. */
  async withdraw(
    id: string,
    revision: number,
    withdrawnById: string,
    at: Date,
    events: readonly PendingEvent[],
  ): Promise<ConflictRecord | null> {
    const doc = await this.conflicts
      .findOneAndUpdate(
        { _id: id, revision, withdrawnAt: null },
        withEvents({ $set: { withdrawnAt: at, withdrawnById }, $inc: { revision: 1 } }, events),
        { new: true },
      )
      .lean<ConflictDocument>()
      .exec();
    return doc ? toRecord(doc) : null;
  }
}
