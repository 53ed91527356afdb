import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ignoreDuplicateKeys } from '../database/duplicate-key';
import { SUBMISSION_AUTHOR_MODEL, type SubmissionAuthorDocument } from './submission-author.schema';

/** Only this class touches the submission_authors collection. */
@Injectable()
export class SubmissionAuthorRepository {
  constructor(
    @InjectModel(SUBMISSION_AUTHOR_MODEL) private readonly authors: Model<SubmissionAuthorDocument>,
  ) {}

  /** Idempotent: recording a pair twice (a retry, a parallel backfill) leaves one. */
  async add(submissionId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await ignoreDuplicateKeys(
      this.authors.bulkWrite(
        userIds.map((userId) => ({
          updateOne: {
            filter: { submissionId, userId },
            update: { $setOnInsert: { submissionId, userId, createdAt: new Date() } },
            upsert: true,
          },
        })),
        { ordered: false },
      ),
    );
  }

  async submissionIdsOf(userId: string): Promise<string[]> {
    const docs = await this.authors
      .find({ userId }, { submissionId: 1 })
      .lean<Pick<SubmissionAuthorDocument, 'submissionId'>[]>()
      .exec();
    return docs.map((doc) => doc.submissionId);
  }

  async removeSubmission(submissionId: string): Promise<void> {
    await this.authors.deleteMany({ submissionId }).exec();
  }
}
