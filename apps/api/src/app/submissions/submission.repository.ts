import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import type {
  Artifact,
  ImpactStatementContent,
  SubmissionPhase,
  Tier,
  TierSuggestion,
} from '@impact-review/domain';
import { escapeRegex } from '../database/escape-regex';
import { isObjectIdString, toRecord } from '../database/to-record';
import {
  tierRank,
  type SortDirection,
  type SubmissionLinks,
  type SubmissionSortField,
  type TierStatus,
} from '@impact-review/domain';
import { SUBMISSION_MODEL, type SubmissionDocument } from './submission.schema';

export interface DraftRecord {
  content: ImpactStatementContent;
  revision: number;
  updatedAt: Date;
  basedOnVersion: number | null;
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
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  authorIds: string[];
  phase: SubmissionPhase;
  draft: DraftRecord | null;
  lastDraftRevision: number;
  latestVersionNumber: number;
  submittedAt: Date | null;
  tierSuggestion: TierSuggestion | null;
  tierDecision: TierDecisionRecord | null;
  tierStatus: TierStatus;
  tierRank: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSubmission = Pick<
  SubmissionRecord,
  'venueId' | 'title' | 'abstract' | 'links' | 'artifacts' | 'authorIds' | 'draft'
>;

export interface VenueSubmissionsQuery {
  venueId: string;
  tier?: Tier | null;
  tierStatus?: TierStatus | null;
  phase?: SubmissionPhase | null;
  search?: string | null;
  sort: { field: SubmissionSortField; direction: SortDirection };
  offset: number;
  limit: number;
}

/** What a successful submit writes, all in one single-document update. */
export interface SubmittedChanges {
  versionNumber: number;
  submittedAt: Date;
  tierSuggestion: TierSuggestion;
  tierStatus: TierStatus;
  tierRank: number;
}

const SORT_PATH: Readonly<Record<SubmissionSortField, string>> = {
  updatedAt: 'updatedAt',
  title: 'title',
  tier: 'tierRank',
  submittedAt: 'submittedAt',
};

function toSubmissionRecord(doc: SubmissionDocument): SubmissionRecord {
  const record = toRecord(doc);
  return {
    ...record,
    abstract: record.abstract ?? '',
    artifacts: (record.artifacts ?? []).map((a) => ({
      key: a.key,
      kind: a.kind,
      name: a.name,
      description: a.description ?? '',
      powerLevel: a.powerLevel,
    })),
    authorIds: [...(record.authorIds ?? [])],
    draft: record.draft
      ? {
          content: record.draft.content,
          revision: record.draft.revision,
          updatedAt: record.draft.updatedAt,
          basedOnVersion: record.draft.basedOnVersion ?? null,
        }
      : null,
    lastDraftRevision: record.lastDraftRevision ?? 0,
    latestVersionNumber: record.latestVersionNumber ?? 0,
    submittedAt: record.submittedAt ?? null,
    tierSuggestion: record.tierSuggestion ?? null,
    tierDecision: record.tierDecision ?? null,
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

  async findByAuthor(userId: string): Promise<SubmissionRecord[]> {
    const docs = await this.submissions
      .find({ authorIds: userId })
      .sort({ updatedAt: -1, _id: -1 })
      .lean<SubmissionDocument[]>()
      .exec();
    return docs.map(toSubmissionRecord);
  }

  /** A venue's submissions with a submitted version (what its chairs may see), filtered, sorted and paged in the database. */
  async findPageForVenue(
    query: VenueSubmissionsQuery,
  ): Promise<{ items: SubmissionRecord[]; total: number }> {
    const filter: FilterQuery<SubmissionDocument> = {
      venueId: query.venueId,
      latestVersionNumber: { $gt: 0 },
    };
    if (query.tier) filter.tierRank = tierRank(query.tier);
    if (query.tierStatus) filter.tierStatus = query.tierStatus;
    if (query.phase) filter.phase = query.phase;
    const search = query.search?.trim();
    if (search) filter.title = { $regex: escapeRegex(search), $options: 'i' };
    const direction: SortOrder = query.sort.direction === 'asc' ? 1 : -1;
    const [docs, total] = await Promise.all([
      this.submissions
        .find(filter)
        .sort({ [SORT_PATH[query.sort.field]]: direction, _id: direction })
        .skip(query.offset)
        .limit(query.limit)
        .lean<SubmissionDocument[]>()
        .exec(),
      this.submissions.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(toSubmissionRecord), total };
  }

  async create(input: NewSubmission): Promise<SubmissionRecord> {
    const doc = await this.submissions.create({
      ...input,
      phase: 'draft',
      lastDraftRevision: 0,
      latestVersionNumber: 0,
      submittedAt: null,
      tierSuggestion: null,
      tierDecision: null,
      tierStatus: 'awaiting_submission',
      tierRank: 0,
      revision: 1,
    });
    return toSubmissionRecord(doc.toObject<SubmissionDocument>());
  }

  /** Replaces the metadata (and the re-aligned draft content) if neither the submission nor its draft moved. */
  updateMetadata(
    id: string,
    expectedRevision: number,
    expectedDraftRevision: number,
    changes: Pick<SubmissionRecord, 'title' | 'abstract' | 'links' | 'artifacts'> & {
      draftContent: ImpactStatementContent;
      now: Date;
    },
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision, 'draft.revision': expectedDraftRevision },
      {
        $set: {
          title: changes.title,
          abstract: changes.abstract,
          links: changes.links,
          artifacts: changes.artifacts,
          'draft.content': changes.draftContent,
          'draft.updatedAt': changes.now,
        },
        $inc: { revision: 1, 'draft.revision': 1 },
      },
    );
  }

  /** Autosave: only onto the draft revision the client last saw. The submission's own revision stays. */
  saveDraft(
    id: string,
    expectedDraftRevision: number,
    content: ImpactStatementContent,
    now: Date,
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, 'draft.revision': expectedDraftRevision },
      { $set: { 'draft.content': content, 'draft.updatedAt': now }, $inc: { 'draft.revision': 1 } },
    );
  }

  /** Closes the draft as version `versionNumber`, if the draft and the latest version are still what was validated. */
  markSubmitted(
    id: string,
    expectedDraftRevision: number,
    changes: SubmittedChanges,
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, 'draft.revision': expectedDraftRevision, latestVersionNumber: changes.versionNumber - 1 },
      {
        $set: {
          draft: null,
          phase: 'submitted',
          lastDraftRevision: expectedDraftRevision,
          latestVersionNumber: changes.versionNumber,
          submittedAt: changes.submittedAt,
          tierSuggestion: changes.tierSuggestion,
          tierStatus: changes.tierStatus,
          tierRank: changes.tierRank,
        },
        $inc: { revision: 1 },
      },
    );
  }

  /** Opens a draft on the latest version, if the submission is still as read (submitted, same revision). */
  openDraft(id: string, expectedRevision: number, draft: DraftRecord): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision, phase: 'submitted' },
      { $set: { draft, phase: 'revising' }, $inc: { revision: 1 } },
    );
  }

  recordTierDecision(
    id: string,
    expectedRevision: number,
    decision: TierDecisionRecord,
    tierStatus: TierStatus,
    rank: number,
  ): Promise<SubmissionRecord | null> {
    return this.updateWhere(
      { _id: id, revision: expectedRevision },
      { $set: { tierDecision: decision, tierStatus, tierRank: rank }, $inc: { revision: 1 } },
    );
  }

  private async updateWhere(
    filter: FilterQuery<SubmissionDocument>,
    update: UpdateQuery<SubmissionDocument>,
  ): Promise<SubmissionRecord | null> {
    if (!isObjectIdString(String(filter._id))) return null;
    const doc = await this.submissions
      .findOneAndUpdate(filter, update, { new: true })
      .lean<SubmissionDocument>()
      .exec();
    return doc ? toSubmissionRecord(doc) : null;
  }
}
