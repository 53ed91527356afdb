import type { Locator, Page } from 'playwright-core';
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
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My submissions' }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(this.page.getByRole('heading', { name: 'Sign in', level: 1 }));
  }

  async openNewVenue(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New venue' }).click();
  }
}

export class RegisterPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/register');
    await expectVisible(this.page.getByRole('heading', { name: 'Create account', level: 1 }));
  }

  async register(account: Account): Promise<void> {
    // By accessible name: a required field's label also holds a hidden " *".
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(account.name);
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await new AppHeader(this.page).expectSignedInAs(account.name);
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

  /** Fills the form and presses "Sign in"; the caller checks where that leads. */
  async attempt(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async signIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.attempt(account);
    await expectVisible(this.page.getByRole('button', { name: 'Sign out' }));
  }
}
