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

/** Secrets the API makes for itself once and shares through the database (e.g. the mail-link key). */
export interface SiteSecretDocument {
  _id: string;
  value: string;
  createdAt: Date;
}

export const SITE_SECRET_MODEL = 'SiteSecret';

export const siteSecretSchema = new Schema<SiteSecretDocument>(
  { _id: { type: String, required: true }, value: { type: String, required: true }, createdAt: Date },
  { collection: 'site_secrets' },
);
