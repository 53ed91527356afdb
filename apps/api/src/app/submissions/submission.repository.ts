import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type FilterQuery, type Model, type ProjectionType, type SortOrder, type UpdateQuery } from 'mongoose';
import { readInPages } from '../database/read-in-pages';
import {
  canStartRevision,
  hasSubmittedVersion,
  matchesSearch,
  phaseOf,
  SUBMISSION_PHASES,
  tierRank,
  type Artifact,
  type ImpactStatementContent,
  type SortDirection,
  type SubmissionLinks,
  type SubmissionPhase,
  type SubmissionSortField,
  type Tier,
  type TierStatus,
  type TierSuggestion,
} from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isObjectIdString, toRecord } from '../database/to-record';
import {
  SUBMISSION_MODEL,
  SUBMISSION_SCHEMA_VERSION,
  type DecisionDocument,
  type SubmissionDocument,
  type TierDecisionDocument,
} from './submission.schema';

export interface SubmissionMetadataRecord {
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
}

export interface DraftRecord extends SubmissionMetadataRecord {
  content: ImpactStatementContent;
  revision: number;
  updatedAt: Date;
  basedOnVersion: number | null;
}

export interface SubmittedMetadataRecord extends SubmissionMetadataRecord {
  authorIds: string[];
  affinityText: string;
}

export interface TierDecisionRecord {
  tier: Tier;
  suggestedTier: Tier;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
  forVersion: number;
}

export interface SubmissionRecord {
  id: string;
  venueId: string;
  authorIds: string[];
  phase: SubmissionPhase;
  /** null when closed, and always null in chairs' lists (they never load drafts). */
  draft: DraftRecord | null;
  lastDraftRevision: number;
  latestVersionNumber: number;
  submittedAt: Date | null;
  submitted: SubmittedMetadataRecord | null;
  listedAt: Date | null;
  tierSuggestion: TierSuggestion | null;
  tierDecision: TierDecisionRecord | null;
  /** Oldest first; [] in chairs' lists (only the submission page shows the history). */
  tierDecisions: TierDecisionRecord[];
  tierStatus: TierStatus;
  tierRank: number;
  /** When a chair released the reviews to the authors (null: not released). */
  reviewsReleasedAt: Date | null;
  /** The decision on the latest version (recorded, perhaps sent); null before one. */
  decision: DecisionRecord | null;
  /** Decisions whose letters went out, oldest first. */
  decisions: DecisionRecord[];
  decisionSentForVersion: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewSubmission {
  venueId: string;
  authorIds: string[];
  draft: DraftRecord;
}

export interface VenueSubmissionsQuery {
  venueId: string;
  tier?: Tier | null;
  tierStatus?: TierStatus | null;
  /** Only the phases chairs can see (submitted, revising); anything else matches nothing. */
  phase?: SubmissionPhase | null;
  search?: string | null;
  /** Submissions left out whatever they match: those the reader is conflicted with. */
  excludeIds?: readonly string[];
  sort: { field: SubmissionSortField; direction: SortDirection };
  offset: number;
  limit: number;
}

/** What a successful submit writes, all in one single-document update. */
export interface SubmittedChanges {
  versionNumber: number;
  submittedAt: Date;
  submitted: SubmittedMetadataRecord;
  searchText: string;
  titleKey: string;
  tierSuggestion: TierSuggestion;
  tierStatus: TierStatus;
  tierRank: number;
}

/** The phases in which chairs see a submission: it has a submitted version. */
const LISTED_PHASES: readonly SubmissionPhase[] = SUBMISSION_PHASES.filter(hasSubmittedVersion);

/** The list's conditions: the venue, the phases chairs see, the tier and status filters (null: nothing can match). */
function listFilter(query: Omit<VenueSubmissionsQuery, 'search' | 'sort' | 'offset' | 'limit'>): FilterQuery<SubmissionDocument> | null {
  const filter: FilterQuery<SubmissionDocument> = { venueId: query.venueId };
  if (query.phase) {
    // A phase chairs never see (a draft) matches nothing, rather than widening the list.
    if (!LISTED_PHASES.includes(query.phase)) return null;
    filter.phase = query.phase;
  } else {
    filter.phase = { $in: [...LISTED_PHASES] };
  }
  if (query.tier) filter.tierRank = tierRank(query.tier);
  if (query.tierStatus) filter.tierStatus = query.tierStatus;
  const excluded = (query.excludeIds ?? []).filter(isObjectIdString);
  if (excluded.length > 0) filter._id = { $nin: excluded.map((id) => new Types.ObjectId(id)) };
  return filter;
}

/** The same conditions as listFilter, checked on a document. */
function inList(doc: SubmissionDocument, query: Omit<VenueSubmissionsQuery, 'search' | 'sort' | 'offset' | 'limit'>): boolean {
  if (doc.venueId !== query.venueId) return false;
  if (query.phase ? doc.phase !== query.phase : !LISTED_PHASES.includes(doc.phase)) return false;
  if (query.tier && doc.tierRank !== tierRank(query.tier)) return false;
  if (query.excludeIds?.includes(String(doc._id))) return false;
  return !query.tierStatus || doc.tierStatus === query.tierStatus;
}

/** Orders sort keys as the database does for one type: nulls first, then dates, numbers or text. */
function compareSortValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  return Number(x) - Number(y);
}

