import { Schema, type Types } from 'mongoose';

export interface UserDocument {
  _id: Types.ObjectId;
  /** Lower-cased, so one address is one account. */
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Date;
  updatedAt: Date;
}

export const USER_MODEL = 'User';

export const userSchema = new Schema<UserDocument>(
  {
    email: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
  },
  { collection: 'users', timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
