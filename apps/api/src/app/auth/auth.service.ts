import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@impact-review/domain';
import { normalizeEmail, validateRegistration } from '@impact-review/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { fail } from '../common/errors/app-error';
import { UserRepository, type UserRecord } from '../users/user.repository';
import { VenueRoleRepository } from '../memberships/venue-role.repository';
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

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly roles: VenueRoleRepository,
  ) {}

  async register(input: { name: string; email: string; password: string }, previousToken: string | null): Promise<SignedIn> {
    return this.startSession(await this.createUser(input), previousToken);
  }

  /** Creates an account; used by sign-up and by accepting an invitation. */
  async createUser(input: { name: string; email: string; password: string }): Promise<UserRecord> {
    const errors = validateRegistration(input);
    if (errors.length > 0) fail(authErrors, 'INVALID_INPUT', errors);
    const user = await this.users.create({
      name: input.name.trim(),
      email: normalizeEmail(input.email),
      passwordHash: await hashPassword(input.password),
    });
    if (!user) fail(authErrors, 'EMAIL_TAKEN', [{ path: 'email', message: authErrors.EMAIL_TAKEN.message }]);
    return user;
  }

  async login(input: { email: string; password: string }, previousToken: string | null): Promise<SignedIn> {
    const user = await this.users.findByEmail(normalizeEmail(input.email));
    if (!user) {
      await burnPasswordCheck(input.password);
      fail(authErrors, 'INVALID_CREDENTIALS');
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) fail(authErrors, 'INVALID_CREDENTIALS');
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
