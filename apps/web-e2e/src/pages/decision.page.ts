import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';

/** The discussion among chairs and reviewers on a statement's page (mails link to #discussion). */
export class DiscussionSection {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Discussion', exact: true });
  }

  /** A comment by its author's label as the reader sees it ("Expert A", "Rhea Chair (chair)", "… (you)"). */
  comment(label: string): Locator {
    return this.section.getByRole('article', { name: `Comment by ${label}`, exact: true });
  }

  get comments(): Locator {
    return this.section.getByRole('list', { name: 'Comments, oldest first' }).getByRole('article');
  }

  /** Writes a comment, ticks the people to mention in the picker, posts it and waits for it. */
  async post(body: string, mentions: readonly string[] = []): Promise<void> {
    await this.section.getByRole('textbox', { name: 'Your comment' }).fill(body);
    const picker = this.section.getByRole('group', { name: 'Mention' });
    for (const label of mentions) await picker.getByRole('checkbox', { name: label, exact: true }).check();
    await this.section.getByRole('button', { name: 'Post comment' }).click();
    await expectText(this.section.getByRole('status'), /^Comment posted/);
  }
}

/** "Your response to the reviews" (authors) or "Authors’ response" (chairs and reviewers). */
export class AuthorResponseSection {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: /^(Your response to the reviews|Authors’ response)$/ });
  }

  get text(): Locator {
    return this.section.getByRole('textbox', { name: 'Your response' });
  }

  /** "12 of 50 words", with how far over the limit when it is. */
  get wordCount(): Locator {
    return this.section.locator('.word-count');
  }

  async save(): Promise<void> {
    await this.section.getByRole('button', { name: /^Save the (response|changes)$/ }).click();
  }

  /** The error shown beside the text, through its aria-describedby. */
  async fieldError(): Promise<string> {
    const ids = (await this.text.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? this.page.locator(`[id="${errorId}"]`).innerText() : '';
  }
}

/** The Decision section: the chairs' form and letter, or the decision as the authors read it. */
export class DecisionSection {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Decision', exact: true });
  }

  async chooseOutcome(label: string): Promise<void> {
    await this.section
      .getByRole('group', { name: 'Outcome' })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }

  /** Adds a standard condition by its text, and picks the artifact it applies to when it asks for one. */
  async addStandardCondition(text: string, artifact?: string): Promise<void> {
    const conditions = this.section.getByRole('group', { name: 'Conditions of approval' });
    await conditions.getByLabel('Standard condition').selectOption({ label: text });
    await conditions.getByRole('button', { name: 'Add this condition' }).click();
    const count = await conditions.getByRole('listitem').count();
    if (artifact)
      await conditions.getByLabel(`Condition ${count}: applies to`).selectOption({ label: artifact });
  }

  /** One artifact of the decided plan: the authors' proposal beside the committee's. */
  planOf(artifactName: string): Locator {
    return this.section.getByRole('region', { name: artifactName, exact: true });
  }

  /** Sets a part of the committee's plan ("what is released", "when", "to whom") by the option's label. */
  async decide(
    artifactName: string,
    part: 'what is released' | 'when' | 'to whom',
    option: string,
  ): Promise<void> {
    await this.planOf(artifactName).getByLabel(`${artifactName}: ${part}`).selectOption({ label: option });
  }

  async record(): Promise<void> {
    await this.section.getByRole('button', { name: 'Record decision' }).click();
  }

  get notice(): Locator {
    return this.section.getByRole('status').first();
  }

  get letter(): Locator {
    return this.section.getByRole('form', { name: 'Letter to the authors' });
  }

  get subject(): Locator {
    return this.letter.getByRole('textbox', { name: 'Subject' });
  }

  get body(): Locator {
    return this.letter.getByRole('textbox', { name: 'Letter' });
  }

  /** "Send to the authors…", then the confirmation's "Send the letter". */
  async send(): Promise<void> {
    await this.letter.getByRole('button', { name: 'Send to the authors…' }).click();
    const confirm = this.letter.getByRole('group', { name: 'Send the decision to the authors?' });
    await expectVisible(confirm);
    await confirm.getByRole('button', { name: 'Send the letter' }).click();
  }

  get sentLetter(): Locator {
    return this.section.getByRole('region', { name: 'The letter' });
  }

  get approval(): Locator {
    return this.section.getByRole('region', { name: 'Approval' });
  }

  get conditions(): Locator {
    return this.section.getByRole('region', { name: 'Conditions' });
  }
}

/** The venue's Response phase settings (chairs). */
export class ResponsePhaseSettings {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Response phase' });
  }

  /** Opens the phase until `deadline` (a datetime-local value in the venue's zone), with a word limit. */
  async open(deadline: string, wordLimit: number): Promise<void> {
    await this.section.getByRole('checkbox', { name: /^Open: authors may respond/ }).check();
    await this.section.getByLabel('Deadline').fill(deadline);
    await this.section.getByLabel('Word limit').fill(String(wordLimit));
    await this.section.getByRole('button', { name: 'Save the response phase' }).click();
    await expectText(this.section, 'Response phase saved.');
  }
}
