import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { afterFailure, describeJobError, nextCronTime } from '@impact-review/domain';
import { APP_CONFIG, type AppConfig, type JobsConfig } from '../config/app-config';
import { JobRepository, type Claim, type JobRecord } from './job.repository';

/** What a handler gets besides its payload. */
export interface JobContext {
  job: JobRecord;
  /** Aborted when the lease is lost (another worker took the job over): stop soon, change nothing more. */
  signal: AbortSignal;
  /**
   * Runs `effect` once per `key` across every attempt and process: a second run of the job skips an
   * effect that already happened. Use it around anything that leaves the database (a mail).
   */
  once(key: string, effect: () => Promise<void>): Promise<'ran' | 'skipped'>;
  /** Replaces the stored payload (e.g. to drop a sent mail's body); ignored once the lease is lost. */
  replacePayload(payload: Record<string, unknown>): Promise<void>;
}

export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

export interface EnqueueOptions {
  name: string;
  /** One job per key, ever (until the finished job is purged): enqueueing it again returns the first. */
  key: string;
  summary: string;
  payload?: Record<string, unknown>;
  venueId?: string | null;
  /** The submission the job is about, if any (hidden from people conflicted with it). */
  subjectId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

interface Recurring {
  name: string;
  cron: string;
  timeZone: string;
  summary: string;
}

/** Thrown into the retry path when an effect is being performed by another attempt right now. */
class EffectBusyError extends Error {
  constructor(key: string) {
    super(`Another attempt is performing "${key}"; trying again later.`);
  }
}

/**
 * The durable job queue, kept in the database and worked by every API process. Jobs are claimed
 * with a short lease that heartbeats renew (a CPU-heavy or crashed worker loses its job to another
 * within one lease, not ten minutes), every claim carries a fencing token, and effects are
 * recorded per idempotency key, so a job may run twice but its effects happen once.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring: Recurring[] = [];
  /** This process's name in the queue (host:pid:random), recorded on the jobs it claims. */
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly settings: JobsConfig;
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private lastExpiredCheck = 0;

  constructor(
    private readonly repository: JobRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.jobs;
  }

