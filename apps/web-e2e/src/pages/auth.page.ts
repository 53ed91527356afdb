import type { Locator, Page } from 'playwright-core';
import { linkIn, mailIds, waitForMail } from '../support/browser';
import { expectText, expectVisible } from '../support/expect';

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** The site header: who is signed in, and the main navigation. */
export class AppHeader {
  constructor(private readonly page: Page) {}

  async expectSignedInAs(name: string): Promise<void> {
    await expectText(this.page.getByRole('banner'), name);
    await expectVisible(this.page.getByRole('button', { name: 'Sign out' }));
  }

  async openMySubmissions(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My submissions' })
      .click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(this.page.getByRole('heading', { name: 'Sign in', level: 1 }));
  }

  async openNewVenue(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'New venue' })
      .click();
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }
}

/** Signing up: the address first (a mail with a link), then name and password on the link's page. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/register');
    await expectVisible(this.page.getByRole('heading', { name: 'Create an account', level: 1 }));
  }

  get sentNotice(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** Asks for the link and returns the link from the mail that arrives. */
  async requestLink(email: string): Promise<string> {
    const seen = await mailIds(email);
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await this.page.getByRole('button', { name: 'Send me a link' }).click();
    await expectText(this.sentNotice, `We sent a link to ${email.toLowerCase()}.`);
    return linkIn(await waitForMail(email, 10000, seen), '/sign-up/');
  }

  /** The whole sign-up: the address, the mail's link, name and password; ends signed in. */
  async register(account: Account): Promise<void> {
    const link = await this.requestLink(account.email);
    await this.page.goto(link);
    await new SignUpPage(this.page).complete(account);
  }
}

/** The page a sign-up link opens: choose name and password. */
export class SignUpPage {
  constructor(private readonly page: Page) {}

  async complete(account: Pick<Account, 'name' | 'password'>): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name: 'Choose your name and password', level: 1 }));
    // By accessible name: a required field's label also holds a hidden " *".
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(account.name);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await new AppHeader(this.page).expectSignedInAs(account.name);
  }
}

/** "Forgot password?": the address, then a new password on the link's page. */
export class PasswordResetPages {
  constructor(private readonly page: Page) {}

  /** From the sign-in page's link; returns the reset link from the mail. */
  async requestFromSignIn(email: string): Promise<string> {
    await this.page.getByRole('link', { name: 'Forgot password?' }).click();
    await expectVisible(this.page.getByRole('heading', { name: 'Forgot your password?', level: 1 }));
    const seen = await mailIds(email);
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await this.page.getByRole('button', { name: 'Send me a link' }).click();
    await expectText(
      this.page.getByRole('main').getByRole('status'),
      `We sent an email to ${email.toLowerCase()}.`,
    );
    return linkIn(await waitForMail(email, 10000, seen), '/reset-password/');
  }

  async setNewPassword(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await expectVisible(this.page.getByRole('heading', { name: 'Choose a new password', level: 1 }));
    await this.page.getByRole('textbox', { name: 'New password', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Set new password and sign in' }).click();
    await expectVisible(this.page.getByRole('button', { name: 'Sign out' }));
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await expectVisible(this.page.getByRole('heading', { name: 'Sign in', level: 1 }));
  }

  get formError(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** Fills the form, presses "Sign in" and waits for the server's answer; the caller checks where that leads. */
  async attempt(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
    await Promise.all([
      this.page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') && /mutation Login\b/.test(response.request().postData() ?? ''),
      ),
      this.page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
  }

  async signIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.attempt(account);
    await expectVisible(this.page.getByRole('button', { name: 'Sign out' }));
  }
}
