import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';
import { TierDialog } from './venue.page';

/** "My submissions": the author's list, and the form that registers a new submission. */
export class MySubmissionsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expectVisible(this.page.getByRole('heading', { name: 'My submissions', level: 1 }));
  }

  get flash(): Locator {
    return this.page.locator('.alert--success[role="status"]');
  }

  get myVenues(): Locator {
    return this.page.getByRole('region', { name: 'My venues' });
  }

  get newSubmissionForm(): Locator {
    return this.page.getByRole('region', { name: 'New submission' });
  }

  /** Fills the new-submission form (opened from "Submit to this venue", so the venue is chosen). */
  async createSubmission(title: string, abstract: string): Promise<string> {
    const form = this.newSubmissionForm;
    await expectVisible(form);
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Abstract').fill(abstract);
    await form.getByRole('button', { name: 'Create submission' }).click();
    await this.page.waitForURL(/\/submissions\/[^/]+\/edit$/);
    const match = /\/submissions\/([^/]+)\/edit$/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`unexpected URL after creating a submission: ${this.page.url()}`);
    return match[1];
  }
}

/** A submission's read-only page: versions, the latest statement, tier and comparison. */
export class SubmissionPage {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/submissions/${id}`);
  }

  async expectLoaded(title: string): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name: title, level: 1 }));
  }

  get header(): Locator {
    return this.page.locator('.page-header');
  }

  get flash(): Locator {
    return this.page.locator('.alert--success[role="status"]');
  }

  get versions(): Locator {
    return this.page.getByRole('region', { name: 'Versions' });
  }

  get tier(): Locator {
    return this.page.getByRole('region', { name: 'Review tier' });
  }

  get statement(): Locator {
    return this.page.getByRole('region', { name: /^Impact statement, version \d+$/ });
  }

  /** The shown version's details: authors, abstract, links and artifacts. */
  get details(): Locator {
    return this.statement.getByRole('region', { name: 'Submission details' });
  }

  /** Every tier decision, oldest first (chairs only). */
  get tierHistory(): Locator {
    return this.tier.getByRole('list', { name: 'Tier decisions, oldest first' });
  }

  async openVersion(n: number): Promise<void> {
    await this.versions.getByRole('link', { name: new RegExp(`^Version ${n} — submitted`) }).click();
    await expectVisible(this.page.getByRole('heading', { name: `Impact statement, version ${n}` }));
  }

  get compare(): Locator {
    return this.page.getByRole('region', { name: 'Compare versions' });
  }

  /** One section of the comparison, e.g. "Summary"; its heading says how many changes it has. */
  compareSection(title: string): Locator {
    return this.compare.getByRole('region', { name: new RegExp(`^${title} `) });
  }

  async startRevision(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start revision' }).click();
    await this.page.waitForURL(/\/edit$/);
  }

  async compareVersions(from: number, to: number): Promise<void> {
    await this.compare.getByLabel('From version').selectOption({ value: String(from) });
    await this.compare.getByLabel('To version').selectOption({ value: String(to) });
  }

  async openTierDialog(): Promise<TierDialog> {
    await this.page
      .getByRole('button', { name: /^(Review tier|Change tier|Decide the tier again)$/ })
      .click();
    const dialog = new TierDialog(this.page);
    await expectVisible(dialog.root);
    return dialog;
  }

  async expectVersionCount(count: number): Promise<void> {
    await expectText(this.versions, new RegExp(`Version ${count}\\s+— submitted`));
    if ((await this.versions.getByRole('listitem').count()) !== count) {
      throw new Error(`expected ${count} versions, saw: ${await this.versions.innerText()}`);
    }
  }
}
