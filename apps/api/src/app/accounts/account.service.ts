import { Inject, Injectable } from '@nestjs/common';
import {
  normalizeEmail,
  PASSWORD_RESET_LINK_HOURS,
  SIGN_UP_LINK_HOURS,
  validateAccountDetails,
  validateEmail,
  validatePassword,
  waitText,
} from '@impact-review/domain';
import { AuthService, type Attempt, type SignedIn, hashPassword, hashToken, newToken } from '../auth';
import { Clock } from '../common/clock';
import { fail, failSaying } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService, uniqueMailKey, accountExistsMail, noAccountMail, passwordResetMail, signUpLinkMail } from '../mail';
import { RateLimiter, type RateCounter } from '../rate-limits';
import { UserRepository } from '../users';
import { AccountTokenRepository } from './account-token.repository';
import type { AccountTokenPurpose } from './account-token.schema';
import { accountErrors } from './accounts.errors';

const HOUR = 3600_000;

export interface MailSentData {
  email: string;
  message: string;
}

/**
 * Accounts that start from a mail: signing up (the address is proven before the account exists)
 * and resetting a password. Requests answer the same whether or not an account uses the address;
 * only the mail that goes to the address differs.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly tokens: AccountTokenRepository,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
  ) {}

  async requestSignUp(rawEmail: string, attempt: Attempt): Promise<MailSentData> {
    const email = await this.admitMailRequest(rawEmail, attempt);
    const account = await this.users.findByEmail(email);
    if (account) {
      await this.mail.enqueue({
        key: uniqueMailKey('account-exists'),
        to: email,
        content: accountExistsMail({
          email,
          signInLink: this.link('/sign-in'),
          resetLink: this.link('/forgot-password'),
        }),
      });
    } else {
      const { token, expiresAt } = await this.issue('sign_up', email, null, SIGN_UP_LINK_HOURS);
      await this.mail.enqueue({
        key: `sign-up:${hashToken(token)}`,
        to: email,
        content: signUpLinkMail({ link: this.link(`/sign-up/${token}`), expiresAt }),
      });
    }
    return {
      email,
      message: `We sent a link to ${email}. Open it within ${SIGN_UP_LINK_HOURS} hours to continue.`,
    };
  }

  async signUpLink(token: string): Promise<{ email: string; expiresAt: Date; accountExists: boolean }> {
    const link = await this.usable(token, 'sign_up');
    const account = await this.users.findByEmail(link.email);
    return { email: link.email, expiresAt: link.expiresAt, accountExists: account !== null };
  }

  /** Creates the account the link was sent for and signs it in; the link works once. */
  async completeSignUp(
    input: { token: string; name: string; password: string },
    previousSession: string | null,
  ): Promise<SignedIn> {
    await this.usable(input.token, 'sign_up');
    // Invalid details leave the link usable for a second try.
    const errors = validateAccountDetails(input);
    if (errors.length > 0) fail(accountErrors, 'INVALID_INPUT', errors);
    const link = await this.tokens.consume(hashToken(input.token), 'sign_up', this.clock.now());
    if (!link) fail(accountErrors, 'LINK_NOT_USABLE');
    const user = await this.auth.createUser({
      name: input.name,
      email: link.email,
      password: input.password,
    });
    return this.auth.startSession(user, previousSession);
  }

  async requestPasswordReset(rawEmail: string, attempt: Attempt): Promise<MailSentData> {
    const email = await this.admitMailRequest(rawEmail, attempt);
    const account = await this.users.findByEmail(email);
    if (account) {
      const { token, expiresAt } = await this.issue(
        'password_reset',
        email,
        account.id,
        PASSWORD_RESET_LINK_HOURS,
      );
      await this.mail.enqueue({
        key: `password-reset:${hashToken(token)}`,
        to: email,
        content: passwordResetMail({ name: account.name, link: this.link(`/reset-password/${token}`), expiresAt }),
      });
    } else {
      await this.mail.enqueue({
        key: uniqueMailKey('no-account'),
        to: email,
        content: noAccountMail({ email, signUpLink: this.link('/register') }),
      });
    }
    return {
      email,
      message: `We sent an email to ${email}. If an account uses this address, the email has a link to choose a new password; it works for ${PASSWORD_RESET_LINK_HOURS} hour.`,
    };
  }

  async passwordResetLink(token: string): Promise<{ email: string; expiresAt: Date }> {
    const link = await this.usable(token, 'password_reset');
    return { email: link.email, expiresAt: link.expiresAt };
  }

  /**
   * Sets the new password, ends every session of the account and starts one for this browser.
   * The link is consumed by one conditional write: of two uses at once, exactly one succeeds.
   */
  async resetPassword(input: { token: string; password: string }): Promise<SignedIn> {
    const errors = validatePassword(input.password);
    if (errors.length > 0) fail(accountErrors, 'INVALID_INPUT', errors);
    await this.usable(input.token, 'password_reset');
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    const link = await this.tokens.consume(hashToken(input.token), 'password_reset', now);
    if (!link?.userId) fail(accountErrors, 'LINK_NOT_USABLE');
    const user = await this.users.setPasswordHash(link.userId, passwordHash);
    if (!user) fail(accountErrors, 'LINK_NOT_USABLE');
    await this.tokens.consumeAllOf(user.id, 'password_reset', now);
    return this.auth.restartSessions(user);
  }

  /** Housekeeping: links past their expiry. */
  sweep(): Promise<number> {
    return this.tokens.deleteExpired(this.clock.now());
  }

  /** Checks the address and counts the request against the per-address and per-network limits. */
  private async admitMailRequest(rawEmail: string, attempt: Attempt): Promise<string> {
    const errors = validateEmail(rawEmail);
    if (errors.length > 0) fail(accountErrors, 'INVALID_INPUT', errors);
    const email = normalizeEmail(rawEmail);
    const perEmail: RateCounter = { key: `mail:email:${email}`, limit: this.config.accountMailsPerEmail };
    const perNetwork: RateCounter = {
      key: `mail:network:${attempt.network}`,
      limit: this.config.accountMailsPerAddress,
    };
    const decision = await this.limiter.take([perEmail, perNetwork]);
    if (decision.allowed) return email;
    const wait = waitText(decision.retryAt, this.clock.now());
    if (decision.refusedBy === perEmail) {
      failSaying(
        accountErrors,
        'TOO_MANY_MAILS_FOR_ADDRESS',
        `We already sent several emails to ${email}. Check your inbox and spam folder, or try again ${wait}.`,
      );
    }
    return failSaying(
      accountErrors,
      'TOO_MANY_MAILS_FROM_NETWORK',
      `Too many emails were asked for from your network. Try again ${wait}.`,
    );
  }

  private async issue(
    purpose: AccountTokenPurpose,
    email: string,
    userId: string | null,
    hours: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + hours * HOUR);
    await this.tokens.create({ purpose, tokenHash: hashToken(token), email, userId, expiresAt, now });
    return { token, expiresAt };
  }

  private async usable(token: string, purpose: AccountTokenPurpose) {
    const link = token ? await this.tokens.findUsable(hashToken(token), purpose, this.clock.now()) : null;
    if (!link) fail(accountErrors, 'LINK_NOT_USABLE');
    return link;
  }

  private link(path: string): string {
    return `${this.config.publicWebUrl}${path}`;
  }
}
