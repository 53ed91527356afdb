import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SessionRepository } from '../auth/session.repository';
import { Clock } from '../common/clock';
import { RateLimiter } from '../rate-limits/rate-limiter';
import { AccountService } from './account.service';

const EVERY_MS = 10 * 60_000;

/**
 * FerretDB cannot expire documents by itself (no TTL index), and the app checks every expiry on
 * read anyway; this only keeps the collections small: expired sessions, links and rate windows.
 */
@Injectable()
export class AccountHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccountHousekeeping.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountService,
    private readonly limiter: RateLimiter,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`Housekeeping failed: ${String(error)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<{ sessions: number; links: number; rateWindows: number }> {
    const [sessions, links, rateWindows] = await Promise.all([
      this.sessions.deleteExpired(this.clock.now()),
      this.accounts.sweep(),
      this.limiter.sweep(),
    ]);
    return { sessions, links, rateWindows };
  }
}
