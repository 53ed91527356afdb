import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { JobState } from '@impact-review/domain';
import { isDuplicateKey } from '../database/duplicate-key';
import { isObjectIdString, toRecord } from '../database/to-record';
import { JOB_EFFECT_MODEL, JOB_MODEL, type JobDocument, type JobEffectDocument } from './job.schema';

export type JobRecord = Omit<JobDocument, '_id'> & { id: string };

export interface NewJob {
  name: string;
  key: string;
  venueId: string | null;
  subjectId?: string | null;
  summary: string;
  payload: Record<string, unknown>;
  runAt: Date;
  maxAttempts: number;
  cron?: string | null;
  timeZone?: string | null;
}

/** A claimed job: what a worker holds while it runs one. */
export interface Claim {
  job: JobRecord;
  token: number;
}

const toJob = (doc: JobDocument): JobRecord => toRecord(doc) as JobRecord;

function venueJobsFilter(
  venueId: string,
  state: JobState | null,
  hiddenSubjectIds: readonly string[],
): Record<string, unknown> {
  return {
    venueId,
    ...(state ? { state } : {}),
    ...(hiddenSubjectIds.length > 0 ? { subjectId: { $nin: [...hiddenSubjectIds] } } : {}),
  };
}

/**
 * The queue and its effect ledger. Every state change is one conditional single-document update:
 * a claim takes a due job (or one whose lease ran out) and bumps its fencing token; everything a
 * worker does later names that token, so a worker that lost its lease changes nothing.
 */
@Injectable()
export class JobRepository {
  constructor(
    @InjectModel(JOB_MODEL) private readonly jobs: Model<JobDocument>,
    @InjectModel(JOB_EFFECT_MODEL) private readonly effects: Model<JobEffectDocument>,
  ) {}

