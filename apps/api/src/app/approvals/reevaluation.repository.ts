import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { REEVALUATION_MODEL, type ReevaluationDocument } from './reevaluation.schema';

export type ReevaluationRecord = Omit<ReevaluationDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & { id: string };
export type NewReevaluation = Pick<ReevaluationRecord, 'venueId' | 'submissionId' | 'approvalId' | 'approvalRevision' | 'trigger' | 'reason' | 'openedAt'>;

function reevaluationOf(doc: ReevaluationDocument): ReevaluationRecord {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as ReevaluationDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  const record = toRecord(rest as ReevaluationDocument);
  return { ...record, report: record.report ?? null, recommendations: record.recommendations ?? [], decision: record.decision ?? null };
}

/** Only this class touches the reevaluations collection; each change is one conditional single-document update. */
@Injectable()
export class ReevaluationRepository {
  constructor(@InjectModel(REEVALUATION_MODEL) private readonly reevaluations: Model<ReevaluationDocument>) {}

  /** The re-evaluation opened at that approval revision, created once (a second caller finds the first). */
  async open(input: NewReevaluation): Promise<ReevaluationRecord> {
    try {
      const doc = await this.reevaluations.create({ ...input, state: 'open', report: null, recommendations: [], decision: null, revision: 1 });
      return reevaluationOf(doc.toObject<ReevaluationDocument>());
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.reevaluations.findOne({ approvalId: input.approvalId, approvalRevision: input.approvalRevision }).lean<ReevaluationDocument>().exec();
      if (!existing) throw error;
      return reevaluationOf(existing);
    }
  }

  /** The approval's latest re-evaluation. */
  async latestOf(approvalId: string): Promise<ReevaluationRecord | null> {
    const docs = await this.reevaluations.find({ approvalId }).sort({ openedAt: -1, _id: -1 }).limit(1).lean<ReevaluationDocument[]>().exec();
    return docs[0] ? reevaluationOf(docs[0]) : null;
  }

  /** Every re-evaluation of the approval, oldest first (its timeline). */
  async allOf(approvalId: string): Promise<ReevaluationRecord[]> {
    const docs = await this.reevaluations.find({ approvalId }).sort({ openedAt: 1, _id: 1 }).lean<ReevaluationDocument[]>().exec();
    return docs.map(reevaluationOf);
  }

  /** Writes `set` if the re-evaluation is still open at `expectedRevision`; null when it moved on. */
  async update(id: string, expectedRevision: number, set: Partial<Pick<ReevaluationRecord, 'report' | 'recommendations' | 'decision' | 'state'>>, events: readonly PendingEvent[]): Promise<ReevaluationRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.reevaluations
      .findOneAndUpdate({ _id: id, revision: expectedRevision, state: 'open' }, withEvents({ $set: set, $inc: { revision: 1 } }, events), { new: true })
      .lean<ReevaluationDocument>()
      .exec();
    return doc ? reevaluationOf(doc) : null;
  }
}
