import { Schema, type Types } from 'mongoose';
import { VENUE_KINDS, type VenueKind } from '@impact-review/domain';

/** A deadline keeps the wall time the chair entered and the exact instant it means. */
export interface DeadlineDocument {
  label: string;
  /** 'YYYY-MM-DDTHH:mm' in the venue's time zone. */
  dueLocal: string;
  dueAt: Date;
}

export interface VenueDocument {
  _id: Types.ObjectId;
  name: string;
  shortName: string;
  kind: VenueKind;
  /** The conference a workshop is held at; null for conferences. Fixed after creation. */
  parentVenueId: string | null;
  timeZone: string;
  description: string;
  deadlines: DeadlineDocument[];
  createdBy: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const VENUE_MODEL = 'Venue';

const deadlineSchema = new Schema<DeadlineDocument>(
  {
    label: { type: String, required: true },
    dueLocal: { type: String, required: true },
    dueAt: { type: Date, required: true },
  },
  { _id: false },
);

export const venueSchema = new Schema<VenueDocument>(
  {
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    kind: { type: String, required: true, enum: VENUE_KINDS },
    parentVenueId: { type: String, default: null },
    timeZone: { type: String, required: true },
    description: { type: String, default: '' },
    deadlines: { type: [deadlineSchema], default: [] },
    createdBy: { type: String, required: true },
    revision: { type: Number, required: true, default: 1 },
  },
  { collection: 'venues', timestamps: true },
);
venueSchema.index({ parentVenueId: 1 });
