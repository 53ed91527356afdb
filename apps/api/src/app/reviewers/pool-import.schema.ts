import { Schema, type Types } from 'mongoose';

export const POOL_IMPORT_STATES = ['running', 'succeeded', 'failed'] as const;
export type PoolImportState = (typeof POOL_IMPORT_STATES)[number];

export interface PoolImportLineDocument {
  line: number;
  email: string;
  detail: string;
}

/** One CSV import of a reviewer pool: the rows to invite, how far the job got, and what happened to each line. */
export interface PoolImportDocument {
  _id: Types.ObjectId;
  venueId: string;
  startedById: string;
  state: PoolImportState;
  /** The good rows, in file order; the job invites them one by one from `done`. */
  rows: { line: number; name: string; email: string; role: string; areas: string[] }[];
  done: number;
  sent: PoolImportLineDocument[];
  skipped: PoolImportLineDocument[];
  refused: PoolImportLineDocument[];
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export const POOL_IMPORT_MODEL = 'PoolImport';

const lineSchema = new Schema<PoolImportLineDocument>(
  { line: { type: Number, required: true }, email: { type: String, default: '' }, detail: { type: String, default: '' } },
  { _id: false },
);

export const poolImportSchema = new Schema<PoolImportDocument>(
  {
    venueId: { type: String, required: true },
    startedById: { type: String, required: true },
    state: { type: String, required: true, enum: POOL_IMPORT_STATES },
    rows: {
      type: [new Schema({ line: Number, name: String, email: String, role: String, areas: [String] }, { _id: false })],
      default: [],
    },
    done: { type: Number, default: 0 },
    sent: { type: [lineSchema], default: [] },
    skipped: { type: [lineSchema], default: [] },
    refused: { type: [lineSchema], default: [] },
    error: { type: String, default: null },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'pool_imports', timestamps: true, minimize: false },
);
poolImportSchema.index({ venueId: 1, createdAt: -1 });
