import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isObjectIdString, toRecord } from '../database/to-record';
import { INCIDENT_MODEL, type IncidentDocument } from './incident.schema';

export type IncidentRecord = Omit<IncidentDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & { id: string };
export type NewIncident = Pick<IncidentRecord, 'venueId' | 'approvalId' | 'submissionId' | 'whatHappened' | 'evidenceLinks' | 'email' | 'shareWithAuthors' | 'confirmTokenHash' | 'createdAt'>;

function incidentOf(doc: IncidentDocument): IncidentRecord {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as IncidentDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  const record = toRecord(rest as IncidentDocument);
  return { ...record, triage: record.triage ?? [], evidenceLinks: record.evidenceLinks ?? [] };
}

/** Only this class touches the incidents collection; each change is one conditional single-document update. */
@Injectable()
export class IncidentRepository {
  constructor(@InjectModel(INCIDENT_MODEL) private readonly incidents: Model<IncidentDocument>) {}

  async create(input: NewIncident): Promise<IncidentRecord> {
    const doc = await this.incidents.create({ ...input, state: 'unconfirmed', confirmedAt: null, triage: [], answer: null, answeredAt: null, revision: 1 });
    return incidentOf(doc.toObject<IncidentDocument>());
  }

  async findById(id: string): Promise<IncidentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.incidents.findById(id).lean<IncidentDocument>().exec();
    return doc ? incidentOf(doc) : null;
  }

  /** The unconfirmed report a confirmation link names. */
  async unconfirmedByToken(tokenHash: string): Promise<IncidentRecord | null> {
    const doc = await this.incidents.findOne({ confirmTokenHash: tokenHash, state: 'unconfirmed' }).lean<IncidentDocument>().exec();
    return doc ? incidentOf(doc) : null;
  }

  /** Confirms the report, once: the token is spent by the same write (of two clicks, one confirms). */
  async confirm(id: string, tokenHash: string, at: Date, events: readonly PendingEvent[]): Promise<IncidentRecord | null> {
    const doc = await this.incidents
      .findOneAndUpdate(
        { _id: id, confirmTokenHash: tokenHash, state: 'unconfirmed' },
        withEvents({ $set: { state: 'open', confirmTokenHash: null, confirmedAt: at }, $inc: { revision: 1 } }, events),
        { new: true },
      )
      .lean<IncidentDocument>()
      .exec();
    return doc ? incidentOf(doc) : null;
  }

  /** A chair's step, if the report is still at `expectedRevision`. */
  async triage(id: string, expectedRevision: number, set: Partial<Pick<IncidentRecord, 'state' | 'answer' | 'answeredAt'>>, step: IncidentRecord['triage'][number], events: readonly PendingEvent[]): Promise<IncidentRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.incidents
      .findOneAndUpdate({ _id: id, revision: expectedRevision }, withEvents({ $set: set, $push: { triage: step }, $inc: { revision: 1 } }, events), { new: true })
      .lean<IncidentDocument>()
      .exec();
    return doc ? incidentOf(doc) : null;
  }

  /** A venue's confirmed reports, newest first. */
  async confirmedOfVenue(venueId: string): Promise<IncidentRecord[]> {
    const docs = await this.incidents.find({ venueId, state: { $ne: 'unconfirmed' } }).sort({ createdAt: -1 }).lean<IncidentDocument[]>().exec();
    return docs.map(incidentOf);
  }
}
