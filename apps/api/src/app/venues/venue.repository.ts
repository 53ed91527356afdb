import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import {
  DEFAULT_RESPONSE_PHASE,
  DEFAULT_REVIEW_VISIBILITY,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  DEFAULT_TIER_POLICY,
  type AffiliationState,
  type ResponsePhase,
  type ReviewVisibilitySettings,
  type ContinuingReviewPolicy,
  type TierPolicy,
  type VenueKind,
  type VenueTaxonomy,
} from '@impact-review/domain';
import { isObjectIdString, toRecord } from '../database/to-record';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { VENUE_MODEL, type AffiliationDecisionDocument, type DeadlineDocument, type VenueDocument } from './venue.schema';

export type DeadlineRecord = DeadlineDocument;
export type AffiliationDecisionRecord = AffiliationDecisionDocument;

export interface VenueRecord {
  id: string;
  name: string;
  shortName: string;
  kind: VenueKind;
  /** The conference a workshop asked to be held at (see parentApproval). */
  parentVenueId: string | null;
  parentApproval: AffiliationState | null;
  parentDecision: AffiliationDecisionRecord | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineRecord[];
  tiersVisibleToAuthors: boolean;
  biddingOpen: boolean;
  doubleBlind: boolean;
  tierPolicy: TierPolicy;
  continuingReviewPolicy: ContinuingReviewPolicy;
  taxonomy: VenueTaxonomy;
  reviewVisibility: ReviewVisibilitySettings;
  reviewsReleased: boolean;
  responsePhase: ResponsePhase;
  reviewsReopenedUntil: Date | null;
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
  parentApproval: AffiliationState | null;
  parentDecision: AffiliationDecisionRecord | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineRecord[];
  tiersVisibleToAuthors: boolean;
  createdBy: string;
}

export type VenueChanges = Partial<
  Pick<VenueRecord, 'name' | 'shortName' | 'timeZone' | 'description' | 'deadlines' | 'tiersVisibleToAuthors' | 'tierPolicy' | 'continuingReviewPolicy' | 'taxonomy' | 'biddingOpen' | 'doubleBlind' | 'reviewVisibility' | 'reviewsReleased' | 'responsePhase' | 'reviewsReopenedUntil'>
>;

/** The outcome of an update guarded by a revision: the new record, or why there is none. */
export type VenueUpdateResult = { ok: true; venue: VenueRecord } | { ok: false; reason: 'not_found' | 'stale' };

/** The conference a workshop is held at: its requested conference, once approved. */
export function heldAtId(venue: Pick<VenueRecord, 'parentVenueId' | 'parentApproval'>): string | null {
  return venue.parentApproval === 'approved' ? venue.parentVenueId : null;
}

/** Not held at a conference because the conference's chairs have not approved (yet). */
const NOT_APPROVED: AffiliationState[] = ['pending', 'declined'];

function toVenueRecord(doc: VenueDocument): VenueRecord {
  const record = toRecord(doc);
  const parentVenueId = record.parentVenueId ?? null;
  return {
    ...record,
    parentVenueId,
    parentApproval: record.parentApproval ?? (parentVenueId ? 'approved' : null),
    parentDecision: record.parentDecision
      ? { decidedById: record.parentDecision.decidedById, decidedAt: record.parentDecision.decidedAt, note: record.parentDecision.note ?? '' }
      : null,
    description: record.description ?? '',
    tiersVisibleToAuthors: record.tiersVisibleToAuthors ?? true,
    biddingOpen: record.biddingOpen ?? false,
    doubleBlind: record.doubleBlind ?? true,
    tierPolicy: record.tierPolicy ?? DEFAULT_TIER_POLICY,
    continuingReviewPolicy: record.continuingReviewPolicy ?? DEFAULT_CONTINUING_REVIEW_POLICY,
    taxonomy: record.taxonomy ?? { areas: [], communities: [] },
    reviewVisibility: { ...DEFAULT_REVIEW_VISIBILITY, ...record.reviewVisibility },
    reviewsReleased: record.reviewsReleased ?? false,
    responsePhase: record.responsePhase
      ? { open: record.responsePhase.open, deadline: record.responsePhase.deadline ? new Date(record.responsePhase.deadline) : null, wordLimit: record.responsePhase.wordLimit }
      : DEFAULT_RESPONSE_PHASE,
    reviewsReopenedUntil: record.reviewsReopenedUntil ?? null,
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

  /** Workshops held at any of these conferences (approved by its chairs). */
  async findWorkshopsOf(parentIds: readonly string[]): Promise<VenueRecord[]> {
    if (parentIds.length === 0) return [];
    const docs = await this.venues
      .find({ parentVenueId: { $in: [...new Set(parentIds)] }, parentApproval: { $nin: NOT_APPROVED } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<VenueDocument[]>()
      .exec();
    return docs.map(toVenueRecord);
  }

  /** Workshops waiting for the chairs of any of these conferences to approve them, oldest first. */
  async findRequestsTo(conferenceIds: readonly string[]): Promise<VenueRecord[]> {
    if (conferenceIds.length === 0) return [];
    const docs = await this.venues
      .find({ parentVenueId: { $in: [...new Set(conferenceIds)] }, parentApproval: 'pending' })
      .sort({ createdAt: 1, _id: 1 })
      .lean<VenueDocument[]>()
      .exec();
    return docs.map(toVenueRecord);
  }

  /**
   * Records the conference chairs' decision on a pending request: one conditional write, so of
   * two chairs deciding at once exactly one wins and the other gets null.
   */
  async decideAffiliation(
    id: string,
    to: AffiliationState,
    decision: AffiliationDecisionRecord,
    events: readonly PendingEvent[] = [],
  ): Promise<VenueRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.venues
      .findOneAndUpdate(
        { _id: id, parentApproval: 'pending' },
        withEvents({ $set: { parentApproval: to, parentDecision: decision } }, events),
        { new: true },
      )
      .lean<VenueDocument>()
      .exec();
    return doc ? toVenueRecord(doc) : null;
  }

  /** An id for a venue about to be created (its creation event names it). */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(input: NewVenue, id: string = this.newId(), events: readonly PendingEvent[] = []): Promise<VenueRecord> {
    const recorded = events.length > 0 ? { pendingEvents: [...events], hasPendingEvents: true } : {};
    const doc = await this.venues.create({ _id: new Types.ObjectId(id), ...input, revision: 1, ...recorded });
    return toVenueRecord(doc.toObject<VenueDocument>());
  }

  /** Applies the changes only if the stored revision is still `expectedRevision` (optimistic concurrency). */
  async update(
    id: string,
    expectedRevision: number,
    changes: VenueChanges,
    events: readonly PendingEvent[] = [],
  ): Promise<VenueUpdateResult> {
    if (!isObjectIdString(id)) return { ok: false, reason: 'not_found' };
    const doc = await this.venues
      .findOneAndUpdate({ _id: id, revision: expectedRevision }, withEvents({ $set: changes, $inc: { revision: 1 } }, events), {
        new: true,
      })
      .lean<VenueDocument>()
      .exec();
    if (doc) return { ok: true, venue: toVenueRecord(doc) };
    const exists = (await this.venues.countDocuments({ _id: id }).exec()) > 0;
    return { ok: false, reason: exists ? 'stale' : 'not_found' };
  }
}
