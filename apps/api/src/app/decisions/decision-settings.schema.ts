import { Schema, type Types } from 'mongoose';
import type { ConditionLibraryEntry, DecisionOutcome, LetterTemplate } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/**
 * A venue's library of standard conditions and its decision letter templates, once a chair
 * changed them (until then the defaults apply).
 */
export interface DecisionSettingsDocument {
  _id: Types.ObjectId;
  venueId: string;
  conditionLibrary: ConditionLibraryEntry[];
  /** Templates the chairs changed, by outcome; the others are the defaults. */
  letterTemplates: Partial<Record<DecisionOutcome, LetterTemplate>>;
  revision: number;
}

export const DECISION_SETTINGS_MODEL = 'DecisionSettings';

export const decisionSettingsSchema = new Schema<DecisionSettingsDocument>(
  {
    venueId: { type: String, required: true },
    // Checked by libs/domain before every write; stored as given.
    conditionLibrary: { type: Schema.Types.Mixed, default: undefined },
    letterTemplates: { type: Schema.Types.Mixed, default: {} },
    revision: { type: Number, required: true },
  },
  { collection: 'decision_settings' },
);
decisionSettingsSchema.index({ venueId: 1 }, { unique: true });
auditedSchema(decisionSettingsSchema);
