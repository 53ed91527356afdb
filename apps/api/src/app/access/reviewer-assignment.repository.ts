import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import type { AssignmentState } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { REVIEWER_ASSIGNMENT_MODEL, type ReviewerAssignmentDocument } from './reviewer-assignment.schema';

export type ReviewerAssignmentRecord = Omit<ReviewerAssignmentDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & {
  id: string;
};

export type NewReviewerAssignment = Omit<ReviewerAssignmentRecord, 'id' | 'revision' | 'respondedAt' | 'declineReason' | 'state'>;

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

/** Committed assignments: written by the assignment feature, read by the access layer as facts. */
@Injectable()
export class ReviewerAssignmentRepository {
  constructor(@InjectModel(REVIEWER_ASSIGNMENT_MODEL) private readonly assignments: Model<ReviewerAssignmentDocument>) {}

  async forSubmissions(submissionIds: readonly string[]): Promise<ReviewerAssignmentRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.assignments
      .find({ submissionId: { $in: [...submissionIds] } }, FIELDS)
      .lean<ReviewerAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  async forVenue(venueId: string): Promise<ReviewerAssignmentRecord[]> {
    const docs = await readInPages(this.assignments, { venueId }, FIELDS, 5000);
    return docs.map(toRecord);
  }

  /** The assignments of some reviewers at a venue (their loads), along the (venueId, reviewerId) index. */
  async forReviewers(venueId: string, reviewerIds: readonly string[]): Promise<ReviewerAssignmentRecord[]> {
    if (reviewerIds.length === 0) return [];
    const docs = await this.assignments
      .find({ venueId, reviewerId: { $in: [...reviewerIds] } }, FIELDS)
      .lean<ReviewerAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  async forReviewer(venueId: string, reviewerId: string): Promise<ReviewerAssignmentRecord[]> {
    const docs = await this.assignments
      .find({ venueId, reviewerId }, FIELDS)
      .sort({ assignedAt: -1, _id: 1 })
      .lean<ReviewerAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  async findById(id: string): Promise<ReviewerAssignmentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.assignments.findById(id, FIELDS).lean<ReviewerAssignmentDocument>().exec();
    return doc ? toRecord(doc) : null;
  }

  /**
   * Inserts new assignments, each with its own log events; a pair that already has a record (a
   * second commit racing this one) is skipped. Returns the ids written.
   */
  async insertMany(
    rows: readonly { assignment: NewReviewerAssignment; events: readonly PendingEvent[] }[],
  ): Promise<ReviewerAssignmentRecord[]> {
    const written: ReviewerAssignmentRecord[] = [];
    const BATCH = 500;
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map(({ assignment, events }) => ({
        ...assignment,
        state: 'assigned' as const,
        respondedAt: null,
        declineReason: '',
        revision: 1,
        pendingEvents: [...events],
        hasPendingEvents: events.length > 0,
      }));
      try {
        const docs = await this.assignments.insertMany(batch, { ordered: false, lean: true });
        written.push(...docs.map((doc) => this.plain(doc as unknown as ReviewerAssignmentDocument)));
      } catch (error) {
        const { writeErrors, insertedDocs } = error as { writeErrors?: unknown[]; insertedDocs?: unknown[] };
        const failures = Array.isArray(writeErrors) ? writeErrors : [error];
        if (!failures.every((e) => isDuplicateKey((e as { err?: unknown }).err ?? e))) throw error;
        written.push(...(insertedDocs ?? []).map((doc) => this.plain(doc as ReviewerAssignmentDocument)));
      }
    }
    return written;
  }

  /** Moves an assignment out of `assigned` if it still is at `revision`; null when someone got there first. */
  async respond(
    id: string,
    revision: number,
    to: Extract<AssignmentState, 'accepted' | 'declined'>,
    declineReason: string,
    at: Date,
    events: readonly PendingEvent[],
  ): Promise<ReviewerAssignmentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.assignments
      .findOneAndUpdate(
        { _id: id, revision, state: 'assigned' },
        withEvents({ $set: { state: to, declineReason, respondedAt: at }, $inc: { revision: 1 } }, events),
        { new: true },
      )
      .lean<ReviewerAssignmentDocument>()
      .exec();
    return doc ? this.plain(doc) : null;
  }

  /** Records the first submission of the assignment's review (later submissions keep the first date). */
  async markReviewSubmitted(id: string, at: Date): Promise<void> {
    if (!isObjectIdString(id)) return;
    await this.assignments.updateOne({ _id: id, reviewSubmittedAt: null }, { $set: { reviewSubmittedAt: at } }).exec();
  }

  /**
   * A resubmission after "revise and resubmit" goes back to the same reviewers: a new round with a
   * new deadline, their earlier submission no longer counting as this round's.
   */
  async startNextRound(submissionId: string, dueAt: Date): Promise<void> {
    await this.assignments
      .updateMany({ submissionId, state: { $in: ['assigned', 'accepted'] } }, { $set: { dueAt, reviewSubmittedAt: null, remindersSent: [] } })
      .exec();
  }

  /** Assignments holding a slot whose review is not submitted and is due in (now, until]: reminder candidates. */
  async openReviewsDueBetween(now: Date, until: Date): Promise<ReviewerAssignmentRecord[]> {
    const docs = await this.assignments
      .find({ reviewSubmittedAt: null, dueAt: { $gt: now, $lte: until }, state: { $in: ['assigned', 'accepted'] } }, FIELDS)
      .lean<ReviewerAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  /** Notes that reminder `key` went out; false when it already had (so it is sent once). */
  async markReminderSent(id: string, key: string): Promise<boolean> {
    if (!isObjectIdString(id)) return false;
    const result = await this.assignments.updateOne({ _id: id, remindersSent: { $ne: key } }, { $push: { remindersSent: key } }).exec();
    return result.modifiedCount === 1;
  }

  /** Takes a reviewer off a statement before they answered (a chair's hand edit); null when it moved on. */
  async remove(id: string, revision: number): Promise<boolean> {
    if (!isObjectIdString(id)) return false;
    const result = await this.assignments.deleteOne({ _id: id, revision, state: 'assigned' }).exec();
    return result.deletedCount === 1;
  }

  private plain(doc: ReviewerAssignmentDocument): ReviewerAssignmentRecord {
    const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as ReviewerAssignmentDocument & {
      pendingEvents?: unknown;
      hasPendingEvents?: unknown;
    };
    return toRecord(rest as ReviewerAssignmentDocument);
  }
}
