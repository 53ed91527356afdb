import { Schema, type Types } from 'mongoose';

export interface UserDocument {
  _id: Types.ObjectId;
  /** Lower-cased, so one address is one account. */
  email: string;
  name: string;
  passwordHash: string;
  /** Site administrator: manages who may create venues and who administers the site. */
  siteAdmin: boolean;
  /** May create conferences and workshops (administrators always may). */
  canCreateVenues: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const USER_MODEL = 'User';

export const userSchema = new Schema<UserDocument>(
  {
    email: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    siteAdmin: { type: Boolean, default: false },
    canCreateVenues: { type: Boolean, default: false },
  },
  { collection: 'users', timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
// The administration page lists the (few) administrators and venue creators.
userSchema.index({ siteAdmin: 1 });
userSchema.index({ canCreateVenues: 1 });
