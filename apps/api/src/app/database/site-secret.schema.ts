import { Schema } from 'mongoose';

/** Secrets the API makes for itself once and shares through the database (mail-link key, log key). */
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
