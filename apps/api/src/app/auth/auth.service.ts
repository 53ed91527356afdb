import { Inject, Injectable } from '@nestjs/common';
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

  /** Resolves a cookie token to the acting person, or null when it is unknown or expired. */
  async actorForToken(token: string): Promise<{ actor: NonNullable<Actor>; user: UserRecord } | null> {
    const session = await this.sessions.findByTokenHash(hashToken(token));
    const now = this.clock.now();
    if (!session) return null;
    if (session.expiresAt.getTime() <= now.getTime()) {
      await this.sessions.deleteByTokenHash(session.tokenHash);
      return null;
    }
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    // Writing on every request would be wasteful; a minute's precision is enough for "last seen".
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await this.sessions.touch(session.id, now);
    return { actor: await this.actorOf(user.id), user };
  }

  async actorOf(userId: string): Promise<NonNullable<Actor>> {
    const roles = await this.roles.rolesOfUser(userId);
    return { userId, roles: roles.map((r) => ({ venueId: r.venueId, role: r.role })) };
  }
}
