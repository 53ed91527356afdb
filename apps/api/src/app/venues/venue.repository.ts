import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { VenueKind } from '@impact-review/domain';
import { isObjectIdString, toRecord } from '../database/to-record';
import { VENUE_MODEL, type DeadlineDocument, type VenueDocument } from './venue.schema';

export type DeadlineRecord = DeadlineDocument;

export interface VenueRecord {
  id: string;
  name: string;
  shortName: string;
  kind: VenueKind;
  parentVenueId: string | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineRecord[];
  createdBy: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewVenue {
  name: string;
  shortName: string;
  kind: VenueKind;
  parentVenueId: string | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineRecord[];
  createdBy: string;
}

export type VenueChanges = Pick<VenueRecord, 'name' | 'shortName' | 'timeZone' | 'description' | 'deadlines'>;

/** The outcome of an update guarded by a revision: the new record, or why there is none. */
export type VenueUpdateResult = { ok: true; venue: VenueRecord } | { ok: false; reason: 'not_found' | 'stale' };

function toVenueRecord(doc: VenueDocument): VenueRecord {
  const record = toRecord(doc);
  return {
    ...record,
    parentVenueId: record.parentVenueId ?? null,
    description: record.description ?? '',
    deadlines: (record.deadlines ?? []).map((d) => ({ label: d.label, dueLocal: d.dueLocal, dueAt: d.dueAt })),
  };
}

@Injectable()
export class VenueRepository {
  constructor(@InjectModel(VENUE_MODEL) private readonly venues: Model<VenueDocument>) {}

  async findById(id: string): Promise<VenueRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.venues.findById(id).lean<VenueDocument>().exec();
    return doc ? toVenueRecord(doc) : null;
  }

  /** Venues for these ids, in no particular order; unknown ids are skipped. */
  async findByIds(ids: readonly string[]): Promise<VenueRecord[]> {
    const valid = [...new Set(ids.filter(isObjectIdString))];
    if (valid.length === 0) return [];
    const docs = await this.venues.find({ _id: { $in: valid } }).lean<VenueDocument[]>().exec();
    return docs.map(toVenueRecord);
  }

  async findAll(): Promise<VenueRecord[]> {
    const docs = await this.venues.find({}).sort({ createdAt: 1, _id: 1 }).lean<VenueDocument[]>().exec();
    return docs.map(toVenueRecord);
  }

  /** Workshops held at any of these conferences. */
  async findWorkshopsOf(parentIds: readonly string[]): Promise<VenueRecord[]> {
    if (parentIds.length === 0) return [];
    const docs = await this.venues
      .find({ parentVenueId: { $in: [...new Set(parentIds)] } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<VenueDocument[]>()
      .exec();
    return docs.map(toVenueRecord);
  }

  async create(input: NewVenue): Promise<VenueRecord> {
    const doc = await this.venues.create({ ...input, revision: 1 });
    return toVenueRecord(doc.toObject<VenueDocument>());
  }

  /** Applies the changes only if the stored revision is still `expectedRevision` (optimistic concurrency). */
  async update(id: string, expectedRevision: number, changes: VenueChanges): Promise<VenueUpdateResult> {
    if (!isObjectIdString(id)) return { ok: false, reason: 'not_found' };
    const doc = await this.venues
      .findOneAndUpdate({ _id: id, revision: expectedRevision }, { $set: changes, $inc: { revision: 1 } }, { new: true })
      .lean<VenueDocument>()
      .exec();
    if (doc) return { ok: true, venue: toVenueRecord(doc) };
    const exists = (await this.venues.countDocuments({ _id: id }).exec()) > 0;
    return { ok: false, reason: exists ? 'stale' : 'not_found' };
  }
}
