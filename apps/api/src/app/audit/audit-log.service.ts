import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import {
  canonicalJson,
  generateSigningKey,
  nextEntry,
  readSigningKey,
  type SigningKey,
} from '@impact-review/audit';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SiteSecretRepository } from '../database/site-secret.repository';
import { JobQueue } from '../jobs';
import { AuditLogRepository } from './audit-log.repository';
import { AUDITED_COLLECTIONS, type AuditedCollection, type PendingEvent } from './pending-events';

const APPEND_JOB = 'audit.append';
const APPEND_MANY_JOB = 'audit.append-many';
const APPEND_ATTEMPTS = 50;
const START_UP_SWEEP_PASSES = 10;

export const logOrigin = (venueId: string): string => `impact-review/venue/${venueId}`;

/**
 * Moves events from the documents they were recorded in into their venue's append-only log, each
 * exactly once: an entry's position is its id (two appenders cannot both take one), an event's id
 * is unique in the log, and the event leaves its document only after its entry exists. Runs after
 * each change (a job), at start-up and every minute (what a crash left behind).
 */
@Injectable()
export class AuditLog implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(AuditLog.name);
  private key: Promise<SigningKey> | null = null;
  private readonly listeners: ((event: PendingEvent) => Promise<void>)[] = [];

  constructor(
    private readonly repository: AuditLogRepository,
    private readonly queue: JobQueue,
    private readonly secrets: SiteSecretRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.register(APPEND_JOB, async (payload) => {
      await this.appendFrom(payload['collection'] as AuditedCollection, String(payload['id']));
    });
    this.queue.register(APPEND_MANY_JOB, async (payload, context) => {
      for (const id of payload['ids'] as string[]) {
        if (context.signal.aborted) throw new Error('The lease was lost.');
        await this.appendFrom(payload['collection'] as AuditedCollection, id);
      }
    });
    this.queue.registerRecurring(
      'audit.sweep',
      '* * * * *',
      'UTC',
      'Append change events left behind',
      async () => {
        await this.sweep();
      },
    );
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    // After a crash, what was changed but not yet logged goes into the log at once; a pass that
    // could not append everything (the log busy with the dead process's queued appends) is
    // repeated shortly rather than left to the next minute's sweep.
    void this.sweepUntilClear(START_UP_SWEEP_PASSES);
  }

  private async sweepUntilClear(passes: number): Promise<void> {
    for (let pass = 1; pass <= passes; pass += 1) {
      try {
        if ((await this.sweep()).failed === 0) return;
      } catch (error) {
        this.logger.warn(`Start-up log sweep failed: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  /** Call after a write that recorded `events` in document `id`; never throws (the sweep catches up). */
  async recorded(collection: AuditedCollection, id: string, events: readonly PendingEvent[]): Promise<void> {
    const first = events[0];
    if (!first) return;
    try {
      await this.queue.enqueue({
        name: APPEND_JOB,
        key: `audit:${first.id}`,
        venueId: null,
        summary: `Log ${first.kind}`,
        payload: { collection, id },
      });
    } catch (error) {
      this.logger.warn(`Could not queue the log append for ${collection}/${id}: ${String(error)}`);
    }
  }

  /**
   * After a bulk write (a committed proposal): one job appends the events of all `ids`, in order;
   * never throws (the sweep catches up).
   */
  async recordedMany(collection: AuditedCollection, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.queue.enqueue({
        name: APPEND_MANY_JOB,
        key: `audit:${collection}:${ids[0]}:${ids.length}`,
        venueId: null,
        summary: `Log ${ids.length} changes`,
        payload: { collection, ids: [...ids] },
      });
    } catch (error) {
      this.logger.warn(`Could not queue the log appends for ${ids.length} ${collection}: ${String(error)}`);
    }
  }

  /**
   * Runs `listener` for every event once it is in the log, before the event leaves its document: a
   * crash in between runs it again on the next sweep, so listeners must be idempotent (enqueue with
   * a key). A listener that throws leaves the event pending for the next run.
   */
  onLogged(listener: (event: PendingEvent) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async appendFrom(collection: AuditedCollection, id: string): Promise<number> {
    const pending = await this.repository.pendingOf(collection, id);
    for (const event of pending) {
      await this.append(event);
      for (const listener of this.listeners) await listener(event);
      await this.repository.removePending(collection, id, event);
    }
    // A process killed between taking out the last event and dropping the flag leaves the flag up.
    if (pending.length === 0) await this.repository.dropFlagIfEmpty(collection, id);
    return pending.length;
  }

  /** Appends what documents still hold; one document that fails does not stop the others. */
  async sweep(): Promise<{ appended: number; failed: number }> {
    let appended = 0;
    let failed = 0;
    for (const collection of AUDITED_COLLECTIONS) {
      for (const id of await this.repository.withPending(collection, 500)) {
        try {
          appended += await this.appendFrom(collection, id);
        } catch (error) {
          failed += 1;
          this.logger.warn(`Could not append the events of ${collection}/${id} yet: ${String(error)}`);
        }
      }
    }
    return { appended, failed };
  }

  async publicKey(): Promise<string> {
    return (await this.signingKey()).publicKey;
  }

  private async append(event: PendingEvent): Promise<void> {
    const key = await this.signingKey();
    const entry = canonicalJson({
      id: event.id,
      venueId: event.venueId,
      kind: event.kind,
      object: { type: event.objectType, id: event.objectId },
      actor: event.actorId,
      at: event.at,
      summary: JSON.parse(event.summary) as unknown,
    });
    for (let attempt = 0; attempt < APPEND_ATTEMPTS; attempt += 1) {
      if (await this.repository.hasEvent(event.id)) return;
      const last = await this.repository.last(event.venueId);
      const made = nextEntry(logOrigin(event.venueId), last, entry, key, new Date().toISOString());
      const inserted = await this.repository.insert({
        venueId: event.venueId,
        index: made.index,
        eventId: event.id,
        kind: event.kind,
        objectType: event.objectType,
        objectId: event.objectId,
        actorId: event.actorId,
        at: new Date(event.at),
        entry: made.entry,
        leafHash: made.leafHash,
        rootAfter: made.rootAfter,
        frontier: made.frontier,
        timestamp: made.timestamp,
        signature: made.signature,
      });
      if (inserted) return;
      // Another appender took the position: after a few lost races, step aside briefly.
      if (attempt >= 4) await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 45));
    }
    throw new Error(
      `The log of venue ${event.venueId} stayed busy; event ${event.id} waits for the next run.`,
    );
  }

  private signingKey(): Promise<SigningKey> {
    this.key ??= (
      this.config.auditSigningKey
        ? Promise.resolve(this.config.auditSigningKey)
        : this.secrets.getOrCreate('audit-signing-key', generateSigningKey)
    )
      .then(readSigningKey)
      .catch((error: unknown) => {
        this.key = null;
        throw error;
      });
    return this.key;
  }
}
