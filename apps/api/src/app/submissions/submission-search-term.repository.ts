import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { searchWordsOf } from '@impact-review/domain';
import { ignoreDuplicateKeys } from '../database/duplicate-key';
import { SUBMISSION_SEARCH_TERM_MODEL, type SubmissionSearchTermDocument } from './submission-search-term.schema';

/** Only this class touches the submission_search_terms collection. */
@Injectable()
export class SubmissionSearchTermRepository {
  constructor(
    @InjectModel(SUBMISSION_SEARCH_TERM_MODEL) private readonly terms: Model<SubmissionSearchTermDocument>,
  ) {}

  /** Records the words of a search text; idempotent (a word already there stays once). */
  async index(venueId: string, submissionId: string, searchText: string): Promise<void> {
    const words = searchWordsOf(searchText);
    if (words.length === 0) return;
    await ignoreDuplicateKeys(
      this.terms.bulkWrite(
        words.map((term) => ({
          updateOne: {
            filter: { venueId, term, submissionId },
            update: { $setOnInsert: { venueId, term, submissionId } },
            upsert: true,
          },
        })),
        { ordered: false },
      ),
    );
  }

  /**
   * Submissions of the venue with a word starting with `prefix`, at most `limit` + 1 of them (one
   * more tells the caller there were more). A range on the (venueId, term) index.
   */
  async submissionsWithPrefix(venueId: string, prefix: string, limit: number): Promise<string[]> {
    const docs = await this.terms
      .find({ venueId, term: { $gte: prefix, $lt: `${prefix}\uffff` } }, { submissionId: 1 })
      .limit(limit + 1)
      .lean<Pick<SubmissionSearchTermDocument, 'submissionId'>[]>()
      .exec();
    return [...new Set(docs.map((doc) => doc.submissionId))];
  }
}
