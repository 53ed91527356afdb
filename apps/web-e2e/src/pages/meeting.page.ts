import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expectHidden, expectText, expectVisible } from '../support/expect';

/** The venue's Meetings tab: the list, and the chairs' form to convene one. */
export class MeetingsTab {
  constructor(private readonly page: Page) {}

  async open(venueId: string): Promise<void> {
    await this.page.goto(`/venues/${venueId}`);
    await this.page
      .getByRole('navigation', { name: 'Venue sections' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await expectVisible(this.list);
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Meetings' });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Convene a meeting' });
  }

  async startConvening(): Promise<void> {
    await this.list.getByRole('button', { name: 'Convene a meeting' }).click();
    await expectVisible(this.form);
  }

  async fill(details: {
    title: string;
    when: string;
    members: readonly string[];
    agenda: readonly string[];
  }): Promise<void> {
    await this.form.getByLabel('Title').fill(details.title);
    await this.form.getByLabel(/^Date and time/).fill(details.when);
    const members = this.form.getByRole('group', { name: 'Members' });
    for (const name of details.members)
      await members.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
    const agenda = this.form.getByRole('group', { name: 'Agenda' });
    for (const title of details.agenda)
      await agenda.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
  }

  async convene(): Promise<void> {
    await this.form.getByRole('button', { name: 'Convene and mail the members' }).click();
  }
}

export type VoteName = 'For' | 'Against' | 'Abstain';

export interface MotionDetails {
  text: string;
  /** The proposed decision's label, as the select shows it. */
  outcome: string;
  conditions?: readonly string[];
  reason?: string;
  /** One change to the authors' release plan. */
  plan?: { artifact: string; part: 'What is released' | 'When' | 'To whom'; value: string };
}

/** One meeting, as a chair runs it and a member follows it. */
export class MeetingPage {
  constructor(readonly page: Page) {}

  async goto(venueId: string, meetingId: string): Promise<void> {
    await this.page.goto(`/venues/${venueId}/meetings/${meetingId}`);
  }

  async expectLoaded(title: string): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name: title, level: 2 }));
  }

  id(): string {
    const match = /\/meetings\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a meeting page: ${this.page.url()}`);
    return match[1];
  }

  header(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  get agenda(): Locator {
    return this.page.getByRole('region', { name: 'Agenda' });
  }

  agendaItem(position: number): Locator {
    return this.agenda.getByRole('listitem').nth(position - 1);
  }

  get attendance(): Locator {
    return this.page.getByRole('region', { name: 'Attendance' });
  }

  attendee(name: string): Locator {
    return this.attendance.getByRole('listitem').filter({ hasText: name });
  }

  /** The item under discussion (named "Now: item N …"), or the note that there is none. */
  get current(): Locator {
    return this.page.getByRole('region', { name: /^(Now: item \d+|No item under discussion)/ });
  }

  get motionForm(): Locator {
    return this.page.getByRole('form', { name: 'Open a motion' });
  }

  get openMotion(): Locator {
    return this.current.getByRole('region', { name: 'Motion', exact: true });
  }

  get voteButtons(): Locator {
    return this.page.getByRole('group', { name: 'Vote on the motion' }).getByRole('button');
  }

  /** A closed motion, wherever the page shows it (under the current item, or with the other items'). */
  motion(text: string): Locator {
    return this.page.getByRole('article', { name: `Motion: ${text}` });
  }

  get minutes(): Locator {
    return this.page.getByRole('region', { name: 'Minutes' });
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start the meeting' }).click();
    await expectVisible(this.page.getByText('Live: this page updates every few seconds.'));
  }

  /** Checks the signed-in member in (the page notices the start by itself: allow for one slow poll). */
  async checkIn(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Check in', exact: true });
    await expectVisible(button, 20000);
    await button.click();
    await expectVisible(this.page.getByText('You are checked in'));
  }

  async takeUp(position: number): Promise<void> {
    await this.agendaItem(position)
      .getByRole('button', { name: `Take up item ${position}` })
      .click();
    await expectText(this.current, `Now: item ${position}`);
  }

  /** Fills the motion form and opens the motion. */
  async openMotionWith(motion: MotionDetails): Promise<void> {
    await this.fillMotion(motion);
    await this.submitMotion(motion.text);
  }

  async fillMotion(motion: MotionDetails): Promise<void> {
    const form = this.motionForm;
    await form.getByRole('textbox', { name: 'Motion', exact: true }).fill(motion.text);
    await form.getByLabel('Proposed decision').selectOption({ label: motion.outcome });
    for (const [i, condition] of (motion.conditions ?? []).entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add a condition' }).click();
      await form.getByRole('textbox', { name: `Condition ${i + 1}`, exact: true }).fill(condition);
    }
    if (motion.plan) {
      const details = form.locator('details.plan-details');
      await expectText(details.locator('summary'), 'as the authors propose');
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
        await details.locator('summary').click();
      await form
        .getByLabel(`${motion.plan.artifact}: ${motion.plan.part}`)
        .selectOption({ label: motion.plan.value });
      await expectText(details.locator('summary'), 'changed by the committee');
    }
    if (motion.reason)
      await form.getByLabel(/^Why the committee decides without all the reviews/).fill(motion.reason);
  }

  async submitMotion(text: string): Promise<void> {
    await this.motionForm.getByRole('button', { name: 'Open the motion for a vote' }).click();
    await expectVisible(this.openMotion);
    await expectText(this.openMotion, text);
  }

  /** Votes once the open motion has reached this page, and waits for the vote to be recorded. */
  async vote(choice: VoteName): Promise<void> {
    const button = this.page
      .getByRole('group', { name: 'Vote on the motion' })
      .getByRole('button', { name: choice });
    await expectVisible(button);
    await button.click();
    await expectText(this.page.getByRole('region', { name: 'Your vote' }), `You voted ${choice}.`);
  }

  async closeVote(): Promise<void> {
    await this.openMotion.getByRole('button', { name: 'Close the vote', exact: true }).click();
    try {
      await expectHidden(this.openMotion);
    } catch (error) {
      // Say what the page said instead (a refusal from the server).
      const alerts = await this.current.getByRole('alert').allInnerTexts();
      throw alerts.length > 0 ? new Error(`closing the vote was refused: ${alerts.join(' / ')}`) : error;
    }
  }

  async end(): Promise<void> {
    await this.page.getByRole('button', { name: 'End the meeting', exact: true }).click();
    await this.page.getByRole('button', { name: 'End the meeting now' }).click();
    await expectVisible(this.minutes);
  }

  /** Downloads the minutes with the page's button; returns the file's name and text. */
  async downloadMinutes(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.minutes.getByRole('button', { name: 'Download the minutes (.txt)' }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}
