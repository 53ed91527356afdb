import { Schema, type Types } from 'mongoose';
import { INVITATION_STATES, VENUE_ROLES, type InvitationState, type VenueRole } from '@impact-review/domain';
import { auditedSchema } from '../audit/pending-events';

/**
 * An invitation to take a role at a venue. Only the SHA-256 of the link's token is stored, so a
 * copy of the database cannot be used to accept invitations. Expiry is checked by the app with
 * the injected clock (FerretDB has no TTL index); timestamps come from that clock too.
 */
export interface InvitationDocument {
  _id: Types.ObjectId;
  venueId: string;
  /** Normalized (lower-case). */
  email: string;
  role: VenueRole;
  state: InvitationState;
  tokenHash: string;
  invitedById: string;
  message: string;
  /** Expertise areas a pool import gave a reviewer; they start the profile. Missing: none. */
  areas?: string[];
  expiresAt: Date;
  respondedAt: Date | null;
  respondedById: string | null;
  /** The last delivery failure, null once a mail went out. */
  lastMailError: string | null;
  lastMailAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const INVITATION_MODEL = 'Invitation';

export const invitationSchema = new Schema<InvitationDocument>(
  {
    venueId: { type: String, required: true },
    email: { type: String, required: true },
    role: { type: String, required: true, enum: VENUE_ROLES },
    state: { type: String, required: true, enum: INVITATION_STATES },
    tokenHash: { type: String, required: true },
    invitedById: { type: String, required: true },
    message: { type: String, default: '' },
    areas: { type: [String], default: undefined },
    expiresAt: { type: Date, required: true },
    respondedAt: { type: Date, default: null },
    respondedById: { type: String, default: null },
    lastMailError: { type: String, default: null },
    lastMailAttemptAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'invitations' },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ venueId: 1, email: 1, role: 1 });
// Housekeeping removes long-expired pending invitations.
invitationSchema.index({ state: 1, expiresAt: 1 });
// Changes record their log events in the same write (see audit/pending-events.ts).
auditedSchema(invitationSchema);
