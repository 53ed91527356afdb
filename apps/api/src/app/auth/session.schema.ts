import { Schema, type Types } from 'mongoose';

/**
 * A server-side session. Only the SHA-256 of the cookie token is stored, so a copy of the
 * database cannot be replayed as cookies. Expiry is checked by the app (FerretDB has no TTL index).
 */
export interface SessionDocument {
  _id: Types.ObjectId;
  tokenHash: string;
  userId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
}

export const SESSION_MODEL = 'Session';

export const sessionSchema = new Schema<SessionDocument>(
  {
    tokenHash: { type: String, required: true },
    userId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
  },
  { collection: 'sessions', timestamps: { createdAt: true, updatedAt: false } },
);
sessionSchema.index({ tokenHash: 1 }, { unique: true });
sessionSchema.index({ userId: 1 });
