import { Schema, type Types } from 'mongoose';
import { QUESTION_KINDS, REVIEW_FORM_KINDS, type FormQuestion, type ReviewFormKind } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/**
 * A venue's form for one kind of reviewer, once a chair changed it (until then the default form
 * applies). `answeredQuestionIds` grows as reviews are submitted: those questions can be retired
 * but never deleted or change kind.
 */
export interface ReviewFormDocument {
  _id: Types.ObjectId;
  venueId: string;
  kind: ReviewFormKind;
  questions: FormQuestion[];
  answeredQuestionIds: string[];
  revision: number;
  updatedAt: Date;
}

export const REVIEW_FORM_MODEL = 'ReviewForm';

const questionSchema = new Schema<FormQuestion>(
  {
    id: { type: String, required: true },
    kind: { type: String, required: true, enum: QUESTION_KINDS },
    prompt: { type: String, required: true },
    help: { type: String, default: '' },
    required: { type: Boolean, required: true },
    retired: { type: Boolean, required: true },
  },
  { _id: false },
);

export const reviewFormSchema = new Schema<ReviewFormDocument>(
  {
    venueId: { type: String, required: true },
    kind: { type: String, required: true, enum: REVIEW_FORM_KINDS },
    questions: { type: [questionSchema], required: true },
    answeredQuestionIds: { type: [String], default: [] },
    revision: { type: Number, required: true },
  },
  { collection: 'review_forms', timestamps: true },
);
reviewFormSchema.index({ venueId: 1, kind: 1 }, { unique: true });
auditedSchema(reviewFormSchema);
