import type { Locator, Page } from 'playwright-core';
import { expectText, expectVisible } from '../support/expect';
import { ContinuingReviewPage } from './continuing-review.page';

export interface VenueDetails {
  name: string;
  shortName: string;
  description?: string;
  /** A wall-clock time in the venue's zone, as a datetime-local value: `2030-06-01T23:59`. */
  deadline?: string;
}

export class NewVenuePage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/venues/new');
    await expectVisible(this.page.getByRole('heading', { name: 'New venue', level: 1 }));
  }

  /** Creates a conference and lands on its page; returns the venue's id from the URL. */
  async createConference(venue: VenueDetails): Promise<string> {
    await this.page.getByRole('radio', { name: 'Conference' }).check();
    return this.fillAndCreate(venue);
  }

  /** Creates a workshop held at `conference` (the option label starts with its short name). */
  async createWorkshop(venue: VenueDetails, conferenceShortName: string): Promise<string> {
    await this.page.getByRole('radio', { name: 'Workshop' }).check();
    const select = this.page.getByLabel('Held at conference');
    const option = select.locator('option', { hasText: conferenceShortName });
    await expectVisible(select);
    await select.selectOption({ label: (await option.first().innerText()).trim() });
    return this.fillAndCreate(venue);
  }

  private async fillAndCreate(venue: VenueDetails): Promise<string> {
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(venue.name);
    await this.page.getByLabel('Short name').fill(venue.shortName);
    if (venue.description) await this.page.getByLabel('Description').fill(venue.description);
    if (venue.deadline) await this.page.getByLabel('Deadline 1 due (local time)').fill(venue.deadline);
    await this.page.getByRole('button', { name: 'Create venue' }).click();
    await this.page.waitForURL(/\/venues\/[^/]+$/);
    const venuePage = new VenuePage(this.page);
    await venuePage.expectLoaded(venue.name);
    return venuePage.id();
  }
}

/** A venue: overview for everyone, dashboard, members and settings tabs for its chairs. */
export class VenuePage {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/venues/${id}`);
  }

  async expectLoaded(name: string): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name, level: 1 }));
  }

  id(): string {
    const match = /\/venues\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a venue page: ${this.page.url()}`);
    return match[1];
  }

  get header(): Locator {
    return this.page.locator('.page-header');
  }

  private tab(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Venue sections' }).getByRole('link', { name });
  }

  async openOverview(): Promise<VenueOverview> {
    await this.tab('Overview').click();
    return new VenueOverview(this.page);
  }

  async openMembers(): Promise<VenueMembersTab> {
    await this.tab('Members & invitations').click();
    const tab = new VenueMembersTab(this.page);
    await expectVisible(tab.inviteSection);
    return tab;
  }

  async openDashboard(): Promise<VenueDashboardTab> {
    await this.tab('Dashboard').click();
    const tab = new VenueDashboardTab(this.page);
    await expectVisible(tab.section);
    return tab;
  }

  /** Continuing review and incident reports (chairs). */
  async openContinuingReview(): Promise<ContinuingReviewPage> {
    await this.tab('Continuing review').click();
    const tab = new ContinuingReviewPage(this.page);
    await expectVisible(tab.overview);
    return tab;
  }

  /** The venue's history (chairs): the log's entries, its checkpoint and the download. */
  async openHistory(): Promise<Locator> {
    await this.tab('History').click();
    const section = this.page.getByRole('region', { name: 'History' });
    await expectVisible(section);
    return section;
  }

  /** Outgoing mail and other jobs of the venue (chairs). */
  async openJobs(): Promise<Locator> {
    await this.tab('Mail & jobs').click();
    const section = this.page.getByRole('region', { name: 'Outgoing mail and other jobs' });
    await expectVisible(section);
    return section;
  }

  async openSettings(): Promise<VenueSettingsTab> {
    await this.tab('Settings').click();
    const tab = new VenueSettingsTab(this.page);
    await expectVisible(tab.section);
    return tab;
  }
}

