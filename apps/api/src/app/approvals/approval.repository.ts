import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { ApprovalState } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { APPROVAL_MODEL, type ApprovalDocument, type ApprovalTransitionDocument } from './approval.schema';

export type ApprovalRecord = Omit<ApprovalDocument, '_id' | 'pendingEvents' | 'hasPendingEvents'> & { id: string };
export type NewApproval = Omit<ApprovalRecord, 'id' | 'revision' | 'remindersSent' | 'suspendedArtifactKeys' | 'stateHistory' | 'stageOpenings' | 'addedArtifacts' | 'appliedAmendmentIds'>;

const FIELDS = { pendingEvents: 0, hasPendingEvents: 0 } as const;

/** The record, with what approvals made before continuing review existed did not store. */
function approvalOf(doc: ApprovalDocument): ApprovalRecord {
  const { pendingEvents: _events, hasPendingEvents: _flag, ...rest } = doc as ApprovalDocument & { pendingEvents?: unknown; hasPendingEvents?: unknown };
  const record = toRecord(rest as ApprovalDocument);
  return {
    ...record,
    tier: record.tier ?? 'full',
    expiresAt: record.expiresAt ?? null,
    remindersSent: record.remindersSent ?? [],
    suspendedArtifactKeys: record.suspendedArtifactKeys ?? [],
    lastTransition: record.lastTransition ?? { action: 'created', actor: 'chair', actorId: null, reason: '', at: record.approvedAt },
    stageOpenings: (record.stageOpenings ?? []).map((o) => ({ ...o, gatePassedAt: new Date(o.gatePassedAt) })),
    addedArtifacts: record.addedArtifacts ?? [],
    appliedAmendmentIds: record.appliedAmendmentIds ?? [],
    stateHistory: record.stateHistory?.length ? record.stateHistory.map((h) => ({ ...h, at: new Date(h.at) })) : [{ state: record.state, action: 'created', at: record.approvedAt }],
  };
}

/** What one transition writes. */
export interface ApprovalChange {
  state: ApprovalState;
  expiresAt: Date | null;
  suspendedArtifactKeys: string[];
  lastTransition: ApprovalTransitionDocument;
  /** A new expiry starts with no reminders sent ([]); absent: as they are. */
  remindersSent?: number[];
  /** A re-evaluation's modified conditions; absent: as they are. */
  conditions?: ApprovalRecord['conditions'];
  /** An "advance" decision's gate openings (all of them); absent: as they are. */
  stageOpenings?: ApprovalRecord['stageOpenings'];
}

/** What an approved amendment writes: the plan from now on, and the artifacts it adds. */
export interface ApprovalAmendment {
  amendmentId: string;
  releasePlan: unknown[];
  addedArtifacts: ApprovalRecord['addedArtifacts'];
}

/** Only this class touches the approvals collection; every change is one conditional single-document update. */
@Injectable()
export class ApprovalRepository {
  constructor(@InjectModel(APPROVAL_MODEL) private readonly approvals: Model<ApprovalDocument>) {}

  async findById(id: string): Promise<ApprovalRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.approvals.findById(id, FIELDS).lean<ApprovalDocument>().exec();
    return doc ? approvalOf(doc) : null;
  }

  /** The statement's latest approval. */
  async latestOf(submissionId: string): Promise<ApprovalRecord | null> {
    const docs = await this.approvals.find({ submissionId }, FIELDS).sort({ approvedAt: -1 }).limit(1).lean<ApprovalDocument[]>().exec();
    return docs[0] ? approvalOf(docs[0]) : null;
  }

  /** Creates the approval of a decision once (a retry finds it there). */
  async create(approval: NewApproval, events: readonly PendingEvent[]): Promise<{ approval: ApprovalRecord; created: boolean }> {
    try {
      const doc = await this.approvals.create({
        ...approval,
        remindersSent: [],
        suspendedArtifactKeys: [],
        stateHistory: [{ state: approval.state, action: 'created', at: approval.approvedAt }],
        stageOpenings: [],
        addedArtifacts: [],
        appliedAmendmentIds: [],
        revision: 1,
        pendingEvents: [...events],
        hasPendingEvents: events.length > 0,
      });
      return { approval: approvalOf(doc.toObject<ApprovalDocument>()), created: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.approvals.findOne({ decisionId: approval.decisionId }, FIELDS).lean<ApprovalDocument>().exec();
      if (!existing) throw error;
      return { approval: approvalOf(existing), created: false };
    }
  }

  /**
   * Writes a transition if the approval is still at `expectedRevision` (of two chairs, or a chair and
   * the schedule, one wins).
   */
  async transition(id: string, expectedRevision: number, change: ApprovalChange, events: readonly PendingEvent[]): Promise<ApprovalRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.approvals
      .findOneAndUpdate(
        { _id: id, revision: expectedRevision },
        withEvents(
          {
            $set: { ...change },
            $inc: { revision: 1 },
            $push: { stateHistory: { state: change.state, action: change.lastTransition.action, at: change.lastTransition.at } },
          },
          events,
        ),
        // findAndModify takes no exclusion here (FerretDB): approvalOf drops the pending events.
        { new: true },
      )
      .lean<ApprovalDocument>()
      .exec();
    return doc ? approvalOf(doc) : null;
  }

  /**
   * Applies an approved amendment once (one already applied is not applied again): the plan from
   * now on and the artifacts it adds. The amendment's own conditional write decided it; this follows
   * whatever else changed the approval meanwhile (only amendments change its plan).
   */
  async amend(id: string, amendment: ApprovalAmendment): Promise<ApprovalRecord | null> {
    if (!isObjectIdString(id)) return null;
    await this.approvals
      .updateOne(
        { _id: id, appliedAmendmentIds: { $ne: amendment.amendmentId } },
        {
          $set: { releasePlan: amendment.releasePlan },
          $inc: { revision: 1 },
          $push: { appliedAmendmentIds: amendment.amendmentId, addedArtifacts: { $each: amendment.addedArtifacts } },
        },
      )
      .exec();
    return this.findById(id);
  }

  /**
   * Records a reminder for the current expiry, once: of two runs (or processes), one marks it. The
   * expiry is part of the condition, so a reminder for an expiry since renewed is not recorded.
   */
  async markReminderSent(id: string, expiresAt: Date, days: number, events: readonly PendingEvent[]): Promise<boolean> {
    if (!isObjectIdString(id)) return false;
    const result = await this.approvals
      .updateOne({ _id: id, expiresAt, remindersSent: { $ne: days } }, withEvents({ $push: { remindersSent: days } }, events))
      .exec();
    return result.modifiedCount === 1;
  }

  /** Approvals that may need the schedule now: holding (or suspended) and expiring before `horizon`. */
  async expiringBefore(horizon: Date): Promise<ApprovalRecord[]> {
    const docs = await this.approvals
      .find({ state: { $in: ['active', 'under_reevaluation', 'suspended'] }, expiresAt: { $ne: null, $lte: horizon } }, FIELDS)
      .lean<ApprovalDocument[]>()
      .exec();
    return docs.map(approvalOf);
  }

  /** A venue's approvals (for its chairs' dashboard), newest first. */
  async ofVenue(venueId: string): Promise<ApprovalRecord[]> {
    const docs = await this.approvals.find({ venueId }, FIELDS).sort({ approvedAt: -1 }).lean<ApprovalDocument[]>().exec();
    return docs.map(approvalOf);
  }
}
