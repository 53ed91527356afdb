import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import {
  DEFAULT_CONDITION_LIBRARY,
  DEFAULT_LETTER_TEMPLATES,
  DECISION_OUTCOMES,
  type ConditionLibraryEntry,
  type DecisionOutcome,
  type LetterTemplate,
} from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { DECISION_SETTINGS_MODEL, type DecisionSettingsDocument } from './decision-settings.schema';

export interface DecisionSettingsRecord {
  id: string | null;
  venueId: string;
  conditionLibrary: ConditionLibraryEntry[];
  letterTemplates: Record<DecisionOutcome, LetterTemplate & { custom: boolean }>;
  revision: number;
}

function settingsOf(venueId: string, doc: DecisionSettingsDocument | null): DecisionSettingsRecord {
  const custom = doc?.letterTemplates ?? {};
  return {
    id: doc ? String(doc._id) : null,
    venueId,
    conditionLibrary: doc?.conditionLibrary ?? DEFAULT_CONDITION_LIBRARY.map((e) => ({ ...e })),
    letterTemplates: Object.fromEntries(
      DECISION_OUTCOMES.map((outcome) => {
        const own = custom[outcome];
        return [outcome, own ? { ...own, custom: true } : { ...DEFAULT_LETTER_TEMPLATES[outcome], custom: false }];
      }),
    ) as DecisionSettingsRecord['letterTemplates'],
    revision: doc?.revision ?? 0,
  };
}

/** The venues' decision settings and the statements' approvals. */
@Injectable()
export class DecisionSettingsRepository {
  constructor(
    @InjectModel(DECISION_SETTINGS_MODEL) private readonly settings: Model<DecisionSettingsDocument>,
  ) {}

  async get(venueId: string): Promise<DecisionSettingsRecord> {
    const doc = await this.settings.findOne({ venueId }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<DecisionSettingsDocument>().exec();
    return settingsOf(venueId, doc);
  }

  /**
   * Applies `changes` at `expectedRevision` (0: never saved, raced on the unique index); null when
   * another chair saved in between.
   */
  async save(
    venueId: string,
    changes: { conditionLibrary?: ConditionLibraryEntry[]; letterTemplate?: { outcome: DecisionOutcome; template: LetterTemplate | null } },
    expectedRevision: number,
    events: readonly PendingEvent[],
  ): Promise<DecisionSettingsRecord | null> {
    const set: Record<string, unknown> = {};
    const unset: Record<string, ''> = {};
    if (changes.conditionLibrary) set['conditionLibrary'] = changes.conditionLibrary;
    if (changes.letterTemplate) {
      const path = `letterTemplates.${changes.letterTemplate.outcome}`;
      if (changes.letterTemplate.template) set[path] = changes.letterTemplate.template;
      else unset[path] = '';
    }
    if (expectedRevision === 0) {
      try {
        const letterTemplates = changes.letterTemplate?.template ? { [changes.letterTemplate.outcome]: changes.letterTemplate.template } : {};
        await this.settings.create({
          venueId,
          conditionLibrary: changes.conditionLibrary,
          letterTemplates,
          revision: 1,
          pendingEvents: [...events],
          hasPendingEvents: events.length > 0,
        });
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
      return this.get(venueId);
    }
    const update: Record<string, unknown> = { $inc: { revision: 1 } };
    if (Object.keys(set).length > 0) update['$set'] = set;
    if (Object.keys(unset).length > 0) update['$unset'] = unset;
    const doc = await this.settings.findOneAndUpdate({ venueId, revision: expectedRevision }, withEvents(update, events), { new: true }).lean().exec();
    return doc ? this.get(venueId) : null;
  }
}
