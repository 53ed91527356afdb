import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { VenueRole } from '@impact-review/domain';
import { type PendingEvent } from '../audit/pending-events';
import { isDuplicateKey } from '../database/duplicate-key';
import { toRecord } from '../database/to-record';
import { VENUE_ROLE_MODEL, type VenueRoleDocument } from './venue-role.schema';

export interface VenueRoleRecord {
  id: string;
  userId: string;
  venueId: string;
  role: VenueRole;
  createdAt: Date;
}

@Injectable()
export class VenueRoleRepository {
  constructor(@InjectModel(VENUE_ROLE_MODEL) private readonly roles: Model<VenueRoleDocument>) {}

  /** Every signed-in request reads this, so it goes to the driver directly (no mongoose query building). */
  async rolesOfUser(userId: string): Promise<VenueRoleRecord[]> {
    const docs = await this.roles.collection.find<VenueRoleDocument>({ userId }).sort({ createdAt: 1 }).toArray();
    return docs.map(toRecord);
  }

  /** How many grants of these roles a venue has (a cheap check that its pool is unchanged). */
  async countOfVenue(venueId: string, roles: readonly VenueRole[]): Promise<number> {
    return this.roles.countDocuments({ venueId, role: { $in: [...roles] } }).exec();
  }

  async membersOfVenue(venueId: string): Promise<VenueRoleRecord[]> {
    const docs = await this.roles.find({ venueId }).sort({ createdAt: 1 }).lean<VenueRoleDocument[]>().exec();
    return docs.map(toRecord);
  }

  /**
   * Idempotent, also under races: granting a role twice leaves one grant. Two upserts at the same
   * moment can both find nothing and both insert; the unique index refuses the second, which means
   * the role is there, just as this call wanted.
   */
  /** Returns the id of the new grant, or null when the person already held the role. */
  async grant(
    userId: string,
    venueId: string,
    role: VenueRole,
    events: readonly PendingEvent[] = [],
  ): Promise<string | null> {
    // The event goes in only with the insert: a grant that already existed records nothing.
    const recorded = events.length > 0 ? { pendingEvents: [...events], hasPendingEvents: true } : {};
    try {
      const result = await this.roles
        .updateOne({ userId, venueId, role }, { $setOnInsert: { userId, venueId, role, ...recorded } }, { upsert: true })
        .exec();
      return result.upsertedId ? String(result.upsertedId) : null;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return null;
    }
  }
}
