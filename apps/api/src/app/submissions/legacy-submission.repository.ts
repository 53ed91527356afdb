import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model, Types } from 'mongoose';
import type { Artifact, SubmissionLinks } from '@impact-review/domain';
import { STATEMENT_VERSION_MODEL, type StatementVersionDocument } from './statement-version.schema';
import {
  SUBMISSION_MODEL,
  SUBMISSION_SCHEMA_VERSION,
  type SubmissionDocument,
  type TierDecisionDocument,
} from './submission.schema';

/**
 * A submission as schema version 1 stored it: title, abstract, links and artifacts on the
 * submission itself (live, even while a revision was open), a draft holding only the statement,
 * and one tier decision that each new decision replaced. Every field is optional: these are read
 * as found.
 */
export interface LegacySubmissionDocument {
  _id: Types.ObjectId;
  venueId?: string;
  title?: string;
  abstract?: string;
  links?: Partial<SubmissionLinks>;
  artifacts?: Artifact[];
  authorIds?: string[];
  draft?: (Partial<SubmissionDocument['draft']> & { revision: number }) | null;
  latestVersionNumber?: number;
  submittedAt?: Date | null;
  tierSuggestion?: SubmissionDocument['tierSuggestion'];
  tierDecision?: TierDecisionDocument | null;
  tierDecisions?: TierDecisionDocument[];
  tierStatus?: SubmissionDocument['tierStatus'];
  revision?: number;
  updatedAt?: Date;
  schemaVersion?: number;
}

/** The changes that bring one legacy document to the current shape. */
export interface SubmissionUpgrade {
  set: Record<string, unknown>;
  unset: string[];
}

/** Reads and rewrites documents older than SUBMISSION_SCHEMA_VERSION; only the start-up migration uses it. */
@Injectable()
export class LegacySubmissionRepository {
  constructor(
    @InjectModel(SUBMISSION_MODEL) private readonly submissions: Model<SubmissionDocument>,
    @InjectModel(STATEMENT_VERSION_MODEL) private readonly versions: Model<StatementVersionDocument>,
  ) {}

  /**
   * The next `limit` documents stored under schema `version` (null: none recorded), in _id order
   * after `afterId`. One equality per version rather than `$ne` the current one: the equality and
   * the (schemaVersion, _id) order walk the index, where `$ne` read every submission (11 s at 20,000,
   * past the driver's 10 s timeout, so the API could not start).
   */
  async nextBatch(version: number | null, afterId: string | null, limit: number): Promise<LegacySubmissionDocument[]> {
    const filter: FilterQuery<SubmissionDocument> = { schemaVersion: version };
    if (afterId) filter._id = { $gt: afterId };
    return this.submissions
      .find(filter)
      .sort({ schemaVersion: 1, _id: 1 })
      .limit(limit)
      .lean<LegacySubmissionDocument[]>()
      .exec();
  }

  async findOne(id: string): Promise<LegacySubmissionDocument | null> {
    return this.submissions
      .findOne({ _id: id, schemaVersion: { $ne: SUBMISSION_SCHEMA_VERSION } })
      .lean<LegacySubmissionDocument>()
      .exec();
  }

  async versionArtifacts(submissionId: string, number: number): Promise<Artifact[] | null> {
    const version = await this.versions
      .findOne({ submissionId, number }, { artifacts: 1 })
      .lean<Pick<StatementVersionDocument, 'artifacts'>>()
      .exec();
    return version?.artifacts ?? null;
  }

  /**
   * Gives the versions stored before versions held their details the submission's details (the
   * best record there is). Only fields that are missing are written, so running it again changes nothing.
   */
  async fillVersionDetails(
    submissionId: string,
    details: { title: string; abstract: string; links: SubmissionLinks; authorIds: string[] },
  ): Promise<void> {
    await this.versions
      .updateMany(
        { submissionId, title: { $exists: false } },
        { $set: details },
        { strict: false, timestamps: false },
      )
      .exec();
  }

  /**
   * Applies an upgrade if the document is still exactly as read (same revision and draft revision,
   * not migrated yet): a concurrent write is never overwritten. Returns whether it applied.
   */
  async upgrade(legacy: LegacySubmissionDocument, upgrade: SubmissionUpgrade): Promise<boolean> {
    const filter: FilterQuery<SubmissionDocument> = {
      _id: legacy._id,
      schemaVersion: { $ne: SUBMISSION_SCHEMA_VERSION },
      revision: legacy.revision ?? null,
    };
    if (legacy.draft) filter['draft.revision'] = legacy.draft.revision;
    else filter.draft = null;
    const update: Record<string, unknown> = { $set: upgrade.set };
    if (upgrade.unset.length > 0) update['$unset'] = Object.fromEntries(upgrade.unset.map((f) => [f, '']));
    const result = await this.submissions
      .updateOne(filter, update, { strict: false, timestamps: false })
      .exec();
    return result.modifiedCount === 1;
  }
}
