import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { PAIR_RULE_MODEL, type PairRule, type PairRuleDocument } from './pair-rule.schema';

export type PairRuleRecord = Pick<PairRuleDocument, 'venueId' | 'submissionId' | 'reviewerId' | 'rule' | 'setById' | 'setAt'> & {
  id: string;
};

const FIELDS = { venueId: 1, submissionId: 1, reviewerId: 1, rule: 1, setById: 1, setAt: 1 } as const;

function toRule(doc: PairRuleDocument): PairRuleRecord {
  return { id: String(doc._id), venueId: doc.venueId, submissionId: doc.submissionId, reviewerId: doc.reviewerId, rule: doc.rule, setById: doc.setById, setAt: doc.setAt };
}

@Injectable()
export class PairRuleRepository {
  constructor(@InjectModel(PAIR_RULE_MODEL) private readonly rules: Model<PairRuleDocument>) {}

  async set(
    input: { venueId: string; submissionId: string; reviewerId: string; rule: PairRule; setById: string; at: Date },
    events: readonly PendingEvent[],
  ): Promise<PairRuleRecord> {
    const doc = await this.rules
      .findOneAndUpdate(
        { submissionId: input.submissionId, reviewerId: input.reviewerId },
        withEvents({ $set: { venueId: input.venueId, rule: input.rule, setById: input.setById, setAt: input.at } }, events),
        { upsert: true, new: true },
      )
      .lean<PairRuleDocument>()
      .exec();
    return toRule(doc);
  }

  async ofVenue(venueId: string): Promise<PairRuleRecord[]> {
    const docs = await this.rules.find({ venueId }, FIELDS).lean<PairRuleDocument[]>().exec();
    return docs.map(toRule);
  }
}
