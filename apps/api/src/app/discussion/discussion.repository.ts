import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { toRecord } from '../database/to-record';
import {
  AUTHOR_RESPONSE_MODEL,
  DISCUSSION_COMMENT_MODEL,
  DISCUSSION_READ_MODEL,
  type AuthorResponseDocument,
  type DiscussionCommentDocument,
  type DiscussionReadDocument,
} from './discussion.schema';

export type DiscussionCommentRecord = Omit<DiscussionCommentDocument, '_id'> & { id: string };
export type AuthorResponseRecord = Omit<AuthorResponseDocument, '_id'> & { id: string };

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

function withoutEvents<T extends { _id: unknown }>(doc: T): Omit<T, '_id'> & { id: string } {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as T & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  return toRecord(rest as never) as Omit<T, '_id'> & { id: string };
}

/** Comments, read markers and the authors' responses: the only class touching their collections. */
@Injectable()
export class DiscussionRepository {
  constructor(
    @InjectModel(DISCUSSION_COMMENT_MODEL) private readonly comments: Model<DiscussionCommentDocument>,
    @InjectModel(DISCUSSION_READ_MODEL) private readonly reads: Model<DiscussionReadDocument>,
    @InjectModel(AUTHOR_RESPONSE_MODEL) private readonly responses: Model<AuthorResponseDocument>,
  ) {}

  async commentsOf(submissionId: string): Promise<DiscussionCommentRecord[]> {
    const docs = await this.comments.find({ submissionId }, FIELDS).sort({ createdAt: 1, _id: 1 }).lean<DiscussionCommentDocument[]>().exec();
    return docs.map((d) => toRecord(d));
  }

  /** An id for a comment about to be written (its notification names it). */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async addComment(id: string, comment: Omit<DiscussionCommentRecord, 'id'>, events: readonly PendingEvent[]): Promise<DiscussionCommentRecord> {
    const doc = await this.comments.create({ _id: new Types.ObjectId(id), ...comment, pendingEvents: [...events], hasPendingEvents: events.length > 0 });
    return withoutEvents(doc.toObject<DiscussionCommentDocument>());
  }

  async lastReadAt(submissionId: string, userId: string): Promise<Date | null> {
    const doc = await this.reads.findOne({ submissionId, userId }).lean<DiscussionReadDocument>().exec();
    return doc?.lastReadAt ?? null;
  }

  /** Moves the reader's marker forward (never back: two tabs may report out of order). */
  async markRead(submissionId: string, userId: string, at: Date): Promise<void> {
    try {
      await this.reads.updateOne({ submissionId, userId }, { $max: { lastReadAt: at } }, { upsert: true }).exec();
    } catch (error) {
      // Two first reads at once: the other created the marker; move it now.
      if (!isDuplicateKey(error)) throw error;
      await this.reads.updateOne({ submissionId, userId }, { $max: { lastReadAt: at } }).exec();
    }
  }

  async responseOf(submissionId: string): Promise<AuthorResponseRecord | null> {
    const doc = await this.responses.findOne({ submissionId }, FIELDS).lean<AuthorResponseDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Writes the response at `expectedRevision` (0: the first, raced on the unique index); null when
   * someone saved in between.
   */
  async saveResponse(
    input: Omit<AuthorResponseRecord, 'id' | 'revision'>,
    expectedRevision: number,
    events: readonly PendingEvent[],
  ): Promise<AuthorResponseRecord | null> {
    if (expectedRevision === 0) {
      try {
        const doc = await this.responses.create({ ...input, revision: 1, pendingEvents: [...events], hasPendingEvents: events.length > 0 });
        return withoutEvents(doc.toObject<AuthorResponseDocument>());
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    }
    const doc = await this.responses
      .findOneAndUpdate(
        { submissionId: input.submissionId, revision: expectedRevision },
        withEvents({ $set: { text: input.text, wordCount: input.wordCount, updatedById: input.updatedById, submittedAt: input.submittedAt }, $inc: { revision: 1 } }, events),
        { new: true },
      )
      .lean<AuthorResponseDocument>()
      .exec();
    return doc ? withoutEvents(doc) : null;
  }
}
