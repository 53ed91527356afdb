import type { Locator, Page } from 'playwright-core';
import { expectHidden, expectText, expectVisible } from '../support/expect';

export interface ArtifactInput {
  name: string;
  /** Labels as the kind select shows them, e.g. "Source code", "Trained model". */
  kind: string;
  powerLevel: string;
  description?: string;
}

export interface ReleasePlanInput {
  contentLevel: string;
  timing: string;
  distribution: string;
  /** For "Timed (embargo)": YYYY-MM-DD. */
  embargoUntil?: string;
  /** For any distribution other than public. */
  accessConditions?: string;
}

/** Every path-to-harm factor the form asks about, as labelled. */
export const PATH_TO_HARM_FACTORS = [
  'Attention of adversaries',
  'Convincibility of those with resources',
  'Talent pipelines',
  'Reproducibility',
  'Modifiability',
  'Slottability',
  'Environmental factors',
  'Actual return on investment',
  'Assessment of return on investment',
] as const;

/** The author's statement editor at /submissions/:id/edit. */
export class StatementEditorPage {
  constructor(private readonly page: Page) {}

  async goto(submissionId: string): Promise<void> {
    await this.page.goto(`/submissions/${submissionId}/edit`);
  }

  async expectLoaded(title: string): Promise<void> {
    await expectVisible(this.page.getByRole('heading', { name: title, level: 1 }));
    await expectVisible(this.saveStatus);
  }

  /** The bar that stays in view: the save state and the submit button. */
  get bar(): Locator {
    return this.page.getByRole('region', { name: 'Saving and submitting' });
  }

  /** The progress panel: sections and the live tier preview (beside the form, or after it on a phone). */
  get progress(): Locator {
    return this.page.getByRole('complementary', { name: 'Statement progress' });
  }

  /** The save state, a polite live region: "Unsaved changes", "Saving…", "All changes saved", … */
  get saveStatus(): Locator {
    return this.bar.getByRole('status');
  }

