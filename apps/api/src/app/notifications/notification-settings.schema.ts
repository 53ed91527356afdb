import { Schema, type Types } from 'mongoose';
import type { NotificationDelivery, NotificationKind } from '@impact-review/domain';

export interface NotificationPreferenceDocument {
  venueId: string | null;
  kind: NotificationKind;
  delivery: NotificationDelivery;
}

/** One document per person who changed a notification setting; the _id is the user's. */
export interface NotificationSettingsDocument {
  _id: Types.ObjectId;
  /** IANA zone digests are timed in; null until the person picks one (digests then use UTC). */
  timeZone: string | null;
  digestHour: number;
  preferences: NotificationPreferenceDocument[];
  revision: number;
  updatedAt: Date;
}

export const NOTIFICATION_SETTINGS_MODEL = 'NotificationSettings';

export const notificationSettingsSchema = new Schema<NotificationSettingsDocument>(
  {
    timeZone: { type: String, default: null },
    digestHour: { type: Number, required: true },
    preferences: [
      {
        _id: false,
        venueId: { type: String, default: null },
        kind: { type: String, required: true },
        delivery: { type: String, required: true },
      },
    ],
    revision: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'notification_settings' },
);
