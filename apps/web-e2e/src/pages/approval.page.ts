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
    return errorOf(this.reason);
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

/** The default continuing-review rubric's criteria, with a reason each. */
const RUBRIC: readonly (readonly [string, string])[] = [
  ['The conditions of approval are kept', 'The report shows each condition kept, with evidence.'],
  ['The risks are as approved', 'Nothing since the approval made the work riskier.'],
];

/** The error an input shows, found through its aria-describedby as a screen reader finds it ('' for none). */
export async function errorOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? field.page().locator(`[id="${errorId}"]`).innerText() : '';
}

/**
 * The approval's continuing review under its panel: what opened it, the authors' report (their form
 * or the filed report), the recommendations (a reviewer's form; the chairs' tally and list), and the
 * chairs' decision form or the decision.
 */
export class ContinuingReviewSection {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Continuing review', exact: true });
  }

  get badge(): Locator {
    return this.section.locator('.card__header .badge');
  }

  /** What the last step did, in words. */
  get status(): Locator {
    return this.section.getByRole('status').first();
  }

  get reportForm(): Locator {
    return this.section.getByRole('form', { name: /continuing-review report$/ });
  }

  /** The filed report, read-only. */
  get report(): Locator {
    return this.section.getByRole('region', { name: 'The authors’ report' });
  }

  /** One of the report's questions, by its prompt ("Incidents and misuse you know of"). */
  question(prompt: string): Locator {
    return this.reportForm.getByRole('textbox', { name: prompt, exact: true });
  }

  /** Says whether condition `n` of the approval is met ("Met", "In progress", "Not met"). */
  async conditionStatus(n: number, status: string): Promise<void> {
    await this.reportForm
      .getByRole('group', { name: `Condition ${n}`, exact: true })
      .getByRole('radio', { name: status, exact: true })
      .check();
  }

  async fileReport(): Promise<void> {
    await this.reportForm.getByRole('button', { name: 'File the report' }).click();
  }

  get recommendations(): Locator {
    return this.section.getByRole('region', {
      name: /^(The reviewers’ recommendations|Your recommendation)$/,
    });
  }

  /** The chairs' tally of the recommendations, a chart named by a sentence. */
  get tally(): Locator {
    return this.recommendations.getByRole('img');
  }

  /** A reviewer of record recommends an outcome (its label's start, e.g. "Continue for a new period") and why. */
  async recommend(outcome: string, reason: string): Promise<void> {
    const form = this.section.getByRole('form', {
      name: /^(Your recommendation|Change your recommendation)$/,
    });
    // The venue's continuing-review rubric (the default one): both criteria met, each with its reason.
    for (const [prompt, why] of RUBRIC) {
      await form.getByRole('group', { name: prompt }).getByRole('radio', { name: 'Met', exact: true }).check();
      await form.getByRole('textbox', { name: `Why: ${prompt}` }).fill(why);
    }
    await form.getByRole('radio', { name: new RegExp(`^${outcome}`) }).check();
    await form.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await form.getByRole('button', { name: 'Recommend' }).click();
  }

  get decisionForm(): Locator {
    return this.section.getByRole('form', { name: 'Decide the re-evaluation' });
  }

  /** A chair decides (an outcome's label start), with a reason or note when given. */
  async decide(outcome: string, reason = ''): Promise<void> {
    const form = this.decisionForm;
    await form.getByRole('radio', { name: new RegExp(`^${outcome}`) }).check();
    if (reason) await form.getByRole('textbox', { name: /^(Reason|Note \(optional\))$/ }).fill(reason);
    await form.getByRole('button', { name: 'Record the decision' }).click();
  }

  /** The decision, read-only once made. */
  get decision(): Locator {
    return this.section.getByRole('region', { name: 'Decision', exact: true });
  }

  async expectState(label: string): Promise<void> {
    await expectText(this.badge, label);
  }
}
