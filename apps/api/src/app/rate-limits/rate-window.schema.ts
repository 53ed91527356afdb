import { Schema, type Types } from 'mongoose';

/**
 * A counting window for one key ("login:account:<email>", "mail:network:<address>"): how many
 * times it was hit since `startedAt`, until `expiresAt`. Expiry is checked by the app (FerretDB has
 * no TTL index); expired windows are swept by housekeeping or replaced on the next hit.
 */
export interface RateWindowDocument {
  _id: Types.ObjectId;
  key: string;
  count: number;
  startedAt: Date;
  expiresAt: Date;
}

export const RATE_WINDOW_MODEL = 'RateWindow';

export const rateWindowSchema = new Schema<RateWindowDocument>(
  {
    key: { type: String, required: true },
    count: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'rate_windows', versionKey: false },
);
// One window per key, also when two API processes start it at the same moment.
rateWindowSchema.index({ key: 1 }, { unique: true });
rateWindowSchema.index({ expiresAt: 1 });