export class VenueSettingsTab {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Settings' });
  }

  async setDescription(description: string): Promise<void> {
    await this.section.getByLabel('Description').fill(description);
  }

  /** Adds a deadline after the existing ones; `due` is a datetime-local value. */
  async addDeadline(label: string, due: string): Promise<void> {
    const n = (await this.section.getByRole('button', { name: /^Remove deadline \d+$/ }).count()) + 1;
    await this.section.getByRole('button', { name: 'Add deadline' }).click();
    await this.section.getByLabel(`Deadline ${n} label`).fill(label);
    await this.section.getByLabel(`Deadline ${n} due (local time)`).fill(due);
  }

  async save(): Promise<void> {
    await this.section.getByRole('button', { name: 'Save settings' }).click();
    await expectText(this.section, 'Settings saved.');
  }
}

export class VenueOverview {
  constructor(private readonly page: Page) {}

  get about(): Locator {
    return this.page.getByRole('region', { name: 'About' });
  }

  get deadlines(): Locator {
    return this.page.getByRole('region', { name: 'Deadlines' });
  }

  get workshops(): Locator {
    return this.page.getByRole('region', { name: 'Workshops' });
  }

  async submitToThisVenue(): Promise<void> {
    await this.page.getByRole('link', { name: 'Submit to this venue' }).click();
  }
}

export class VenueMembersTab {
  constructor(private readonly page: Page) {}

  get inviteSection(): Locator {
    return this.page.getByRole('region', { name: 'Invite someone' });
  }

  get members(): Locator {
    return this.page.getByRole('region', { name: 'Members', exact: true });
  }

  get invitations(): Locator {
    return this.page.getByRole('region', { name: 'Invitations' });
  }

  invitationRow(email: string): Locator {
    return this.invitations.getByRole('row').filter({ hasText: email });
  }

  /** Role is the label shown in the Role select, e.g. "Expert reviewer". */
  async invite(email: string, role: string, message?: string): Promise<void> {
    const form = this.inviteSection;
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption({ label: role });
    if (message) await form.getByLabel('Personal message (optional)').fill(message);
    await form.getByRole('button', { name: 'Invite' }).click();
    await expectText(form.getByRole('status'), `Invitation sent to ${email}.`);
  }
}

export class VenueDashboardTab {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Submitted statements' });
  }

  get notice(): Locator {
    return this.section.getByRole('status');
  }

  row(title: string): Locator {
    return this.section.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  /** Cells of a statement's row by column header, as the chair reads them. */
  async cell(
    title: string,
    column: 'Title' | 'Authors' | 'Phase' | 'Tier' | 'Tier status' | 'Submitted',
  ): Promise<Locator> {
    // The headers exist only once the list has loaded with this row in it.
    await expectVisible(this.row(title));
    const headers = await this.section.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((header) => header.trim() === column);
    if (index < 0) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    return this.row(title).getByRole('cell').nth(index);
  }

  /** Types into the search field; the list follows after a short pause. */
  async search(text: string): Promise<void> {
    await this.section.getByLabel('Search titles and authors').fill(text);
  }

  /** Chooses a filter by its label, e.g. filter('Tier', 'Full'); 'Any tier' clears it. */
  async filter(label: 'Tier' | 'Tier status' | 'Phase', option: string): Promise<void> {
    await this.section.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** Option labels a filter offers. */
  async filterOptions(label: 'Tier' | 'Tier status' | 'Phase'): Promise<string[]> {
    return this.section.getByLabel(label, { exact: true }).locator('option').allInnerTexts();
  }

  async openTierDialog(title: string): Promise<TierDialog> {
    await this.section
      .getByRole('button', {
        name: new RegExp(`^(Review tier|Change tier|Decide again) of ${escapeRegExp(title)}$`),
      })
      .click();
    const dialog = new TierDialog(this.page);
    await expectVisible(dialog.root);
    return dialog;
  }
}

/** The chair's tier decision dialog, from the dashboard or the submission page. */
export class TierDialog {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', {
      name: /^(Confirm the review tier|Decide the tier again for version \d+)$/,
    });
  }

  /** The tier the rubric suggests, read from the radio marked "(suggested)". */
  async suggestedTier(): Promise<string> {
    const label = await this.root.locator('label.choice', { hasText: '(suggested)' }).innerText();
    return label.replace('(suggested)', '').trim();
  }

  async choose(tier: string): Promise<void> {
    await this.root.getByRole('radio', { name: new RegExp(`^${tier}( \\(suggested\\))?$`) }).check();
  }

  get reason(): Locator {
    return this.root.getByRole('textbox');
  }

  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: 'Confirm tier' }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
