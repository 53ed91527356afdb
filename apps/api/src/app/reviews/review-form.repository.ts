import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { defaultReviewForm, type FormQuestion, type ReviewFormKind } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { REVIEW_FORM_MODEL, type ReviewFormDocument } from './review-form.schema';

/** A venue's form for a kind of reviewer (or its continuing-review rubric); revision 0 is the default form, never saved. */
export interface ReviewFormRecord {
  /** null for the default form, never saved. */
  id: string | null;
  venueId: string;
  kind: ReviewFormKind;
  questions: FormQuestion[];
  answeredQuestionIds: string[];
  revision: number;
}

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

function defaultForm(venueId: string, kind: ReviewFormKind): ReviewFormRecord {
  const form = defaultReviewForm(kind);
  return { id: null, venueId, kind, questions: form.questions.map((q) => ({ ...q })), answeredQuestionIds: [], revision: 0 };
}

function toFormRecord(doc: ReviewFormDocument): ReviewFormRecord {
  return {
    id: String(doc._id),
    venueId: doc.venueId,
    kind: doc.kind,
    questions: doc.questions.map((q) => ({ id: q.id, kind: q.kind, prompt: q.prompt, help: q.help ?? '', required: q.required, retired: q.retired })),
    answeredQuestionIds: [...(doc.answeredQuestionIds ?? [])],
    revision: doc.revision,
  };
}

@Injectable()
export class ReviewFormRepository {
  constructor(@InjectModel(REVIEW_FORM_MODEL) private readonly forms: Model<ReviewFormDocument>) {}

  async get(venueId: string, kind: ReviewFormKind): Promise<ReviewFormRecord> {
    const doc = await this.forms.findOne({ venueId, kind }, FIELDS).lean<ReviewFormDocument>().exec();
    return doc ? toFormRecord(doc) : defaultForm(venueId, kind);
  }

  /**
   * Replaces the questions if the form is still at `expectedRevision` (0: never saved, so the
   * insert races on the unique index). Null when someone saved in between.
   */
  async save(venueId: string, kind: ReviewFormKind, questions: FormQuestion[], expectedRevision: number, events: readonly PendingEvent[]): Promise<ReviewFormRecord | null> {
    if (expectedRevision === 0) {
      const current = await this.forms.findOne({ venueId, kind }, { _id: 1 }).lean().exec();
      if (current) return null;
      try {
        const doc = await this.forms.create({
          venueId,
          kind,
          questions,
          answeredQuestionIds: [],
          revision: 1,
          pendingEvents: [...events],
          hasPendingEvents: events.length > 0,
        });
        return toFormRecord(doc.toObject<ReviewFormDocument>());
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    }
    const doc = await this.forms
      .findOneAndUpdate({ venueId, kind, revision: expectedRevision }, withEvents({ $set: { questions }, $inc: { revision: 1 } }, events), { new: true })
      .lean<ReviewFormDocument>()
      .exec();
    return doc ? toFormRecord(doc) : null;
  }

  /** Notes questions that now have answers; a default form is saved first so the note has a home. */
  async noteAnswered(venueId: string, kind: ReviewFormKind, questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    const existing = await this.forms.findOne({ venueId, kind }, { _id: 1 }).lean().exec();
    if (!existing) {
      try {
        const { id: _none, ...fresh } = defaultForm(venueId, kind);
        await this.forms.create({ ...fresh, revision: 1 });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    const form = await this.get(venueId, kind);
    const fresh = questionIds.filter((id) => !form.answeredQuestionIds.includes(id));
    if (fresh.length === 0) return;
    // The revision moves so that a chair's edit begun before these answers is refused as stale.
    await this.forms
      .updateOne({ venueId, kind }, { $addToSet: { answeredQuestionIds: { $each: fresh } }, $inc: { revision: 1 } })
      .exec();
  }
}
