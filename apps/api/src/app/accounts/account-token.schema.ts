import { Schema, type Types } from 'mongoose';

export const ACCOUNT_TOKEN_PURPOSES = ['sign_up', 'password_reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use link sent by mail: to create an account for a proven address, or to choose a new
 * password. Only the SHA-256 of the token is stored, so a copy of the database holds no usable
 * link. Expiry is checked by the app; housekeeping removes expired and used links.
 */
export interface AccountTokenDocument {
  _id: Types.ObjectId;
  purpose: AccountTokenPurpose;
  tokenHash: string;
  /** Normalized. */
  email: string;
  /** The account a password reset is for; null for sign-up links. */
  userId: string | null;
  expiresAt: Date;
  /** Set once, by the request that uses the link. */
  usedAt: Date | null;
  createdAt: Date;
}

export const ACCOUNT_TOKEN_MODEL = 'AccountToken';

export const accountTokenSchema = new Schema<AccountTokenDocument>(
  {
    purpose: { type: String, required: true, enum: ACCOUNT_TOKEN_PURPOSES },
    tokenHash: { type: String, required: true },
    email: { type: String, required: true },
    userId: { type: String, default: null },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'account_tokens', versionKey: false },
);
accountTokenSchema.index({ tokenHash: 1 }, { unique: true });
accountTokenSchema.index({ userId: 1, purpose: 1 });
accountTokenSchema.index({ expiresAt: 1 });