  /** Registers the handler of a job name; every process that may run such jobs registers it. */
  register(name: string, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`Job "${name}" already has a handler.`);
    this.handlers.set(name, handler);
  }

  /** A job that runs on a cron schedule in a time zone, forever; one schedule per name across processes. */
  registerRecurring(
    name: string,
    cron: string,
    timeZone: string,
    summary: string,
    handler: JobHandler,
  ): void {
    nextCronTime(cron, new Date(), timeZone); // refuses a bad schedule at start-up, not at 3 a.m.
    this.register(name, handler);
    this.recurring.push({ name, cron, timeZone, summary });
  }

  async enqueue(options: EnqueueOptions): Promise<JobRecord> {
    const now = new Date();
    const { job, created } = await this.repository.insert(
      {
        name: options.name,
        key: options.key,
        summary: options.summary,
        payload: options.payload ?? {},
        venueId: options.venueId ?? null,
        subjectId: options.subjectId ?? null,
        runAt: options.runAt ?? now,
        maxAttempts: options.maxAttempts ?? this.settings.maxAttempts,
      },
      now,
    );
    if (created && job.runAt.getTime() <= Date.now()) this.wake();
    return job;
  }

  onApplicationBootstrap(): void {
    if (!this.settings.enabled) return;
    this.running = true;
    this.loop = this.ensureRecurring()
      .catch((error: unknown) =>
        this.logger.error(`Could not schedule recurring jobs: ${describeJobError(error)}`),
      )
      .then(() => this.work());
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    // Jobs in flight finish (or their lease runs out and another process takes them over).
    await Promise.allSettled([...this.inFlight]);
  }

  /** Looks for due jobs now instead of at the next poll (e.g. after a retry). */
  nudge(): void {
    this.wake();
  }

  /**
   * Runs due jobs in this process until none is left (tests and tools; the worker loop does the
   * same continuously). Returns how many ran.
   */
  async runDue(limit = Number.POSITIVE_INFINITY): Promise<number> {
    let ran = 0;
    while (ran < limit) {
      const claim = await this.claimNext();
      if (!claim) break;
      await this.run(claim);
      ran += 1;
    }
    return ran;
  }

  private async ensureRecurring(): Promise<void> {
    for (const schedule of this.recurring) {
      const key = `recurring:${schedule.name}`;
      const runAt = nextCronTime(schedule.cron, new Date(), schedule.timeZone);
      const { job, created } = await this.repository.insert(
        {
          name: schedule.name,
          key,
          summary: schedule.summary,
          payload: {},
          venueId: null,
          runAt,
          maxAttempts: this.settings.maxAttempts,
          cron: schedule.cron,
          timeZone: schedule.timeZone,
        },
        new Date(),
      );
      if (!created && (job.cron !== schedule.cron || job.timeZone !== schedule.timeZone)) {
        await this.repository.reschedule(key, schedule.cron, schedule.timeZone, runAt, new Date());
      }
    }
  }

  private async work(): Promise<void> {
    while (this.running) {
      try {
        while (this.running && this.inFlight.size < this.settings.concurrency) {
          const claim = await this.claimNext();
          if (!claim) break;
          const task = this.run(claim).finally(() => {
            this.inFlight.delete(task);
            this.wake();
          });
          this.inFlight.add(task);
        }
      } catch (error) {
        // The database is away or overloaded: wait a poll interval and try again; nothing is lost.
        this.logger.warn(`Job worker could not claim: ${describeJobError(error)}`);
      }
      if (this.running) await this.sleep(this.settings.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
  }

  private async claimNext(): Promise<Claim | null> {
    const now = new Date();
    // Lost leases are rare: looking for them on every claim would double the claims' cost (each one
    // is a write the database runs alone), so look at most every half lease (or 5 s).
    if (now.getTime() - this.lastExpiredCheck >= Math.min(this.settings.leaseMs / 2, 5000)) {
      const expired = await this.repository.claimExpired(this.workerId, now, this.settings.leaseMs);
      if (expired) return expired;
      this.lastExpiredCheck = now.getTime();
    }
    return this.repository.claimDue(this.workerId, now, this.settings.leaseMs);
  }

  private async run(claim: Claim): Promise<void> {
    const { job } = claim;
    const lease = new AbortController();
    const heartbeat = setInterval(
      () => {
        this.repository
          .heartbeat(claim, new Date(), this.settings.leaseMs)
          .then((held) => {
            if (!held) lease.abort(new Error('The lease was lost to another worker.'));
          })
          .catch(() => undefined); // a missed heartbeat is retried at the next tick
      },
      Math.max(100, Math.floor(this.settings.leaseMs / 3)),
    );
    heartbeat.unref();
    try {
      if (job.attempts > job.maxAttempts) {
        // Its workers kept dying (or stalling) mid-run: stop retrying it.
        throw new Error(`The job stopped without finishing ${job.attempts - 1} times.`);
      }
      const handler = this.handlers.get(job.name);
      if (!handler) throw new Error(`No handler for "${job.name}" in this version of the API.`);
      await handler(job.payload, {
        job,
        signal: lease.signal,
        once: (key, effect) => this.once(key, effect),
        replacePayload: async (payload) => {
          await this.repository.replacePayload(claim, payload, new Date());
        },
      });
      await this.finish(claim, null);
    } catch (error) {
      await this.finish(claim, error).catch((settleError: unknown) =>
        this.logger.warn(`Job ${job.name} (${job.id}) result not recorded: ${describeJobError(settleError)}`),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async finish(claim: Claim, error: unknown): Promise<void> {
    const { job } = claim;
    const now = new Date();
    const recurringNext = job.cron && job.timeZone ? nextCronTime(job.cron, now, job.timeZone) : null;
    let settled: boolean;
    if (error === null) {
      settled = await this.repository.settle(
        claim,
        recurringNext
          ? { state: 'waiting', runAt: recurringNext, lastError: null, resetAttempts: true }
          : { state: 'succeeded' },
        now,
      );
    } else {
      const message = describeJobError(error);
      const outcome = afterFailure(job.attempts, job.maxAttempts, {
        baseDelayMs: this.settings.retryBaseMs,
        maxDelayMs: this.settings.retryMaxMs,
      });
      if (!(error instanceof EffectBusyError)) {
        this.logger.warn(`Job ${job.name} (${job.id}) attempt ${job.attempts} failed: ${message}`);
      }
      settled = await this.repository.settle(
        claim,
        outcome.next === 'retry'
          ? {
              state: 'waiting',
              runAt: new Date(now.getTime() + outcome.delayMs),
              lastError: message,
              resetAttempts: false,
            }
          : recurringNext
            ? { state: 'waiting', runAt: recurringNext, lastError: message, resetAttempts: true }
            : { state: 'failed', lastError: message },
        now,
      );
    }
    if (!settled)
      this.logger.warn(
        `Job ${job.name} (${job.id}) was taken over by another worker; its result is dropped.`,
      );
  }

  private async once(key: string, effect: () => Promise<void>): Promise<'ran' | 'skipped'> {
    const now = new Date();
    const state = await this.repository.beginEffect(key, now, this.settings.leaseMs);
    if (state === 'done') return 'skipped';
    if (state === 'busy') throw new EffectBusyError(key);
    try {
      await effect();
    } catch (error) {
      await this.repository.abandonEffect(key).catch(() => undefined);
      throw error;
    }
    await this.repository.finishEffect(key, new Date());
    return 'ran';
  }
}
