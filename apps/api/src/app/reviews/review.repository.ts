import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { REVIEW_MODEL, type ReviewContentDocument, type ReviewDocument } from './review.schema';

export type ReviewContentRecord = ReviewContentDocument;
export type ReviewRecord = Omit<ReviewDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & { id: string };
export type NewReview = Pick<ReviewRecord, 'venueId' | 'submissionId' | 'reviewerId' | 'assignmentId' | 'kind' | 'round' | 'statementVersion'>;

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

/** The record without the log events waiting in the document (findAndModify takes no exclusion here). */
function plain(doc: ReviewDocument): ReviewRecord {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as ReviewDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  return toRecord(rest as ReviewDocument);
}

/** The outcome of a guarded write: the review, or why there is none. */
export type ReviewWriteResult = { ok: true; review: ReviewRecord } | { ok: false; reason: 'stale' | 'exists' };

/** Only this class touches the reviews collection; each change is one conditional single-document update. */
@Injectable()
export class ReviewRepository {
  constructor(@InjectModel(REVIEW_MODEL) private readonly reviews: Model<ReviewDocument>) {}

  async forSubmission(submissionId: string): Promise<ReviewRecord[]> {
    const docs = await this.reviews.find({ submissionId }, FIELDS).lean<ReviewDocument[]>().exec();
    return docs.map(toRecord);
  }

  async forSubmissions(submissionIds: readonly string[]): Promise<ReviewRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.reviews.find({ submissionId: { $in: [...submissionIds] } }, FIELDS).lean<ReviewDocument[]>().exec();
    return docs.map(toRecord);
  }

  /** The statements of a venue that have at least one submitted review. */
  async submissionsWithSubmittedReviews(venueId: string): Promise<string[]> {
    const docs = await this.reviews.find({ venueId, state: 'submitted' }, { submissionId: 1 }).lean<{ submissionId: string }[]>().exec();
    return [...new Set(docs.map((d) => d.submissionId))];
  }

  async forReviewer(venueId: string, reviewerId: string): Promise<ReviewRecord[]> {
    const docs = await this.reviews.find({ venueId, reviewerId }, FIELDS).lean<ReviewDocument[]>().exec();
    return docs.map(toRecord);
  }

  async find(submissionId: string, reviewerId: string, round: number): Promise<ReviewRecord | null> {
    const doc = await this.reviews.findOne({ submissionId, reviewerId, round }, FIELDS).lean<ReviewDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Writes the first draft, or the first submission with its version. `exists` when another tab or
   * request wrote the review first (the unique index decides).
   */
  async create(input: NewReview, content: ReviewContentRecord, submittedAt: Date | null, events: readonly PendingEvent[]): Promise<ReviewWriteResult> {
    try {
      const doc = await this.reviews.create({
        ...input,
        state: submittedAt ? 'submitted' : 'draft',
        content,
        versions: submittedAt ? [{ number: 1, submittedAt, statementVersion: input.statementVersion, content }] : [],
        firstSubmittedAt: submittedAt,
        submittedAt,
        revision: 1,
        pendingEvents: [...events],
        hasPendingEvents: events.length > 0,
      });
      return { ok: true, review: plain(doc.toObject<ReviewDocument>()) };
    } catch (error) {
      if (isDuplicateKey(error)) return { ok: false, reason: 'exists' };
      throw error;
    }
  }

  /** Saves the draft over itself if the review is still a draft at `revision`. */
  async saveDraft(id: string, revision: number, content: ReviewContentRecord, statementVersion: number): Promise<ReviewWriteResult> {
    return this.update({ _id: id, revision, state: 'draft' }, { $set: { content, statementVersion }, $inc: { revision: 1 } }, []);
  }

  /**
   * Submits (or resubmits) at `revision`: the content becomes the current text and a new version
   * in one update, with its log event.
   */
  async submit(
    current: ReviewRecord,
    content: ReviewContentRecord,
    statementVersion: number,
    at: Date,
    events: readonly PendingEvent[],
  ): Promise<ReviewWriteResult> {
    const number = current.versions.length + 1;
    return this.update(
      { _id: current.id, revision: current.revision },
      {
        $set: { content, statementVersion, state: 'submitted', submittedAt: at, firstSubmittedAt: current.firstSubmittedAt ?? at },
        $push: { versions: { number, submittedAt: at, statementVersion, content } },
        $inc: { revision: 1 },
      },
      events,
    );
  }

  private async update(filter: Record<string, unknown>, update: Record<string, unknown>, events: readonly PendingEvent[]): Promise<ReviewWriteResult> {
    if (!isObjectIdString(String(filter['_id']))) return { ok: false, reason: 'stale' };
    const doc = await this.reviews
      .findOneAndUpdate(filter, withEvents(update, events), { new: true })
      .lean<ReviewDocument>()
      .exec();
    return doc ? { ok: true, review: plain(doc) } : { ok: false, reason: 'stale' };
  }
}
