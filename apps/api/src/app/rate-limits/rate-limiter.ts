import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RateLimit } from '../config/app-config';
import { RateWindowRepository } from './rate-window.repository';

/** One counter an action is counted against, e.g. failed sign-ins of one account. */
export interface RateCounter {
  key: string;
  limit: RateLimit;
}

export type RateDecision = { allowed: true } | { allowed: false; refusedBy: RateCounter; retryAt: Date };

/**
 * Fixed-window rate limits kept in the database, so every API process counts against the same
 * windows. An action takes its slot before it runs (so a burst of parallel attempts cannot all
 * slip through while none has been counted yet), and may give the slot back afterwards when it
 * should not count (a successful sign-in).
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly windows: RateWindowRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts one attempt on every counter. When any counter is over its limit the attempt is refused
   * and the slots it took on the other counters are given back.
   */
  async take(counters: readonly RateCounter[]): Promise<RateDecision> {
    const now = this.clock.now();
    const counts = await Promise.all(
      counters.map((c) => this.windows.hit(c.key, now, c.limit.windowMinutes * 60_000)),
    );
    const refused = counters.findIndex((counter, i) => (counts[i]?.count ?? 0) > counter.limit.max);
    if (refused < 0) return { allowed: true };
    await Promise.all(counters.filter((_, i) => i !== refused).map((c) => this.windows.release(c.key, now)));
    return {
      allowed: false,
      refusedBy: counters[refused] as RateCounter,
      retryAt: counts[refused]?.expiresAt ?? now,
    };
  }

  /** Gives back one slot taken by `take`. */
  release(key: string): Promise<void> {
    return this.windows.release(key, this.clock.now());
  }

  /** Forgets the key's window (a successful sign-in clears the account's failures). */
  clear(key: string): Promise<void> {
    return this.windows.clear(key);
  }

  /** Housekeeping: expired windows count for nothing. */
  sweep(): Promise<number> {
    return this.windows.deleteExpired(this.clock.now());
  }
}
