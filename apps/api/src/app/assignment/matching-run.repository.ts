import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import type { MatchingObjective, MatchingRunPhase } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import {
  MATCHING_RUN_MODEL,
  PROPOSED_ASSIGNMENT_MODEL,
  type MatchingResultDocument,
  type MatchingRunDocument,
  type ProposedAssignmentDocument,
} from './matching-run.schema';

export type MatchingRunRecord = Omit<MatchingRunDocument, '_id' | 'activeSlot'> & { id: string };
export type MatchingResultRecord = MatchingResultDocument;
export type ProposedAssignmentRecord = Omit<ProposedAssignmentDocument, '_id'> & { id: string };
export type NewProposedAssignment = Omit<ProposedAssignmentRecord, 'id'>;

const RUN_FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

function toRun(doc: MatchingRunDocument): MatchingRunRecord {
  const { activeSlot: _slot, pendingEvents: _events, hasPendingEvents: _flag, ...rest } = toRecord(
    doc as MatchingRunDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown },
  );
  return rest;
}

@Injectable()
export class MatchingRunRepository {
  constructor(
    @InjectModel(MATCHING_RUN_MODEL) private readonly runs: Model<MatchingRunDocument>,
    @InjectModel(PROPOSED_ASSIGNMENT_MODEL) private readonly proposals: Model<ProposedAssignmentDocument>,
  ) {}

