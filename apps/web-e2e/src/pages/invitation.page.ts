import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';

/** The page an invitation mail links to: details of the invitation, and accept or decline. */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  /** Opens the link from the mail (an absolute URL on the app's origin). */
  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expectVisible(this.page.getByRole('heading', { name: /^Invitation to /, level: 1 }));
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: /^Invitation to / });
  }

  /** The value shown beside a term of the details list ("Venue", "Role", "Invited by", "Sent to"). */
  detail(term: 'Venue' | 'Role' | 'Invited by' | 'Sent to'): Locator {
    return this.card.locator(`dt:text-is("${term}") + dd`);
  }

  get createAccountForm(): Locator {
    return this.page.getByRole('form', { name: 'Create your account' });
  }

  /** What an invitee who is not signed in is asked to do. */
  get signInOrCreate(): Locator {
    return this.card.getByRole('heading', { name: /^Sign in or create your account with / });
  }

  async acceptCreatingAccount(name: string, password: string): Promise<void> {
    const form = this.createAccountForm;
    await expectText(form, 'choose your name and a password, and your account is created as you accept.');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Create account and accept invitation' }).click();
  }
}
