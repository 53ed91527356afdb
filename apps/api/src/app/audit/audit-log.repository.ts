import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { Types, type Connection, type Model } from 'mongoose';
import type { AuditEventKind } from '@impact-review/domain';
import { isDuplicateKey } from '../database/duplicate-key';
import { AUDIT_ENTRY_MODEL, type AuditEntryDocument } from './audit-entry.schema';
import type { AuditedCollection, PendingEvent } from './pending-events';

export type AuditEntryRecord = Omit<AuditEntryDocument, '_id'> & { id: string };

export interface HistoryFilter {
  objectId?: string | null;
  actorId?: string | null;
  kind?: AuditEventKind | null;
  /** Kinds this reader may not see: left out of the page and the count. */
  hiddenKinds?: readonly AuditEventKind[];
  /** Objects this reader may not see (submissions they are conflicted with): left out too. */
  hiddenObjectIds?: readonly string[];
}

const toEntry = ({ _id, ...rest }: AuditEntryDocument): AuditEntryRecord => ({ ...rest, id: _id });
const docId = (id: string): Types.ObjectId | string =>
  Types.ObjectId.isValid(id) && id.length === 24 ? new Types.ObjectId(id) : id;

/** The venues' logs, and the pending events waiting in the documents of the audited collections. */
@Injectable()
export class AuditLogRepository {
  constructor(
    @InjectModel(AUDIT_ENTRY_MODEL) private readonly entries: Model<AuditEntryDocument>,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async last(venueId: string): Promise<AuditEntryRecord | null> {
    const doc = await this.entries.findOne({ venueId }).sort({ index: -1 }).lean<AuditEntryDocument>().exec();
    return doc ? toEntry(doc) : null;
  }

  async hasEvent(eventId: string): Promise<boolean> {
    return (await this.entries.countDocuments({ eventId }).limit(1).exec()) > 0;
  }

  /** False when the position or the event is taken (another appender was first): read again and retry. */
  async insert(entry: Omit<AuditEntryDocument, '_id'>): Promise<boolean> {
    try {
      await this.entries.create({ _id: `${entry.venueId}:${entry.index}`, ...entry });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async pendingOf(collection: AuditedCollection, id: string): Promise<PendingEvent[]> {
    const doc = await this.connection
      .collection(collection)
      .findOne({ _id: docId(id) as never }, { projection: { pendingEvents: 1 } });
    return ((doc?.['pendingEvents'] as PendingEvent[] | undefined) ?? []).filter(
      (e) => e && typeof e.id === 'string',
    );
  }

  /** Removes an appended event from its document; the flag drops once nothing is pending. */
  async removePending(collection: AuditedCollection, id: string, event: PendingEvent): Promise<void> {
    const source = this.connection.collection(collection);
    await source.updateOne({ _id: docId(id) as never }, { $pull: { pendingEvents: event } as never });
    await this.dropFlagIfEmpty(collection, id);
  }

  /** Drops the pending flag of a document that holds no events any more. */
  async dropFlagIfEmpty(collection: AuditedCollection, id: string): Promise<void> {
    await this.connection
      .collection(collection)
      .updateOne({ _id: docId(id) as never, hasPendingEvents: true, 'pendingEvents.0': { $exists: false } }, { $set: { hasPendingEvents: false } });
  }

  /** Documents still holding events (after a crash between a change and its append). */
  async withPending(collection: AuditedCollection, limit: number): Promise<string[]> {
    const docs = await this.connection
      .collection(collection)
      .find({ hasPendingEvents: true }, { projection: { _id: 1 } })
      .limit(limit)
      .toArray();
    return docs.map((doc) => String(doc['_id']));
  }

  private historyQuery(venueId: string, filter: HistoryFilter): Record<string, unknown> {
    const query: Record<string, unknown> = { venueId };
    if (filter.objectId) query['objectId'] = filter.objectId;
    if (filter.actorId) query['actorId'] = filter.actorId;
    if (filter.kind) query['kind'] = filter.kind;
    else if (filter.hiddenKinds?.length) query['kind'] = { $nin: [...filter.hiddenKinds] };
    if (filter.hiddenObjectIds?.length) {
      // An objectId filter names one object: hidden, it matches nothing.
      if (filter.objectId && filter.hiddenObjectIds.includes(filter.objectId)) query['objectId'] = { $in: [] };
      else if (!filter.objectId) query['objectId'] = { $nin: [...filter.hiddenObjectIds] };
    }
    return query;
  }

  async history(
    venueId: string,
    filter: HistoryFilter,
    offset: number,
    limit: number,
  ): Promise<AuditEntryRecord[]> {
    const docs = await this.entries
      .find(this.historyQuery(venueId, filter))
      .sort({ index: -1 })
      .skip(offset)
      .limit(limit)
      .lean<AuditEntryDocument[]>()
      .exec();
    return docs.map(toEntry);
  }

  async countHistory(venueId: string, filter: HistoryFilter): Promise<number> {
    return this.entries.countDocuments(this.historyQuery(venueId, filter)).exec();
  }

  /** The whole log of a venue in order (exports, proofs). */
  async all(venueId: string): Promise<AuditEntryRecord[]> {
    const docs = await this.entries.find({ venueId }).sort({ index: 1 }).lean<AuditEntryDocument[]>().exec();
    return docs.map(toEntry);
  }

  async byObjects(venueId: string, objectIds: readonly string[]): Promise<AuditEntryRecord[]> {
    const docs = await this.entries
      .find({ venueId, objectId: { $in: [...objectIds] } })
      .sort({ index: 1 })
      .lean<AuditEntryDocument[]>()
      .exec();
    return docs.map(toEntry);
  }
}
