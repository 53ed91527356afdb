import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';
import { escapeRegExp } from './venue.page';

export interface ReleaseOption {
  /** Labels as the selects show them, e.g. "Withheld", "Staged", "Ask for access". */
  contentLevel: string;
  timing: string;
  distribution: string;
}

/** A reviewer's own review of a statement at /submissions/:id/review. */
export class ReviewPage {
  constructor(private readonly page: Page) {}

  async goto(submissionId: string): Promise<void> {
    await this.page.goto(`/submissions/${submissionId}/review`);
  }

  async expectLoaded(title: string): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name: title, level: 1 }));
  }

  /** The bar that stays in view: the save state and the submit button. */
  get bar(): Locator {
    return this.page.getByRole('region', { name: 'Saving and submitting' });
  }

  /** "Unsaved changes", "Saving…", "Saved at 14:05", … */
  get saveStatus(): Locator {
    return this.bar.getByTestId('save-status');
  }

  async waitUntilSaved(): Promise<void> {
    await expectText(this.saveStatus, /^Saved at /);
  }

  get flash(): Locator {
    return this.page.locator('.alert--success');
  }

  /** What stops the submission, listed above the form after an attempt. */
  get problems(): Locator {
    return this.page.getByTestId('review-problems');
  }

  /** A rated criterion's radio group, by its prompt. */
  criterion(prompt: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^${escapeRegExp(prompt)}`) });
  }

  async rate(prompt: string, rating: 'Met' | 'Partly met' | 'Not met' | 'Does not apply'): Promise<void> {
    await this.criterion(prompt).getByRole('radio', { name: rating, exact: true }).check();
  }

  justification(prompt: string): Locator {
    return this.page.getByRole('textbox', { name: `Why: ${prompt}`, exact: true });
  }

  async rateAndJustify(
    prompt: string,
    rating: 'Met' | 'Partly met' | 'Not met' | 'Does not apply',
    why: string,
  ): Promise<void> {
    await this.rate(prompt, rating);
    await this.justification(prompt).fill(why);
  }

  /** A question answered in words (community feedback), by its prompt. */
  answer(prompt: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(prompt)}`) });
  }

  releaseOf(artifactName: string): Locator {
    return this.page.getByRole('group', { name: `Release of “${artifactName}”` });
  }

  async recommendRelease(artifactName: string, option: ReleaseOption): Promise<void> {
    const group = this.releaseOf(artifactName);
    await group.getByLabel(`${artifactName}: content level`).selectOption({ label: option.contentLevel });
    await group.getByLabel(`${artifactName}: timing`).selectOption({ label: option.timing });
    await group.getByLabel(`${artifactName}: distribution`).selectOption({ label: option.distribution });
  }

  get requiredMitigations(): Locator {
    return this.page.getByRole('textbox', { name: 'Required mitigations' });
  }

  get commentsForAuthors(): Locator {
    return this.page.getByRole('textbox', { name: /^Comments for the authors/ });
  }

  get confidentialComments(): Locator {
    return this.page.getByRole('textbox', { name: 'Confidential comments for the chairs' });
  }

  async recommend(
    label: 'Approve' | 'Approve with conditions' | 'Revise and resubmit' | 'Do not approve',
  ): Promise<void> {
    await this.page
      .getByRole('group', { name: /^Your recommendation to the committee/ })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }

  get nameMe(): Locator {
    return this.page.getByRole('checkbox', { name: 'Name me to the authors' });
  }

  async clickSubmit(label = 'Submit review'): Promise<void> {
    await this.bar.getByRole('button', { name: label }).click();
  }

  /** Submits and waits for the page to say which version it became. */
  async submit(version: number, label = 'Submit review'): Promise<void> {
    await this.clickSubmit(label);
    await expectText(this.flash, `Your review is submitted (version ${version}).`);
    await expectVisible(this.submitted);
  }

  /** The submitted review as its reviewer reads it back. */
  get submitted(): Locator {
    return this.page.getByRole('region', { name: 'Your submitted review' });
  }

  get versions(): Locator {
    return this.page.getByRole('region', { name: 'Versions' });
  }

  /** The error message shown beside a field, through its aria-describedby. */
  async fieldError(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return this.page.locator(`[id="${errorId}"]`).innerText();
  }
}

/** The reviews on a statement's page: one article per review, named by its reviewer's label. */
export class SubmissionReviewsSection {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Reviews', exact: true });
  }

  review(label: string): Locator {
    return this.section.getByRole('article', { name: label, exact: true });
  }

  get ratingSummary(): Locator {
    return this.section.getByRole('figure');
  }

  async release(): Promise<void> {
    await this.section.getByRole('button', { name: 'Release reviews to the authors…' }).click();
    const confirm = this.section.getByRole('group', { name: /^Release \d+ reviews? to the authors\?/ });
    await expectVisible(confirm);
    await confirm.getByRole('button', { name: 'Release them' }).click();
    await expectText(
      this.section.getByRole('status'),
      'The reviews are released; the authors are told by email.',
    );
  }
}
