import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@impact-review/domain';
import { normalizeEmail, validateRegistration, waitText } from '@impact-review/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { fail, failSaying } from '../common/errors/app-error';
import { RateLimiter, type RateCounter } from '../rate-limits';
import { UserRepository, type UserRecord } from '../users';
import { VenueRoleRepository } from '../memberships';
import { authErrors } from './auth.errors';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';
import { SessionRepository } from './session.repository';
import { hashToken, newToken } from './session-token';

export interface SignedIn {
  user: UserRecord;
  /** The new session token, to be set as the cookie. */
  token: string;
  expiresAt: Date;
}

/** Where a sign-in attempt comes from, as rate limits count it (see clientNetwork). */
export interface Attempt {
  network: string;
}

/**
 * The failure counter of one account; unknown addresses get one too, so they look like known ones.
 * An address longer than any real one is stored as its hash, so a request cannot write a huge key.
 */
export function signInAccountKey(email: string): string {
  const normalized = normalizeEmail(email);
  return `login:account:${normalized.length <= 254 ? normalized : hashToken(normalized)}`;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly roles: VenueRoleRepository,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Creates an account for an address that is already proven (a verified sign-up link, an
   * invitation link). Addresses listed in SITE_ADMIN_EMAILS become administrators at once.
   */
  async createUser(input: { name: string; email: string; password: string }): Promise<UserRecord> {
    const errors = validateRegistration(input);
    if (errors.length > 0) fail(authErrors, 'INVALID_INPUT', errors);
    const email = normalizeEmail(input.email);
    const user = await this.users.create({
      name: input.name.trim(),
      email,
      passwordHash: await hashPassword(input.password),
      siteAdmin: this.config.siteAdminEmails.has(email),
    });
    if (!user) fail(authErrors, 'EMAIL_TAKEN', [{ path: 'email', message: authErrors.EMAIL_TAKEN.message }]);
    return user;
  }

  /**
   * Signs in, counting failures per account and per network. Each attempt takes a slot on both
   * counters before the password is checked, so a burst of parallel guesses cannot all be tried
   * before any of them is counted; a success clears the account's failures and gives the
   * network's slot back. Unknown addresses go through exactly the same steps and messages.
   */
  async login(input: { email: string; password: string }, previousToken: string | null, attempt: Attempt): Promise<SignedIn> {
    const accountCounter: RateCounter = { key: signInAccountKey(input.email), limit: this.config.loginFailuresPerAccount };
    const networkCounter: RateCounter = { key: `login:network:${attempt.network}`, limit: this.config.loginFailuresPerAddress };
    const decision = await this.limiter.take([accountCounter, networkCounter]);
    if (!decision.allowed) {
      const wait = waitText(decision.retryAt, this.clock.now());
      if (decision.refusedBy === accountCounter) {
        failSaying(
          authErrors,
          'TOO_MANY_FAILED_SIGN_INS',
          `Too many failed sign-in attempts for this email address. Try again ${wait}, or reset your password.`,
        );
      }
      failSaying(authErrors, 'TOO_MANY_FAILED_SIGN_INS_FROM_NETWORK', `Too many failed sign-in attempts from your network. Try again ${wait}.`);
    }

    const user = await this.users.findByEmail(normalizeEmail(input.email));
    if (!user) {
      await burnPasswordCheck(input.password);
      fail(authErrors, 'INVALID_CREDENTIALS');
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) fail(authErrors, 'INVALID_CREDENTIALS');
    await Promise.all([this.limiter.clear(accountCounter.key), this.limiter.release(networkCounter.key)]);
    return this.startSession(user, previousToken);
  }

  /** A new token on every sign-in (the old one, if any, dies), against session fixation. */
  async startSession(user: UserRecord, previousToken: string | null): Promise<SignedIn> {
    if (previousToken) await this.sessions.deleteByTokenHash(hashToken(previousToken));
    const now = this.clock.now();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    await this.sessions.create({ tokenHash: hashToken(token), userId: user.id, expiresAt, now });
    return { user, token, expiresAt };
  }

  /** Ends every session of the account (after a password reset) and starts a fresh one. */
  async restartSessions(user: UserRecord): Promise<SignedIn> {
    await this.sessions.deleteAllOfUser(user.id);
    await this.limiter.clear(signInAccountKey(user.email));
    return this.startSession(user, null);
  }

  async logout(token: string | null): Promise<void> {
    if (token) await this.sessions.deleteByTokenHash(hashToken(token));
  }

  /**
   * Resolves a cookie token to the acting person, or null when it is unknown or expired. Every
   * request pays for this, so it costs two round trips: the session, then the person's roles (the
   * account itself is read only by the fields that show it).
   */
  async actorForToken(token: string): Promise<NonNullable<Actor> | null> {
    const session = await this.sessions.findByTokenHash(hashToken(token));
    const now = this.clock.now();
    if (!session) return null;
    if (session.expiresAt.getTime() <= now.getTime()) {
      await this.sessions.deleteByTokenHash(session.tokenHash);
      return null;
    }
    // "Last seen" needs a minute's precision, and nobody waits for it.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) this.touchInBackground(session.id, now);
    return this.actorOf(session.userId);
  }

  private touchInBackground(sessionId: string, now: Date): void {
    this.sessions.touch(sessionId, now).catch((error: unknown) => {
      this.logger.warn(`Could not record when session ${sessionId} was last seen: ${String(error)}`);
    });
  }

  async actorOf(userId: string): Promise<NonNullable<Actor>> {
    const roles = await this.roles.rolesOfUser(userId);
    return { userId, roles: roles.map((r) => ({ venueId: r.venueId, role: r.role })) };
  }
}