  /** Creates the job unless one with its key exists; either way returns the job of that key. */
  async insert(job: NewJob, now: Date): Promise<{ job: JobRecord; created: boolean }> {
    try {
      const doc = await this.jobs.create({
        ...job,
        cron: job.cron ?? null,
        timeZone: job.timeZone ?? null,
        state: 'waiting',
        attempts: 0,
        leaseToken: 0,
        leaseOwner: null,
        leaseUntil: null,
        lastWorker: null,
        lastError: null,
        createdAt: now,
        updatedAt: now,
        finishedAt: null,
      });
      return { job: toJob(doc.toObject<JobDocument>()), created: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.jobs.findOne({ key: job.key }).lean<JobDocument>().exec();
      if (!existing) throw error;
      return { job: toJob(existing), created: false };
    }
  }

  /** Takes the oldest due waiting job, or null when none is due. */
  claimDue(owner: string, now: Date, leaseMs: number): Promise<Claim | null> {
    return this.claim({ state: 'waiting', runAt: { $lte: now } }, { runAt: 1 }, owner, now, leaseMs);
  }

  /** Takes over a running job whose worker stopped renewing its lease (crashed, or stuck). */
  claimExpired(owner: string, now: Date, leaseMs: number): Promise<Claim | null> {
    return this.claim({ state: 'running', leaseUntil: { $lt: now } }, { leaseUntil: 1 }, owner, now, leaseMs);
  }

  private async claim(
    filter: Record<string, unknown>,
    sort: Record<string, 1>,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<Claim | null> {
    const doc = await this.jobs
      .findOneAndUpdate(
        filter,
        {
          $set: {
            state: 'running',
            leaseOwner: owner,
            lastWorker: owner,
            leaseUntil: new Date(now.getTime() + leaseMs),
            updatedAt: now,
          },
          $inc: { attempts: 1, leaseToken: 1 },
        },
        { sort, new: true },
      )
      .lean<JobDocument>()
      .exec();
    return doc ? { job: toJob(doc), token: doc.leaseToken } : null;
  }

  /** Renews the lease; false when the job is no longer this claim's. */
  async heartbeat(claim: Claim, now: Date, leaseMs: number): Promise<boolean> {
    const result = await this.jobs
      .updateOne(this.held(claim), {
        $set: { leaseUntil: new Date(now.getTime() + leaseMs), updatedAt: now },
      })
      .exec();
    return result.matchedCount === 1;
  }

  /** Records the outcome of a claim; false when the claim was lost (another worker owns the job now). */
  async settle(
    claim: Claim,
    outcome:
      | { state: 'succeeded' }
      | { state: 'waiting'; runAt: Date; lastError: string | null; resetAttempts: boolean }
      | { state: 'failed'; lastError: string },
    now: Date,
  ): Promise<boolean> {
    const common = { leaseOwner: null, leaseUntil: null, updatedAt: now };
    const set =
      outcome.state === 'succeeded'
        ? { ...common, state: 'succeeded', lastError: null, finishedAt: now }
        : outcome.state === 'failed'
          ? { ...common, state: 'failed', lastError: outcome.lastError, finishedAt: now }
          : {
              ...common,
              state: 'waiting',
              runAt: outcome.runAt,
              lastError: outcome.lastError,
              ...(outcome.resetAttempts ? { attempts: 0 } : {}),
            };
    const result = await this.jobs.updateOne(this.held(claim), { $set: set }).exec();
    return result.matchedCount === 1;
  }

  async replacePayload(claim: Claim, payload: Record<string, unknown>, now: Date): Promise<boolean> {
    const result = await this.jobs.updateOne(this.held(claim), { $set: { payload, updatedAt: now } }).exec();
    return result.matchedCount === 1;
  }

  private held(claim: Claim): Record<string, unknown> {
    return { _id: new Types.ObjectId(claim.job.id), leaseToken: claim.token, state: 'running' };
  }

  /** Puts a failed job of the venue back in the queue, due now, with fresh attempts. */
  async retryFailed(id: string, venueId: string, now: Date): Promise<JobRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.jobs
      .findOneAndUpdate(
        { _id: new Types.ObjectId(id), venueId, state: 'failed' },
        { $set: { state: 'waiting', runAt: now, attempts: 0, finishedAt: null, updatedAt: now } },
        { new: true },
      )
      .lean<JobDocument>()
      .exec();
    return doc ? toJob(doc) : null;
  }

  async findById(id: string): Promise<JobRecord | null> {
    if (!isObjectIdString(id)) return null;
    const doc = await this.jobs.findById(id).lean<JobDocument>().exec();
    return doc ? toJob(doc) : null;
  }

  async findByKey(key: string): Promise<JobRecord | null> {
    const doc = await this.jobs.findOne({ key }).lean<JobDocument>().exec();
    return doc ? toJob(doc) : null;
  }

  /** A venue's jobs, newest first, leaving out those about `hiddenSubjectIds`. */
  async listForVenue(
    venueId: string,
    state: JobState | null,
    offset: number,
    limit: number,
    hiddenSubjectIds: readonly string[] = [],
  ): Promise<JobRecord[]> {
    const filter = venueJobsFilter(venueId, state, hiddenSubjectIds);
    const docs = await this.jobs
      .find(filter)
      .sort({ createdAt: -1 })
      .skip(offset)
      .limit(limit)
      .lean<JobDocument[]>()
      .exec();
    return docs.map(toJob);
  }

  async countForVenue(
    venueId: string,
    state: JobState | null,
    hiddenSubjectIds: readonly string[] = [],
  ): Promise<number> {
    return this.jobs.countDocuments(venueJobsFilter(venueId, state, hiddenSubjectIds)).exec();
  }

  /** A recurring job's schedule changed in code: follow it (unless it is running right now). */
  async reschedule(key: string, cron: string, timeZone: string, runAt: Date, now: Date): Promise<void> {
    await this.jobs
      .updateOne(
        { key, state: { $ne: 'running' } },
        { $set: { cron, timeZone, runAt, state: 'waiting', updatedAt: now } },
      )
      .exec();
  }

  /** Finished jobs older than `before`, and the effect records they no longer need. */
  async purgeFinished(before: Date): Promise<{ jobs: number; effects: number }> {
    const jobs = await this.jobs.deleteMany({ state: 'succeeded', finishedAt: { $lt: before } }).exec();
    const effects = await this.effects.deleteMany({ state: 'done', doneAt: { $lt: before } }).exec();
    return { jobs: jobs.deletedCount, effects: effects.deletedCount };
  }

  /**
   * Claims the effect `key`: 'run' when the caller should perform it, 'done' when it already
   * happened, 'busy' when another attempt started it and still owns it.
   */
  async beginEffect(key: string, now: Date, holdMs: number): Promise<'run' | 'done' | 'busy'> {
    const until = new Date(now.getTime() + holdMs);
    try {
      await this.effects.create({ _id: key, state: 'started', startedUntil: until, doneAt: null });
      return 'run';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    // Started before: take it over only if its starter's hold ran out (the starter died mid-effect).
    const taken = await this.effects
      .updateOne(
        { _id: key, state: 'started', startedUntil: { $lt: now } },
        { $set: { startedUntil: until } },
      )
      .exec();
    if (taken.matchedCount === 1) return 'run';
    const current = await this.effects.findById(key).lean<JobEffectDocument>().exec();
    return current?.state === 'done' ? 'done' : 'busy';
  }

  async finishEffect(key: string, now: Date): Promise<void> {
    await this.effects.updateOne({ _id: key }, { $set: { state: 'done', doneAt: now } }).exec();
  }

  /** An effect that failed may be tried again by the next attempt. */
  async abandonEffect(key: string): Promise<void> {
    await this.effects.deleteOne({ _id: key, state: 'started' }).exec();
  }
}