  /** Starts a run unless one is queued or running for the venue (null then): the unique slot decides. */
  async start(
    input: { venueId: string; objective: MatchingObjective; startedById: string },
    events: (id: string) => readonly PendingEvent[],
  ): Promise<MatchingRunRecord | null> {
    const id = new Types.ObjectId();
    const list = events(String(id));
    try {
      const created = await this.runs.create({
        _id: id,
        venueId: input.venueId,
        activeSlot: input.venueId,
        state: 'queued',
        phase: 'loading',
        percent: 0,
        objective: input.objective,
        startedById: input.startedById,
        cancelRequested: false,
        error: null,
        result: null,
        committedAt: null,
        committedById: null,
        finishedAt: null,
        pendingEvents: [...list],
        hasPendingEvents: list.length > 0,
      });
      return toRun(created.toObject<MatchingRunDocument>());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async findById(id: string): Promise<MatchingRunRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.runs.findById(id, RUN_FIELDS).lean<MatchingRunDocument>().exec();
    return doc ? toRun(doc) : null;
  }

  async latest(venueId: string): Promise<MatchingRunRecord | null> {
    const doc = await this.runs.findOne({ venueId }, RUN_FIELDS).sort({ createdAt: -1, _id: -1 }).lean<MatchingRunDocument>().exec();
    return doc ? toRun(doc) : null;
  }

  async recent(venueId: string, limit: number): Promise<MatchingRunRecord[]> {
    const docs = await this.runs
      .find({ venueId }, RUN_FIELDS)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<MatchingRunDocument[]>()
      .exec();
    return docs.map(toRun);
  }

  /** Records progress while the run is active; false once it was cancelled or finished elsewhere. */
  async progress(id: string, phase: MatchingRunPhase, percent: number): Promise<{ active: boolean; cancelRequested: boolean }> {
    const doc = await this.runs
      .findOneAndUpdate(
        { _id: id, state: { $in: ['queued', 'running'] } },
        { $set: { state: 'running', phase, percent } },
        { new: true },
      )
      .lean<MatchingRunDocument>()
      .exec();
    return doc ? { active: true, cancelRequested: doc.cancelRequested } : { active: false, cancelRequested: true };
  }

  async requestCancel(id: string): Promise<MatchingRunRecord | null> {
    const doc = await this.runs
      .findOneAndUpdate({ _id: id, state: { $in: ['queued', 'running'] } }, { $set: { cancelRequested: true } }, { new: true })
      .lean<MatchingRunDocument>()
      .exec();
    return doc ? toRun(doc) : null;
  }

  /** Ends an active run (frees the venue's slot); null when it had already ended. */
  async finish(
    id: string,
    outcome:
      | { state: 'succeeded'; result: MatchingResultRecord }
      | { state: 'failed'; error: string }
      | { state: 'cancelled' },
    events: readonly PendingEvent[],
  ): Promise<MatchingRunRecord | null> {
    const set: Record<string, unknown> = {
      state: outcome.state,
      activeSlot: id,
      finishedAt: new Date(),
      ...(outcome.state === 'succeeded' ? { result: outcome.result, phase: 'writing', percent: 100 } : {}),
      ...(outcome.state === 'failed' ? { error: outcome.error } : {}),
    };
    const doc = await this.runs
      .findOneAndUpdate({ _id: id, state: { $in: ['queued', 'running'] } }, withEvents({ $set: set }, events), {
        new: true,
      })
      .lean<MatchingRunDocument>()
      .exec();
    return doc ? toRun(doc) : null;
  }

  /** Marks a succeeded run committed, once: of two chairs committing at once, one wins. */
  async markCommitted(id: string, byId: string, events: readonly PendingEvent[]): Promise<MatchingRunRecord | null> {
    const doc = await this.runs
      .findOneAndUpdate(
        { _id: id, state: 'succeeded', committedAt: null },
        withEvents({ $set: { committedAt: new Date(), committedById: byId } }, events),
        { new: true },
      )
      .lean<MatchingRunDocument>()
      .exec();
    return doc ? toRun(doc) : null;
  }

  /** Puts the summary back after a hand edit changed the proposal's figures. */
  async replaceResult(id: string, result: MatchingResultRecord): Promise<void> {
    await this.runs.updateOne({ _id: id, committedAt: null }, { $set: { result } }).exec();
  }

  // --- Proposal rows ---

  async addProposal(rows: readonly NewProposedAssignment[]): Promise<void> {
    const BATCH = 2000;
    for (let start = 0; start < rows.length; start += BATCH) {
      try {
        await this.proposals.insertMany(rows.slice(start, start + BATCH), { ordered: false });
      } catch (error) {
        const writeErrors = (error as { writeErrors?: unknown[] }).writeErrors;
        const failures = Array.isArray(writeErrors) ? writeErrors : [error];
        // A retried job writes rows it wrote before: those are there already.
        if (!failures.every((e) => isDuplicateKey((e as { err?: unknown }).err ?? e))) throw error;
      }
    }
  }

  async proposal(runId: string): Promise<ProposedAssignmentRecord[]> {
    const docs = await readInPages(this.proposals, { runId }, null, 5000);
    return docs.map(toRecord);
  }

  async proposalFor(runId: string, submissionIds: readonly string[]): Promise<ProposedAssignmentRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.proposals
      .find({ runId, submissionId: { $in: [...submissionIds] } })
      .lean<ProposedAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  /** Rows of statements after `after` in id order (keyset paging along the unique index), some left out. */
  async proposalAfter(runId: string, after: string | null, limit: number, excludeSubmissionIds: readonly string[]): Promise<ProposedAssignmentRecord[]> {
    const submissionId: Record<string, unknown> = {};
    if (after !== null) submissionId['$gt'] = after;
    if (excludeSubmissionIds.length > 0) submissionId['$nin'] = [...excludeSubmissionIds];
    const docs = await this.proposals
      .find({ runId, ...(Object.keys(submissionId).length > 0 ? { submissionId } : {}) })
      // Not { runId, ... }: SQLite then took the (runId, reviewerId) index and sorted the whole run
      // (200 ms at 26,000 rows); the equality plus this order walks the unique index on MongoDB too.
      .sort({ submissionId: 1, reviewerId: 1 })
      .limit(limit)
      .lean<ProposedAssignmentDocument[]>()
      .exec();
    return docs.map(toRecord);
  }

  async proposalOfReviewer(runId: string, reviewerId: string): Promise<ProposedAssignmentRecord[]> {
    const docs = await this.proposals.find({ runId, reviewerId }).lean<ProposedAssignmentDocument[]>().exec();
    return docs.map(toRecord);
  }

  async removeProposed(runId: string, submissionId: string, reviewerId: string): Promise<boolean> {
    const result = await this.proposals.deleteOne({ runId, submissionId, reviewerId }).exec();
    return result.deletedCount === 1;
  }

  async deleteProposal(runId: string): Promise<void> {
    await this.proposals.deleteMany({ runId }).exec();
  }
}
