import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type {
  Artifact,
  ImpactStatementContent,
  SubmissionLinks,
  TierSuggestion,
} from '@impact-review/domain';
import { toRecord } from '../database/to-record';
import { artifactRecords, linksRecord } from './submission.repository';
import { STATEMENT_VERSION_MODEL, type StatementVersionDocument } from './statement-version.schema';

export interface StatementVersionRecord {
  id: string;
  submissionId: string;
  number: number;
  title: string;
  abstract: string;
  links: SubmissionLinks;
  artifacts: Artifact[];
  authorIds: string[];
  content: ImpactStatementContent;
  submittedAt: Date;
  submittedBy: string;
  tierSuggestion: TierSuggestion;
  createdAt: Date;
}

export type NewStatementVersion = Omit<StatementVersionRecord, 'id' | 'createdAt'>;

export interface StatementVersionSummaryRecord {
  submissionId: string;
  number: number;
  submittedAt: Date;
}

const DUPLICATE_KEY = 11000;

function toVersionRecord(doc: StatementVersionDocument): StatementVersionRecord {
  const record = toRecord(doc);
  return {
    ...record,
    title: record.title ?? '',
    abstract: record.abstract ?? '',
    links: linksRecord(record.links),
    artifacts: artifactRecords(record.artifacts),
    authorIds: [...(record.authorIds ?? [])],
  };
}

/** Insert-only store of submitted versions: there is deliberately no update method. */
@Injectable()
export class StatementVersionRepository {
  constructor(
    @InjectModel(STATEMENT_VERSION_MODEL) private readonly versions: Model<StatementVersionDocument>,
  ) {}

  /** Returns null when this number already exists (the unique index decides between racing submits). */
  async insert(input: NewStatementVersion): Promise<StatementVersionRecord | null> {
    try {
      const doc = await this.versions.create(input);
      return toVersionRecord(doc.toObject<StatementVersionDocument>());
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  /** Only to undo an insert whose submission update lost a race (or was left behind by a crash). */
  async deleteById(id: string): Promise<void> {
    await this.versions.deleteOne({ _id: id }).exec();
  }

  async find(submissionId: string, number: number): Promise<StatementVersionRecord | null> {
    const doc = await this.versions.findOne({ submissionId, number }).lean<StatementVersionDocument>().exec();
    return doc ? toVersionRecord(doc) : null;
  }

  /** Versions for (submission, number) pairs, in no particular order. */
  async findMany(
    keys: readonly { submissionId: string; number: number }[],
  ): Promise<StatementVersionRecord[]> {
    if (keys.length === 0) return [];
    // Two $in conditions walk the (submissionId, number) index ($or would read every version);
    // the few extra pairs they admit are dropped here.
    const wanted = new Set(keys.map((k) => `${k.submissionId}#${k.number}`));
    const docs = await this.versions
      .find({
        submissionId: { $in: [...new Set(keys.map((k) => k.submissionId))] },
        number: { $in: [...new Set(keys.map((k) => k.number))] },
      })
      .lean<StatementVersionDocument[]>()
      .exec();
    return docs.map(toVersionRecord).filter((v) => wanted.has(`${v.submissionId}#${v.number}`));
  }

  /** Number and date of every version of these submissions, oldest first. */
  async summariesOf(submissionIds: readonly string[]): Promise<StatementVersionSummaryRecord[]> {
    if (submissionIds.length === 0) return [];
    const docs = await this.versions
      .find(
        { submissionId: { $in: [...new Set(submissionIds)] } },
        { submissionId: 1, number: 1, submittedAt: 1 },
      )
      .sort({ number: 1 })
      .lean<Pick<StatementVersionDocument, 'submissionId' | 'number' | 'submittedAt'>[]>()
      .exec();
    return docs.map((d) => ({ submissionId: d.submissionId, number: d.number, submittedAt: d.submittedAt }));
  }
}
