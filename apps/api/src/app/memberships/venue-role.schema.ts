import { Schema, type Types } from 'mongoose';
import { VENUE_ROLES, type VenueRole } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/** One role of one person at one venue; a person holds as many as they combine. */
export interface VenueRoleDocument {
  _id: Types.ObjectId;
  userId: string;
  venueId: string;
  role: VenueRole;
  createdAt: Date;
}

export const VENUE_ROLE_MODEL = 'VenueRole';

export const venueRoleSchema = new Schema<VenueRoleDocument>(
  {
    userId: { type: String, required: true },
    venueId: { type: String, required: true },
    role: { type: String, required: true, enum: VENUE_ROLES },
  },
  { collection: 'venue_roles', timestamps: { createdAt: true, updatedAt: false } },
);
venueRoleSchema.index({ userId: 1, venueId: 1, role: 1 }, { unique: true });
venueRoleSchema.index({ venueId: 1, role: 1 });
// Changes record their log events in the same write (see audit/pending-events.ts).
auditedSchema(venueRoleSchema);
