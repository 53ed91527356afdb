import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';
import { AppHeader, RegisterPage, SignInPage, type Account } from './auth.page';

/** The site administrator the e2e API is started with (SITE_ADMIN_EMAILS in support/global-setup.cjs). */
export const SITE_ADMIN: Account = {
  name: 'Sam Okafor',
  email: 'site-admin@e2e.impact-review.test',
  password: 'site-admin-password-1',
};

/** Signs the site administrator in; the first spec to need them creates the account through the real sign-up. */
export async function signInAsSiteAdmin(page: Page): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.attempt(SITE_ADMIN);
  const signedIn = page.getByRole('button', { name: 'Sign out' });
  await Promise.race([signedIn.waitFor(), signIn.formError.waitFor()]);
  if (await signedIn.isVisible()) return;
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(SITE_ADMIN);
}

/** Administration: administrators, venue creators, and a search over every account. */
export class AdminPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await new AppHeader(this.page).nav.getByRole('link', { name: 'Administration' }).click();
    await expectVisible(this.page.getByRole('heading', { name: 'Administration', level: 1 }));
  }

  get staff(): Locator {
    return this.page.getByRole('region', { name: 'Administrators and venue creators' });
  }

  get findSection(): Locator {
    return this.page.getByRole('region', { name: 'Find a person' });
  }

  get notice(): Locator {
    return this.page.getByRole('main').getByRole('status').first();
  }

  async search(text: string): Promise<void> {
    await this.findSection.getByRole('searchbox', { name: 'Name or email' }).fill(text);
    await this.findSection.getByRole('button', { name: 'Search' }).click();
  }

  /** Finds the person and lets them create venues. */
  async allowCreatingVenues(person: Pick<Account, 'name' | 'email'>): Promise<void> {
    await this.search(person.email);
    await this.findSection.getByRole('button', { name: `Allow creating venues — ${person.name}` }).click();
    await expectText(this.notice, `${person.name} may now create venues.`);
    await expectText(this.staff, person.email);
  }
}
