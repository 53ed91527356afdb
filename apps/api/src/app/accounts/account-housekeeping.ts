import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SessionRepository } from '../auth';
import { Clock } from '../common/clock';
import { InvitationRepository } from '../invitations';
import { JobQueue } from '../jobs';
import { RateLimiter } from '../rate-limits';
import { AccountService } from './account.service';

/** Expired invitations stay visible to chairs ("expired") this long before they are removed. */
const EXPIRED_INVITATIONS_KEPT_DAYS = 30;

/**
 * FerretDB cannot expire documents by itself (no TTL index), and the app checks every expiry on
 * read anyway; this only keeps the collections small: expired sessions, links, rate windows and
 * long-expired invitations. A recurring job, so one process does it per run, not every process.
 */
@Injectable()
export class AccountHousekeeping implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountService,
    private readonly limiter: RateLimiter,
    private readonly invitations: InvitationRepository,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.registerRecurring(
      'housekeeping.accounts',
      '*/10 * * * *',
      'UTC',
      'Remove expired sessions, links, rate windows and invitations',
      async () => {
        await this.sweep();
      },
    );
  }

  async sweep(): Promise<{ sessions: number; links: number; rateWindows: number; invitations: number }> {
    const now = this.clock.now();
    const [sessions, links, rateWindows, invitations] = await Promise.all([
      this.sessions.deleteExpired(now),
      this.accounts.sweep(),
      this.limiter.sweep(),
      this.invitations.deleteExpiredPending(
        new Date(now.getTime() - EXPIRED_INVITATIONS_KEPT_DAYS * 86_400_000),
      ),
    ]);
    return { sessions, links, rateWindows, invitations };
  }
}