const SORT_PATH: Readonly<Record<SubmissionSortField, string>> = {
  updatedAt: 'listedAt',
  title: 'titleKey',
  tier: 'tierRank',
  submittedAt: 'submittedAt',
};

/** Chairs' lists never load what they may not see (drafts) or do not show (the decision history). */
const LIST_PROJECTION: ProjectionType<SubmissionDocument> = { draft: 0, tierDecisions: 0, searchText: 0 };

export function linksRecord(links: Partial<SubmissionLinks> | null | undefined): SubmissionLinks {
  return {
    paperUrl: links?.paperUrl ?? '',
    openReviewUrl: links?.openReviewUrl ?? '',
    doi: links?.doi ?? '',
    repositoryUrl: links?.repositoryUrl ?? '',
  };
}

export function artifactRecords(artifacts: readonly Artifact[] | null | undefined): Artifact[] {
  return (artifacts ?? []).map((a) => ({
    key: a.key,
    kind: a.kind,
    name: a.name ?? '',
    description: a.description ?? '',
    powerLevel: a.powerLevel,
  }));
}

function decisionRecord(decision: TierDecisionDocument): TierDecisionRecord {
  return {
    tier: decision.tier,
    suggestedTier: decision.suggestedTier,
    reason: decision.reason ?? '',
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
    forVersion: decision.forVersion,
  };
}

export type DecisionRecord = DecisionDocument;

function decisionOf(doc: DecisionDocument): DecisionRecord {
  return {
    ...doc,
    decidedAt: new Date(doc.decidedAt),
    sentAt: doc.sentAt ? new Date(doc.sentAt) : null,
    conditions: doc.conditions ?? [],
    releasePlan: doc.releasePlan ?? [],
    letter: doc.letter ?? null,
  };
}

