import { Schema, type Types } from 'mongoose';
import type { JobState } from '@impact-review/domain';

export interface JobDocument {
  _id: Types.ObjectId;
  /** The handler that runs it, e.g. "mail.send". */
  name: string;
  /** Unique: enqueueing the same key again is a no-op, so a job is created once per logical task. */
  key: string;
  /** The venue it belongs to, shown to that venue's chairs; null for site-wide work. */
  venueId: string | null;
  /**
   * The object the job is about (a submission), when it has one: people conflicted with it do not
   * see the job on the venue's page. Missing in jobs stored before subjects existed.
   */
  subjectId?: string | null;
  /** One line for people reading the jobs page, e.g. "Email to ada@example.org: Invitation…". */
  summary: string;
  payload: Record<string, unknown>;
  state: JobState;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  /** Fencing token: bumped by every claim; heartbeats and results of an older claim are refused. */
  leaseToken: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  /** The worker (host:pid:id) of the latest claim, kept after it finishes. */
  lastWorker: string | null;
  lastError: string | null;
  /** Recurring jobs re-arm themselves at the next cron time instead of finishing. */
  cron: string | null;
  timeZone: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export const JOB_MODEL = 'Job';

export const jobSchema = new Schema<JobDocument>(
  {
    name: { type: String, required: true },
    key: { type: String, required: true },
    venueId: { type: String, default: null },
    subjectId: { type: String, default: null },
    summary: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, default: {} },
    state: { type: String, required: true },
    runAt: { type: Date, required: true },
    attempts: { type: Number, required: true },
    maxAttempts: { type: Number, required: true },
    leaseToken: { type: Number, required: true },
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    lastWorker: { type: String, default: null },
    lastError: { type: String, default: null },
    cron: { type: String, default: null },
    timeZone: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'jobs', minimize: false },
);
jobSchema.index({ key: 1 }, { unique: true });
// Claiming: the oldest due waiting job; and running jobs whose worker stopped renewing the lease.
jobSchema.index({ state: 1, runAt: 1 });
jobSchema.index({ state: 1, leaseUntil: 1 });
// The jobs page of a venue, newest first, optionally by state.
jobSchema.index({ venueId: 1, createdAt: -1 });
jobSchema.index({ venueId: 1, state: 1, createdAt: -1 });
// Removing finished jobs after the retention period.
jobSchema.index({ state: 1, finishedAt: 1 });

/** An effect that must happen once per key even if its job runs twice (a sent mail, a digest). */
export interface JobEffectDocument {
  _id: string;
  state: 'started' | 'done';
  /** Until then the starter owns the effect; after, another attempt may take it over. */
  startedUntil: Date;
  doneAt: Date | null;
}

export const JOB_EFFECT_MODEL = 'JobEffect';

export const jobEffectSchema = new Schema<JobEffectDocument>(
  {
    _id: { type: String, required: true },
    state: { type: String, required: true },
    startedUntil: { type: Date, required: true },
    doneAt: { type: Date, default: null },
  },
  { collection: 'job_effects' },
);
jobEffectSchema.index({ state: 1, doneAt: 1 });