  get sectionNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Statement sections' });
  }

  get tierPreview(): Locator {
    return this.progress.getByRole('region', { name: 'Live tier preview' });
  }

  /** The summary of what still blocks submission, shown (and focused) after an attempt to submit. */
  get submitProblems(): Locator {
    return this.page.getByTestId('submit-problems');
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Title, abstract, links and artifacts: part of the same autosaved draft as the statement. */
  get details(): Locator {
    return this.section('Submission details');
  }

  /** Waits for the autosave to report everything saved. */
  async waitUntilSaved(): Promise<void> {
    await expectText(this.saveStatus, /^All changes saved$/);
  }

  // --- Submission details ------------------------------------------------------------------

  titleField(): Locator {
    return this.details.getByRole('textbox', { name: 'Title' });
  }

  abstractField(): Locator {
    return this.details.getByLabel('Abstract');
  }

  link(label: 'Paper PDF URL' | 'OpenReview forum URL' | 'DOI' | 'Repository URL'): Locator {
    return this.details.getByLabel(label);
  }

  /** Adds artifacts to the details; each gets a release plan at once, and all of it autosaves. */
  async addArtifacts(artifacts: readonly ArtifactInput[]): Promise<void> {
    const details = this.details;
    for (const artifact of artifacts) {
      const n = (await details.getByRole('button', { name: /^Remove artifact \d+$/ }).count()) + 1;
      await details.getByRole('button', { name: 'Add artifact' }).click();
      await details.getByLabel(`Artifact ${n} name`).fill(artifact.name);
      await details.getByLabel(`Artifact ${n} kind`).selectOption({ label: artifact.kind });
      await details.getByLabel(`Artifact ${n} power level`).selectOption({ label: artifact.powerLevel });
      if (artifact.description)
        await details.getByLabel(`Artifact ${n} description`).fill(artifact.description);
    }
    for (const artifact of artifacts) {
      await expectVisible(
        this.section('Release plan').getByRole('group', { name: `Release of “${artifact.name}”` }),
      );
    }
  }

  artifactName(n: number): Locator {
    return this.details.getByLabel(`Artifact ${n} name`);
  }

  // --- Statement sections --------------------------------------------------------------------

  async fillSummary(text: string): Promise<void> {
    await this.section('Summary').getByLabel('Summary of the work and its possible impact').fill(text);
  }

  summaryField(): Locator {
    return this.section('Summary').getByLabel('Summary of the work and its possible impact');
  }

  hazardSeverity(n: number): Locator {
    return this.section('Hazards').getByLabel(`Hazard ${n} severity`);
  }

  async addHazard(kind: string, severity: string, description: string): Promise<void> {
    const section = this.section('Hazards');
    const n = (await section.getByRole('button', { name: /^Remove hazard \d+$/ }).count()) + 1;
    await section.getByRole('button', { name: 'Add hazard' }).click();
    await section.getByLabel(`Hazard ${n} kind`).selectOption({ label: kind });
    await section.getByLabel(`Hazard ${n} severity`).selectOption({ label: severity });
    await section.getByLabel(`Hazard ${n} description`).fill(description);
  }

  hazardDescription(n: number): Locator {
    return this.section('Hazards').getByLabel(`Hazard ${n} description`);
  }

  pathToHarmJustification(factor: string): Locator {
    return this.section('Path to harm').getByLabel(`${factor}: justification`);
  }

  async ratePathToHarm(factor: string, rating: string, justification: string): Promise<void> {
    const section = this.section('Path to harm');
    await section.getByLabel(`${factor}: rating`).selectOption({ label: rating });
    await section.getByLabel(`${factor}: justification`).fill(justification);
  }

  async setAccessRatchet(stage: string, justification: string): Promise<void> {
    const section = this.section('Access ratchet');
    await section.getByRole('radio', { name: stage }).check();
    await section.getByLabel('Why the capability is at this stage').fill(justification);
  }

  /** Answers whether an indirect harm or mitigation challenge applies (and, if it does, how). */
  async answerApplies(
    sectionTitle: 'Indirect harms' | 'Mitigation challenges',
    kind: string,
    description: string | null,
  ): Promise<void> {
    const row = this.section(sectionTitle).getByRole('group', { name: kind, exact: true });
    if (description === null) {
      await row.getByRole('radio', { name: 'Does not apply' }).check();
      return;
    }
    await row.getByRole('radio', { name: 'Applies to this work' }).check();
    await row.getByLabel(`How ${kind} applies`).fill(description);
  }

  async setBenefits(benefits: string, affectedGroups: readonly string[]): Promise<void> {
    const section = this.section('Benefits and who is affected');
    await section.getByLabel('Benefits of the work').fill(benefits);
    for (const [i, group] of affectedGroups.entries()) {
      await section.getByRole('button', { name: 'Add affected group' }).click();
      await section.getByLabel(`Affected group ${i + 1}`).fill(group);
    }
  }

  async addMitigation(kind: string, description: string): Promise<void> {
    const section = this.section('Mitigations');
    const n = (await section.getByRole('button', { name: /^Remove mitigation \d+$/ }).count()) + 1;
    await section.getByRole('button', { name: 'Add mitigation' }).click();
    await section.getByLabel(`Mitigation ${n} kind`).selectOption({ label: kind });
    await section.getByLabel(`Mitigation ${n} description`).fill(description);
  }

  releasePlanOf(artifactName: string): Locator {
    return this.section('Release plan').getByRole('group', { name: `Release of “${artifactName}”` });
  }

  async planRelease(artifactName: string, plan: ReleasePlanInput): Promise<void> {
    const group = this.releasePlanOf(artifactName);
    await group.getByLabel(`${artifactName}: content level`).selectOption({ label: plan.contentLevel });
    await group.getByLabel(`${artifactName}: timing`).selectOption({ label: plan.timing });
    await group.getByLabel(`${artifactName}: distribution`).selectOption({ label: plan.distribution });
    if (plan.embargoUntil)
      await group.getByLabel(`${artifactName}: embargo lifts on`).fill(plan.embargoUntil);
    if (plan.accessConditions)
      await group.getByLabel(`${artifactName}: access conditions`).fill(plan.accessConditions);
  }

  // --- Submitting ------------------------------------------------------------------------------

  async clickSubmit(): Promise<void> {
    await this.bar.getByRole('button', { name: 'Submit statement' }).click();
  }

  /** A problem in the error summary, as a link to its field. */
  problemLink(message: string | RegExp): Locator {
    return this.submitProblems.getByRole('link', { name: message });
  }

  async expectNoProblems(): Promise<void> {
    await expectHidden(this.submitProblems);
  }

  /** Submits a complete statement and waits for the submission page to confirm the version. */
  async submit(expectedVersion: number): Promise<void> {
    await this.clickSubmit();
    await this.page.waitForURL(/\/submissions\/[^/]+$/);
    await expectText(
      this.page.locator('.alert--success[role="status"]'),
      `Statement submitted as version ${expectedVersion}.`,
    );
  }

  /** The error message shown beside a field, through its aria-describedby. */
  async fieldError(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return this.page.locator(`[id="${errorId}"]`).innerText();
  }
}
