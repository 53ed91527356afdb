import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/expect';

/** A venue's public release registry (`/registry/:venueId`): its approved work, newest first. */
export class RegistryPage {
  constructor(private readonly page: Page) {}

  async goto(venueId: string): Promise<void> {
    await this.page.goto(`/registry/${venueId}`);
    await expectVisible(this.page.getByText('Release registry', { exact: true }));
  }

  /** The registry row of an approved work, by its title. */
  row(title: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(title) });
  }

  async openApproval(title: string): Promise<void> {
    await this.row(title).getByRole('link', { name: title }).click();
    await expectVisible(this.page.getByRole('heading', { name: title, level: 1 }));
  }
}

/** An approved work's public page (`/approvals/:id`). */
export class PublicApprovalPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get stateBadge(): Locator {
    return this.page.locator('.page-header .badge');
  }

  get plan(): Locator {
    return this.page.getByRole('region', { name: 'Release plan' });
  }

  /** One artifact's row of the release plan. */
  artifact(name: string): Locator {
    return this.plan.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }
}

/** The incident report form of an approved work's page (or of a registry, by its heading). */
export class IncidentReportForm {
  constructor(
    private readonly page: Page,
    private readonly title = 'Report misuse or a new risk',
  ) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: this.title });
  }

  get whatHappened(): Locator {
    return this.region.getByRole('textbox', { name: /^What happened/ });
  }

  link(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Link ${n}`, exact: true });
  }

  get email(): Locator {
    return this.region.getByRole('textbox', { name: /^Your e-mail address/ });
  }

  get shareWithAuthors(): Locator {
    return this.region.getByRole('checkbox', { name: 'The authors may learn my e-mail address' });
  }

  /** Where the receipt appears once the report is sent. */
  get status(): Locator {
    return this.region.getByRole('status');
  }

  async addLink(): Promise<void> {
    await this.region.getByRole('button', { name: 'Add a link' }).click();
  }

  async send(): Promise<void> {
    await this.region.getByRole('button', { name: 'Send the report' }).click();
  }

  /** The error shown under an input, through its aria-describedby. */
  async errorOf(input: Locator): Promise<string> {
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? this.page.locator(`[id="${errorId}"]`).innerText() : '';
  }
}