function toSubmissionRecord(doc: SubmissionDocument): SubmissionRecord {
  const record = toRecord(doc);
  const draft = record.draft;
  const submitted = record.submitted;
  return {
    id: record.id,
    venueId: record.venueId,
    authorIds: [...(record.authorIds ?? [])],
    phase: record.phase,
    draft: draft
      ? {
          title: draft.title ?? '',
          abstract: draft.abstract ?? '',
          links: linksRecord(draft.links),
          artifacts: artifactRecords(draft.artifacts),
          content: draft.content,
          revision: draft.revision,
          updatedAt: draft.updatedAt,
          basedOnVersion: draft.basedOnVersion ?? null,
        }
      : null,
    lastDraftRevision: record.lastDraftRevision ?? 0,
    latestVersionNumber: record.latestVersionNumber ?? 0,
    submittedAt: record.submittedAt ?? null,
    submitted: submitted
      ? {
          title: submitted.title,
          abstract: submitted.abstract ?? '',
          links: linksRecord(submitted.links),
          artifacts: artifactRecords(submitted.artifacts),
          authorIds: [...(submitted.authorIds ?? [])],
          affinityText: submitted.affinityText ?? '',
        }
      : null,
    listedAt: record.listedAt ?? null,
    tierSuggestion: record.tierSuggestion ?? null,
    tierDecision: record.tierDecision ? decisionRecord(record.tierDecision) : null,
    tierDecisions: (record.tierDecisions ?? []).map(decisionRecord),
    tierStatus: record.tierStatus,
    tierRank: record.tierRank ?? 0,
    reviewsReleasedAt: record.reviewsReleasedAt ?? null,
    decision: record.decision ? decisionOf(record.decision) : null,
    decisions: (record.decisions ?? []).map(decisionOf),
    decisionSentForVersion: record.decisionSentForVersion ?? 0,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * Only this class touches the submissions collection. Every change is one conditional
 * single-document update (FerretDB has no transactions): it returns the new record, or null when
 * the condition did not hold, and the service looks at the current record to say why.
 */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectModel(SUBMISSION_MODEL) private readonly submissions: Model<SubmissionDocument>) {}

  async findById(id: string): Promise<SubmissionRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.submissions.findById(id).lean<SubmissionDocument>().exec();
    return doc ? toSubmissionRecord(doc) : null;
  }

  /** Several submissions by id (an author's own list), most recently changed first. */
  async findManyByIds(ids: readonly string[]): Promise<SubmissionRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectIdString);
    if (valid.length === 0) return [];
    const docs = await this.submissions
      .find({ _id: { $in: valid } }, { tierDecisions: 0, searchText: 0 })
      .sort({ updatedAt: -1, _id: -1 })
      .lean<SubmissionDocument[]>()
      .exec();
    return docs.map(toSubmissionRecord);
  }

  /** What the secondary collections index, in _id order, a batch at a time (start-up backfills). */
  async indexedFieldsAfter(
    afterId: string | null,
    limit: number,
  ): Promise<{ id: string; venueId: string; authorIds: string[]; searchText: string }[]> {
    const docs = await this.submissions
      .find(afterId ? { _id: { $gt: afterId } } : {}, { venueId: 1, authorIds: 1, searchText: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<Pick<SubmissionDocument, '_id' | 'venueId' | 'authorIds' | 'searchText'>[]>()
      .exec();
    return docs.map((doc) => ({
      id: String(doc._id),
      venueId: doc.venueId,
      authorIds: [...(doc.authorIds ?? [])],
      searchText: doc.searchText ?? '',
    }));
  }

  /**
   * Makes the collection's indexes exactly the schema's: creates missing ones and drops those an
   * older version left (every index costs each autosave, which rewrites the document). Returns the
   * names of the dropped ones.
   */
  /** Every submission of a venue with a submitted version, by id (the matcher's and bidding's input). */
  async listedOfVenue(venueId: string): Promise<SubmissionRecord[]> {
    const docs = await readInPages(this.submissions, { venueId, phase: { $in: [...LISTED_PHASES] } }, LIST_PROJECTION);
    return docs.map(toSubmissionRecord);
  }

  async syncIndexes(): Promise<string[]> {
    return this.submissions.syncIndexes();
  }

  /** Undoes a registration whose authorship could not be recorded. */
  async deleteById(id: string): Promise<void> {
    if (isObjectIdString(id)) await this.submissions.deleteOne({ _id: id }).exec();
  }

  /**
   * A venue's submissions with a submitted version (what its chairs may see), filtered, sorted and
   * paged in the database: equality on the venue, the sort along an index, the other conditions on
   * indexed scalar fields, so the database pages and counts without reading the rest.
   */
  async findPageForVenue(
    query: Omit<VenueSubmissionsQuery, 'search'>,
  ): Promise<{ items: SubmissionRecord[]; total: number }> {
    const filter = listFilter(query);
    if (!filter) return { items: [], total: 0 };
    const direction: SortOrder = query.sort.direction === 'asc' ? 1 : -1;
    const [docs, total] = await Promise.all([
      this.submissions
        .find(filter, LIST_PROJECTION)
        .sort({ [SORT_PATH[query.sort.field]]: direction, _id: direction })
        .skip(query.offset)
        .limit(query.limit)
        .lean<SubmissionDocument[]>()
        .exec(),
      this.submissions.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(toSubmissionRecord), total };
  }

  /**
   * A search's page among a few candidate submissions (found through the search index): the
   * candidates are read by _id with the list's filter, checked against their own search text,
   * sorted and paged here.
   */
  async findSearchPageForVenue(
    query: VenueSubmissionsQuery & { search: string },
    candidateIds: readonly string[],
  ): Promise<{ items: SubmissionRecord[]; total: number }> {
    const ids = candidateIds.filter(isObjectIdString);
    if (!listFilter(query) || ids.length === 0) return { items: [], total: 0 };
    // By _id alone: with the list's other conditions in the query, SQLite may prefer walking the
    // venue's index over looking the few candidates up. The conditions are applied here instead.
    const docs = (
      await this.submissions
        .find({ _id: { $in: ids } }, { draft: 0, tierDecisions: 0 })
        .lean<SubmissionDocument[]>()
        .exec()
    ).filter((doc) => inList(doc, query));
    const path = SORT_PATH[query.sort.field] as keyof SubmissionDocument;
    const sign = query.sort.direction === 'asc' ? 1 : -1;
    const matching = docs
      .filter((doc) => matchesSearch(doc.searchText ?? '', query.search))
      .sort((a, b) => sign * (compareSortValues(a[path], b[path]) || compareSortValues(String(a._id), String(b._id))));
    return {
      items: matching.slice(query.offset, query.offset + query.limit).map(toSubmissionRecord),
      total: matching.length,
    };
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(input: NewSubmission, id: string = this.newId(), events: readonly PendingEvent[] = []): Promise<SubmissionRecord> {
    const recorded = events.length > 0 ? { pendingEvents: [...events], hasPendingEvents: true } : {};
    const doc = await this.submissions.create({
      _id: new Types.ObjectId(id),
      ...recorded,
      ...input,
      phase: phaseOf({ hasSubmittedVersion: false, hasOpenDraft: true }),
      lastDraftRevision: 0,
      latestVersionNumber: 0,
      submittedAt: null,
      submitted: null,
      searchText: '',
      titleKey: '',
      listedAt: null,
      tierSuggestion: null,
      tierDecision: null,
      tierDecisions: [],
      tierStatus: 'awaiting_submission',
      tierRank: 0,
      revision: 1,
      schemaVersion: SUBMISSION_SCHEMA_VERSION,
    });
    return toSubmissionRecord(doc.toObject<SubmissionDocument>());
  }

  /**
   * Autosave: exactly one round trip. The filter carries everything that must hold (the
   * submission, the draft revision the client saw, the actor's authorship), so a stale tab, a
   * closed draft or a stranger simply matches nothing; the caller reads once to say which.
   * Returns what the client does not know yet (the new revision, the time, the version the draft
   * started from), or null.
   */
  /**
   * Autosave: one conditional update, and nothing comes back but whether it matched (the caller
   * knows what it wrote, and a draft is about 10 KB that nobody asked to see again).
   */
  async saveDraft(
    id: string,
    authorId: string,
    expectedDraftRevision: number,
    draft: SubmissionMetadataRecord & { content: ImpactStatementContent },
    now: Date,
  ): Promise<Pick<DraftRecord, 'revision' | 'updatedAt'> | null> {
    if (!isObjectIdString(id) || authorId === '') return null;
    // Straight to the driver: everyone autosaves at the deadline, and the values are already in
    // their stored shape (built field by field from validated input), so mongoose's casting adds
    // only cost. updatedAt is what mongoose's timestamps would have set.
    const result = await this.submissions.collection.updateOne(
      { _id: new Types.ObjectId(id), 'draft.revision': expectedDraftRevision, authorIds: authorId },
      {
        $set: {
          'draft.title': draft.title,
          'draft.abstract': draft.abstract,
          'draft.links': linksRecord(draft.links),
          'draft.artifacts': artifactRecords(draft.artifacts),
          'draft.content': draft.content,
          'draft.updatedAt': now,
          updatedAt: now,
        },
        $inc: { 'draft.revision': 1 },
      },
    );
    return result.matchedCount === 1 ? { revision: expectedDraftRevision + 1, updatedAt: now } : null;
  }


  /**
   * Closes the draft as version `versionNumber`, if the draft, the latest version and the
   * authorship are still what was validated.
   */
  markSubmitted(
    id: string,
    authorId: string,
    expectedDraftRevision: number,
    changes: SubmittedChanges,
    events: readonly PendingEvent[] = [],
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      {
        _id: id,
        'draft.revision': expectedDraftRevision,
        latestVersionNumber: changes.versionNumber - 1,
        authorIds: authorId,
      },
      {
        $set: {
          draft: null,
          phase: phaseOf({ hasSubmittedVersion: true, hasOpenDraft: false }),
          lastDraftRevision: expectedDraftRevision,
          latestVersionNumber: changes.versionNumber,
          submittedAt: changes.submittedAt,
          submitted: changes.submitted,
          searchText: changes.searchText,
          titleKey: changes.titleKey,
          listedAt: changes.submittedAt,
          tierSuggestion: changes.tierSuggestion,
          tierStatus: changes.tierStatus,
          tierRank: changes.tierRank,
        },
        $inc: { revision: 1 },
      },
      events,
    );
  }

  /**
   * Opens a draft on the latest version, if the submission is still submitted with no draft. The
   * revision others see does not move: a revision in progress changes nothing they can read.
   */
  openDraft(
    id: string,
    authorId: string,
    draft: DraftRecord,
    events: readonly PendingEvent[] = [],
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, phase: { $in: SUBMISSION_PHASES.filter(canStartRevision) }, draft: null, authorIds: authorId },
      { $set: { draft, phase: phaseOf({ hasSubmittedVersion: true, hasOpenDraft: true }) } },
      events,
    );
  }

  /**
   * Records a chair's decision for version `forVersion`: appended to the history (never replacing
   * an earlier one) and made the current decision, if nobody changed the submission since
   * `expectedRevision` and that version is still the latest.
   */
  recordTierDecision(
    id: string,
    expectedRevision: number,
    decision: TierDecisionRecord,
    tierStatus: TierStatus,
    rank: number,
    events: readonly PendingEvent[] = [],
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision, latestVersionNumber: decision.forVersion },
      {
        $set: { tierDecision: decision, tierStatus, tierRank: rank, listedAt: decision.decidedAt },
        $push: { tierDecisions: decision },
        $inc: { revision: 1 },
      },
      events,
    );
  }

  /**
   * Releases the reviews to the authors (`at`) or withdraws them (null), if they are not already
   * so: of two chairs releasing at once, one records the event.
   */
  setReviewsReleased(id: string, at: Date | null, events: readonly PendingEvent[] = []): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, phase: { $in: [...LISTED_PHASES] }, reviewsReleasedAt: at === null ? { $ne: null } : null },
      { $set: { reviewsReleasedAt: at } },
      events,
    );
  }

  /**
   * Of `ids`, the listed statements whose authors were not yet told that they may read the reviews
   * (neither released one by one nor announced after a venue-wide release).
   */
  async findReleaseUnannounced(venueId: string, ids: readonly string[]): Promise<SubmissionRecord[]> {
    const objectIds = ids.filter(isObjectIdString);
    if (objectIds.length === 0) return [];
    const docs = await this.submissions
      .find(
        { _id: { $in: objectIds }, venueId, phase: { $in: [...LISTED_PHASES] }, reviewsReleasedAt: null, reviewsReleaseAnnouncedAt: null },
        { tierDecisions: 0, searchText: 0 },
      )
      .lean<SubmissionDocument[]>()
      .exec();
    return docs.map(toSubmissionRecord);
  }

  /** Marks the venue-wide release as announced to the statement's authors, once: of two runs, one records it. */
  markReleaseAnnounced(id: string, at: Date, events: readonly PendingEvent[]): Promise<SubmissionRecord | null> {
    return this.updateWhere({ _id: id, reviewsReleasedAt: null, reviewsReleaseAnnouncedAt: null }, { $set: { reviewsReleaseAnnouncedAt: at } }, events);
  }

  /**
   * Records the committee's decision on the latest version, if nobody changed the submission since
   * `expectedRevision`, the version is still `decision.forVersion` and its letter has not gone out.
   */
  recordDecision(id: string, expectedRevision: number, decision: DecisionRecord, events: readonly PendingEvent[]): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision, latestVersionNumber: decision.forVersion, decisionSentForVersion: { $ne: decision.forVersion } },
      { $set: { decision }, $inc: { revision: 1 } },
      events,
    );
  }

  /** Sends the recorded decision (its letter kept on the statement), once per version. */
  sendDecision(id: string, expectedRevision: number, sent: DecisionRecord, events: readonly PendingEvent[]): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision, latestVersionNumber: sent.forVersion, decisionSentForVersion: { $ne: sent.forVersion } },
      { $set: { decision: sent, decisionSentForVersion: sent.forVersion, listedAt: sent.sentAt }, $push: { decisions: sent }, $inc: { revision: 1 } },
      events,
    );
  }

  private async updateWhere(
    filter: FilterQuery<SubmissionDocument>,
    update: UpdateQuery<SubmissionDocument>,
    events: readonly PendingEvent[] = [],
  ): Promise<SubmissionRecord | null> {
    if (!isObjectIdString(String(filter._id))) return null;
    const doc = await this.submissions
      .findOneAndUpdate(filter, withEvents(update as Record<string, unknown>, events), { new: true })
      .lean<SubmissionDocument>()
      .exec();
    return doc ? toSubmissionRecord(doc) : null;
  }
}
