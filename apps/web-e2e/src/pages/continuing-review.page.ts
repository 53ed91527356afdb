import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/expect';

/**
 * A venue's Continuing review page (chairs): approvals by state now (tiles) and over the year (a
 * chart named by a sentence), the lists of approvals that need the committee, and the incident
 * reports with their triage.
 */
export class ContinuingReviewPage {
  constructor(private readonly page: Page) {}

  async goto(venueId: string, hash = ''): Promise<void> {
    await this.page.goto(`/venues/${venueId}/continuing-review${hash}`);
    await expectVisible(this.overview);
  }

  get overview(): Locator {
    return this.page.getByRole('region', { name: 'Continuing review', exact: true });
  }

  /** The tile of a state ("Active", "Suspended"); its text starts with the count. */
  tile(state: string): Locator {
    return this.overview
      .getByRole('list', { name: 'Approvals by state now' })
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^\\d+\\s*${state}$`) });
  }

  /** The stacked bars of approvals by state over the last 12 months. */
  get chart(): Locator {
    return this.overview.getByRole('img');
  }

  /** One of the lists: "Due in the next 90 days", "Under re-evaluation", "Lapsed", "Suspended". */
  list(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  get incidents(): Locator {
    return this.page.getByRole('region', { name: 'Incident reports' });
  }

  /** A report's article, by its reference ("IR-64B7F0"). */
  incident(reference: string): Locator {
    return this.incidents.getByRole('article', { name: reference });
  }
}

/** The triage of one incident report: its step buttons and the form of the one chosen. */
export class IncidentTriage {
  constructor(private readonly article: Locator) {}

  get status(): Locator {
    return this.article.getByRole('status');
  }

  get form(): Locator {
    return this.article.getByRole('form');
  }

  /** Opens a step's form by its button's label ("Suspend at once"). */
  async start(action: string): Promise<void> {
    await this.article.getByRole('button', { name: `${action}…`, exact: true }).click();
    await expectVisible(this.form);
  }

  async tick(artifactName: string): Promise<void> {
    await this.form
      .getByRole('group', { name: 'What is suspended' })
      .getByRole('checkbox', { name: artifactName, exact: true })
      .check();
  }

  get reason(): Locator {
    return this.form.getByRole('textbox', { name: 'Reason', exact: true });
  }

  get answer(): Locator {
    return this.form.getByRole('textbox', { name: 'Answer to the reporter' });
  }

  async confirm(action: string): Promise<void> {
    await this.form.getByRole('button', { name: action, exact: true }).click();
  }
}
