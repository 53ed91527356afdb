import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';

/** A statement's approval panel: its state, what it asks of the authors, and the changes the viewer may make. */
export class ApprovalPanel {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Approval', exact: true });
  }

  get badge(): Locator {
    return this.section.locator('.card__header .badge');
  }

  /** What the last change did, in words ("The approval is suspended. …"). */
  get status(): Locator {
    return this.section.getByRole('status');
  }

  /** The period as a bar (role img), whose name says it in words. */
  get timeline(): Locator {
    return this.section.getByRole('img');
  }

  get actions(): Locator {
    return this.section.getByRole('group', { name: 'Change the approval' });
  }

  /** The inline form of the action being taken. */
  get form(): Locator {
    return this.section.getByRole('form');
  }

  get reason(): Locator {
    return this.form.getByRole('textbox', { name: /^(Reason|Note \(optional\))/ });
  }

  /** Opens an action's form by its button ("Suspend…", "Close the approval…"). */
  async start(button: string): Promise<void> {
    await this.actions.getByRole('button', { name: button, exact: true }).click();
    await expectVisible(this.form);
  }

  async tick(artifactName: string): Promise<void> {
    await this.form
      .getByRole('group', { name: 'What is suspended' })
      .getByRole('checkbox', { name: artifactName, exact: true })
      .check();
  }

  async confirm(button: string): Promise<void> {
    await this.form.getByRole('button', { name: button, exact: true }).click();
  }

  /** The error shown under the reason, through its aria-describedby. */
  async reasonError(): Promise<string> {
    const ids = (await this.reason.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? this.page.locator(`[id="${errorId}"]`).innerText() : '';
  }

  async expectState(label: string): Promise<void> {
    await expectText(this.badge, label);
  }
}

/** The venue's Continuing review settings (chairs). */
export class ContinuingReviewSettings {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Continuing review' });
  }

  /** The months an approval of `tier` review holds ("exempt", "expedited", "full"). */
  months(tier: string): Locator {
    return this.section.getByRole('spinbutton', { name: `Months an approval of ${tier} review holds` });
  }

  async removeReminder(days: number): Promise<void> {
    await this.section
      .getByRole('button', {
        name: `Remove the reminder ${days} ${days === 1 ? 'day' : 'days'} before expiry`,
      })
      .click();
  }

  async addReminder(days: number): Promise<void> {
    await this.section.getByRole('spinbutton', { name: 'Add a reminder' }).fill(String(days));
    await this.section.getByRole('button', { name: 'Add reminder' }).click();
  }

  async save(): Promise<void> {
    await this.section.getByRole('button', { name: 'Save the continuing-review policy' }).click();
  }
}
