import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { AMENDMENT_MODEL, type AmendmentDocument } from './amendment.schema';

export type AmendmentRecord = Omit<AmendmentDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & { id: string };
export type NewAmendment = Omit<AmendmentRecord, 'id' | 'slot' | 'state' | 'recommendations' | 'decision' | 'revision'>;

function amendmentOf(doc: AmendmentDocument): AmendmentRecord {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as AmendmentDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  const record = toRecord(rest as AmendmentDocument);
  return { ...record, recommendations: record.recommendations ?? [], decision: record.decision ?? null };
}

/** Only this class touches the amendments collection; each change is one conditional single-document write. */
@Injectable()
export class AmendmentRepository {
  constructor(@InjectModel(AMENDMENT_MODEL) private readonly amendments: Model<AmendmentDocument>) {}

  /** An id for a request about to be made (its log event names it). */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** Creates the request, or null when the approval already has one under review. */
  async request(id: string, input: NewAmendment, events: readonly PendingEvent[]): Promise<AmendmentRecord | null> {
    try {
      const doc = await this.amendments.create({
        _id: new Types.ObjectId(id),
        ...input,
        slot: 'open',
        state: 'requested',
        recommendations: [],
        decision: null,
        revision: 1,
        pendingEvents: [...events],
        hasPendingEvents: events.length > 0,
      });
      return amendmentOf(doc.toObject<AmendmentDocument>());
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }

  async findById(id: string): Promise<AmendmentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.amendments.findById(id, { pendingEvents: 0, hasPendingEvents: 0 }).lean<AmendmentDocument>().exec();
    return doc ? amendmentOf(doc) : null;
  }

  /** The approval's amendments, newest first. */
  async ofApproval(approvalId: string): Promise<AmendmentRecord[]> {
    const docs = await this.amendments.find({ approvalId }, { pendingEvents: 0, hasPendingEvents: 0 }).sort({ requestedAt: -1, _id: -1 }).lean<AmendmentDocument[]>().exec();
    return docs.map(amendmentOf);
  }

  /** Writes `set` if the amendment is still under review at `expectedRevision`; null when it moved on. */
  async update(
    id: string,
    expectedRevision: number,
    set: Partial<Pick<AmendmentRecord, 'recommendations' | 'decision' | 'state' | 'slot'>>,
    events: readonly PendingEvent[],
  ): Promise<AmendmentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.amendments
      .findOneAndUpdate({ _id: id, revision: expectedRevision, state: 'requested' }, withEvents({ $set: set, $inc: { revision: 1 } }, events), { new: true })
      .lean<AmendmentDocument>()
      .exec();
    return doc ? amendmentOf(doc) : null;
  }
}
