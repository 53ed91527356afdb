import { Schema } from 'mongoose';

/** One document per data migration that has finished: start-up work that never needs to run again. */
export interface MigrationMarkerDocument {
  _id: string;
  finishedAt: Date;
}

export const MIGRATION_MARKER_MODEL = 'MigrationMarker';

export const migrationMarkerSchema = new Schema<MigrationMarkerDocument>(
  { _id: { type: String, required: true }, finishedAt: { type: Date, required: true } },
  { collection: 'migrations' },
);
