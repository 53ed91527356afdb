import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { InvitationState, VenueRole } from '@impact-review/domain';
import { withEvents, type PendingEvent } from '../audit/pending-events';
import { isObjectIdString, toRecord } from '../database/to-record';
import { INVITATION_MODEL, type InvitationDocument } from './invitation.schema';

export type InvitationRecord = Omit<InvitationDocument, '_id'> & { id: string };

export interface NewInvitation {
  venueId: string;
  email: string;
  role: VenueRole;
  tokenHash: string;
  invitedById: string;
  message: string;
  areas?: string[];
  expiresAt: Date;
  now: Date;
}

function toInvitationRecord(doc: InvitationDocument): InvitationRecord {
  const record = toRecord(doc);
  return {
    ...record,
    message: record.message ?? '',
    respondedAt: record.respondedAt ?? null,
    respondedById: record.respondedById ?? null,
    lastMailError: record.lastMailError ?? null,
    lastMailAttemptAt: record.lastMailAttemptAt ?? null,
  };
}

@Injectable()
export class InvitationRepository {
  constructor(@InjectModel(INVITATION_MODEL) private readonly invitations: Model<InvitationDocument>) {}

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(
    input: NewInvitation,
    id: string = this.newId(),
    events: readonly PendingEvent[] = [],
  ): Promise<InvitationRecord> {
    const { now, ...fields } = input;
    const recorded = events.length > 0 ? { pendingEvents: [...events], hasPendingEvents: true } : {};
    const doc = await this.invitations.create({
      _id: new Types.ObjectId(id),
      ...fields,
      state: 'pending',
      createdAt: now,
      updatedAt: now,
      ...recorded,
    });
    return toInvitationRecord(doc.toObject<InvitationDocument>());
  }

  /** The areas of the invitation `userId` accepted at the venue, if a pool import gave it some. */
  async acceptedAreas(venueId: string, userId: string): Promise<string[]> {
    const doc = await this.invitations
      .findOne({ venueId, respondedById: userId, state: 'accepted' }, { areas: 1 })
      .sort({ respondedAt: -1 })
      .lean<Pick<InvitationDocument, 'areas'>>()
      .exec();
    return doc?.areas ?? [];
  }

  async findById(id: string): Promise<InvitationRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.invitations.findById(id).lean<InvitationDocument>().exec();
    return doc ? toInvitationRecord(doc) : null;
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const doc = await this.invitations.findOne({ tokenHash }).lean<InvitationDocument>().exec();
    return doc ? toInvitationRecord(doc) : null;
  }

  /** Invitations of these venues, newest first. */
  async findByVenueIds(venueIds: readonly string[]): Promise<InvitationRecord[]> {
    if (venueIds.length === 0) return [];
    const docs = await this.invitations
      .find({ venueId: { $in: [...new Set(venueIds)] } })
      .sort({ createdAt: -1, _id: -1 })
      .lean<InvitationDocument[]>()
      .exec();
    return docs.map(toInvitationRecord);
  }

  async findPending(venueId: string, email: string, role: VenueRole): Promise<InvitationRecord | null> {
    const doc = await this.invitations
      .findOne({ venueId, email, role, state: 'pending' })
      .sort({ createdAt: -1 })
      .lean<InvitationDocument>()
      .exec();
    return doc ? toInvitationRecord(doc) : null;
  }

  /** A re-send: new token and lifetime for a still pending invitation; null if it was answered meanwhile. */
  async renew(
    id: string,
    changes: { tokenHash: string; expiresAt: Date; now: Date },
    events: readonly PendingEvent[] = [],
  ): Promise<InvitationRecord | null> {
    const { now, ...fields } = changes;
    const doc = await this.invitations
      .findOneAndUpdate(
        { _id: id, state: 'pending' },
        withEvents({ $set: { ...fields, updatedAt: now } }, events),
        { new: true },
      )
      .lean<InvitationDocument>()
      .exec();
    return doc ? toInvitationRecord(doc) : null;
  }

  /**
   * Moves a pending invitation to `to` atomically; with `unexpiredAt`, only if it has not expired
   * by then. Null when another request answered it first (or it expired).
   */
  async leavePending(
    id: string,
    to: Exclude<InvitationState, 'pending'>,
    change: { now: Date; respondedById: string | null; unexpiredAt?: Date },
    events: readonly PendingEvent[] = [],
  ): Promise<InvitationRecord | null> {
    const filter: Record<string, unknown> = { _id: id, state: 'pending' };
    if (change.unexpiredAt) filter['expiresAt'] = { $gt: change.unexpiredAt };
    const doc = await this.invitations
      .findOneAndUpdate(
        filter,
        withEvents(
          {
            $set: {
              state: to,
              respondedAt: change.now,
              respondedById: change.respondedById,
              updatedAt: change.now,
            },
          },
          events,
        ),
        { new: true },
      )
      .lean<InvitationDocument>()
      .exec();
    return doc ? toInvitationRecord(doc) : null;
  }

  /**
   * Undoes an acceptance whose account could not be created (the address got an account in the
   * meantime): only while no account was recorded as its responder.
   */
  /** Undoes an acceptance whose account could not be created, and drops the acceptance's event. */
  async reopen(id: string, now: Date, accepted: PendingEvent): Promise<void> {
    await this.invitations
      .updateOne(
        { _id: id, state: 'accepted', respondedById: null },
        { $set: { state: 'pending', respondedAt: null, updatedAt: now }, $pull: { pendingEvents: accepted } },
      )
      .exec();
    await this.invitations
      .updateOne(
        { _id: id, hasPendingEvents: true, 'pendingEvents.0': { $exists: false } },
        { $set: { hasPendingEvents: false } },
      )
      .exec();
  }

  /** Records who accepted, once the account exists. */
  async recordResponder(id: string, userId: string): Promise<void> {
    await this.invitations
      .updateOne({ _id: id, state: 'accepted' }, { $set: { respondedById: userId } })
      .exec();
  }

  /** Pending invitations that expired before `before`: nobody can answer them any more. */
  async deleteExpiredPending(before: Date): Promise<number> {
    const result = await this.invitations.deleteMany({ state: 'pending', expiresAt: { $lt: before } }).exec();
    return result.deletedCount;
  }
}
