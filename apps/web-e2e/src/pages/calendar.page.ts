import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/expect';

/** Settings › Calendar feeds: one card per feed (the person's own, and each venue they chair). */
export class CalendarSettings {
  constructor(private readonly page: Page) {}

  /** Opens the page from the email settings' tabs, as a person would. */
  async open(): Promise<void> {
    await this.page.goto('/settings/notifications');
    await this.page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Calendar feeds' })
      .click();
    await expectVisible(this.page.getByRole('heading', { name: 'Calendar feeds', level: 1 }));
  }

  /** A feed's card: "Your calendar", or a venue's by its name. */
  feed(name: string | RegExp = 'Your calendar'): Locator {
    return this.page.getByRole('region', { name });
  }

  button(feed: Locator, name: string): Locator {
    return feed.getByRole('button', { name, exact: true });
  }

  /** The address just made, shown once. */
  address(feed: Locator): Locator {
    return feed.getByRole('textbox', { name: 'Private address' });
  }
}
