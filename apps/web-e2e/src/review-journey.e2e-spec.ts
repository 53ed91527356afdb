// The review journey in real browsers, one Chromium profile per person, against the built web app
// served by the real API (FerretDB, SMTP catcher). Each step is driven by roles and labels, the way
// a person finds their way, and asserts on what the person then sees.
//
// The chair invites the author by email; the author opens the mail's link in their own browser,
// creates their account inline while accepting, and then registers a submission at the venue,
// writes its statement (everything autosaves), submits and revises it; the chair decides its tier
// for each version, and never sees a revision before it is submitted. Each page is also looked at
// 390 px wide, where nothing may scroll sideways.
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { verifyLog } from '../../../tools/audit-verify/src/verify-log';
import { AdminPage, signInAsSiteAdmin } from './pages/admin.page';
import { AppHeader, RegisterPage, SignInPage } from './pages/auth.page';
import type { Account } from './pages/auth.page';
import { InvitationPage } from './pages/invitation.page';
import { StatementEditorPage, PATH_TO_HARM_FACTORS } from './pages/statement-editor.page';
import { MySubmissionsPage, SubmissionPage } from './pages/submission.page';
import { NewVenuePage, VenueDashboardTab, VenueOverview, VenuePage } from './pages/venue.page';
import { linkIn, mailIds, PersonBrowser, waitForMail, waitForMailWhere } from './support/browser';
import {
  expectCount,
  expectFocused,
  expectHidden,
  expectInViewport,
  expectNoText,
  expectText,
  expectValue,
  expectVisible,
} from './support/expect';

const run = Date.now().toString(36);
const chair: Account = {
  name: 'Carla Chair',
  email: `carla.${run}@example.org`,
  password: 'chair-password-1',
};
const author: Account = {
  name: 'Arjun Author',
  email: `arjun.${run}@example.org`,
  password: 'author-password-1',
};

const conference = {
  name: 'Synthetic Media Conference 2030',
  shortName: `SMC30-${run}`,
  deadline: '2030-06-01T23:59',
};
const workshop = {
  name: 'Workshop on Voice Cloning Risks',
  shortName: `VCR30-${run}`,
  description: 'Impact review of voice synthesis research.',
  deadline: '2030-05-15T12:00',
};
const title = 'Few-shot voice cloning with prosody transfer';
/** The title version 2 gets; while its revision is open, only the author may see it. */
const TITLE_V2 = 'Few-shot voice cloning with consented speakers';
const ABSTRACT = 'Cloning a voice from ten seconds of speech, with prosody transferred from a reference.';
const PAPER_URL = 'https://example.org/papers/few-shot-cloning.pdf';

const SUMMARY_V1 =
  'We present a few-shot voice cloning model that reproduces a speaker from ten seconds of audio.';
const SUMMARY_V2 =
  'We present a few-shot voice cloning model; version two narrows the release to vetted labs only.';
// An embargo must lift after today, whenever the suite runs.
const EMBARGO_UNTIL = `${new Date().getUTCFullYear() + 2}-01-31`;
const HAZARD = 'Cloned voices can impersonate relatives in phone scams targeting the elderly.';

describe('impact review: chair, author and the statement', () => {
  let chairBrowser: PersonBrowser;
  let authorBrowser: PersonBrowser;
  let workshopId = '';
  let submissionId = '';

  beforeAll(async () => {
    [chairBrowser, authorBrowser] = await Promise.all([PersonBrowser.open(), PersonBrowser.open()]);
  });

  afterAll(async () => {
    await Promise.all([chairBrowser?.close(), authorBrowser?.close()]);
  });

  it('a chair registers and creates a conference with a workshop at it', async () => {
    const page = chairBrowser.page;
    const register = new RegisterPage(page);
    await register.goto();
    await register.register(chair);

    // Opening venues needs a site administrator's permission.
    const adminBrowser = await PersonBrowser.open();
    try {
      await signInAsSiteAdmin(adminBrowser.page);
      const admin = new AdminPage(adminBrowser.page);
      await admin.open();
      await admin.allowCreatingVenues(chair);
    } finally {
      await adminBrowser.close();
    }
    await page.reload();

    const newVenue = new NewVenuePage(page);
    await new AppHeader(page).openNewVenue();
    await expectVisible(page.getByRole('heading', { name: 'New venue', level: 1 }));
    const conferenceId = await newVenue.createConference(conference);
    const venue = new VenuePage(page);
    await expectText(venue.header, 'Chair');
    await expectText(venue.header, conference.shortName);

    await newVenue.goto();
    workshopId = await newVenue.createWorkshop(workshop, conference.shortName);
    expect(workshopId).not.toBe(conferenceId);
    await expectText(venue.header, `Workshop at ${conference.shortName}`);
    await expectText(venue.header, 'Chair');
    await chairBrowser.screenshotBoth('01-chair-workshop-created');

    // Settings: a second deadline and a longer description, shown on the overview after saving.
    const settings = await venue.openSettings();
    await settings.setDescription(`${workshop.description} Statements are due before papers.`);
    await settings.addDeadline('Camera-ready statement', '2030-07-01T09:30');
    await settings.save();
    const overview = await venue.openOverview();
    await expectText(overview.about, 'Statements are due before papers.');
    await expectText(overview.deadlines, 'Statement submission');
    await expectText(overview.deadlines, 'Camera-ready statement');

    // The conference lists its workshop.
    await venue.goto(conferenceId);
    await expectText(new VenueOverview(page).workshops, `${workshop.shortName} — ${workshop.name}`);
  });

  it('the chair invites an author by email, who accepts from the mail, creating an account inline', async () => {
    const venue = new VenuePage(chairBrowser.page);
    await venue.goto(workshopId);
    await venue.expectLoaded(workshop.name);
    const members = await venue.openMembers();
    await members.invite(
      author.email,
      'Author',
      'Please send us the impact statement of your voice cloning work.',
    );
    await expectText(members.invitationRow(author.email), 'Pending');
    await chairBrowser.screenshot('02-chair-invitation-sent');

    const mail = await waitForMail(author.email);
    expect(mail.subject).toBe(`Invitation: Author at ${workshop.shortName}`);
    expect(mail.text).toContain('Please send us the impact statement of your voice cloning work.');
    const link = /https?:\/\/\S+\/invitations\/\S+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`no invitation link in the mail:\n${mail.text}`);

    const invitation = new InvitationPage(authorBrowser.page);
    await invitation.open(link);
    await expectText(invitation.detail('Venue'), workshop.name);
    await expectText(invitation.detail('Role'), 'Author');
    await expectText(invitation.detail('Invited by'), chair.name);
    await expectText(invitation.detail('Sent to'), author.email);
    await authorBrowser.screenshot('03-author-invitation-opened');
    await invitation.acceptCreatingAccount(author.name, author.password);

    const home = new MySubmissionsPage(authorBrowser.page);
    await expectText(home.flash, `You are now an author at ${workshop.name} (${workshop.shortName}).`);
    await new AppHeader(authorBrowser.page).expectSignedInAs(author.name);
    await expectText(home.myVenues, `${workshop.shortName} — ${workshop.name}`);

    // The chair sees the invitation accepted and the new member with the role.
    await chairBrowser.page.reload();
    await expectText(members.invitationRow(author.email), 'Accepted');
    const memberRow = members.members.getByRole('row').filter({ hasText: author.email });
    await expectText(memberRow, author.name);
    await expectText(memberRow, 'Author');
    await chairBrowser.screenshot('04-chair-members-after-accept');
  });

  it('the author registers a submission at the workshop; its details and artifacts autosave with the draft', async () => {
    const page = authorBrowser.page;
    await new MySubmissionsPage(page).myVenues
      .getByRole('link', { name: `${workshop.shortName} — ${workshop.name}` })
      .click();
    const venue = new VenuePage(page);
    await venue.expectLoaded(workshop.name);
    // An author sees the overview, not the chair's tabs; a chairs' page says so instead of failing silently.
    await expectCount(page.getByRole('navigation', { name: 'Venue sections' }).getByRole('link'), 1);
    await page.goto(`/venues/${workshopId}/dashboard`);
    await expectText(page.getByRole('status'), `Only the chairs of ${workshop.shortName} see the dashboard.`);
    await authorBrowser.screenshotBoth('05a-author-dashboard-is-for-chairs');
    await (await venue.openOverview()).submitToThisVenue();

    const home = new MySubmissionsPage(page);
    const venueSelect = home.newSubmissionForm.getByLabel('Venue');
    await expectValue(venueSelect, workshopId);
    submissionId = await home.createSubmission(title, 'Cloning a voice from ten seconds of speech.');

    const editor = new StatementEditorPage(page);
    await editor.expectLoaded(title);
    await expectText(page.locator('.page-header'), 'Draft');
    // The paper is an artifact from the start; add the code and the model. No "save" button: it autosaves.
    await expectVisible(editor.releasePlanOf('Paper'));
    await editor.addArtifacts([
      {
        name: 'Training code',
        kind: 'Source code',
        powerLevel: 'Full',
        description: 'Training and inference code.',
      },
      { name: 'Voice model', kind: 'Trained model', powerLevel: 'Full', description: 'Pretrained weights.' },
    ]);
    await editor.abstractField().fill(ABSTRACT);
    await editor.link('Paper PDF URL').fill(PAPER_URL);
    await expectCount(editor.section('Release plan').getByRole('group', { name: /^Release of / }), 3);
    await editor.waitUntilSaved();
    await authorBrowser.screenshotBoth('05-author-artifacts-added');
  });

  it('drafts save as the author types, details and statement alike, and survive a reload', async () => {
    const page = authorBrowser.page;
    const editor = new StatementEditorPage(page);
    await editor.fillSummary(SUMMARY_V1);
    await editor.addHazard('Product hazard', 'High', HAZARD);
    await expectText(editor.saveStatus, 'Unsaved changes');
    await editor.waitUntilSaved();
    // The tier preview follows the draft: a high hazard needs at least expedited.
    await expectText(editor.tierPreview, 'Expedited (suggested)');
    await authorBrowser.screenshot('06-author-draft-saved');

    await page.reload();
    await editor.expectLoaded(title);
    await expectValue(editor.summaryField(), SUMMARY_V1);
    await expectValue(editor.hazardDescription(1), HAZARD);
    await expectValue(editor.hazardSeverity(1), 'high');
    await expectValue(editor.abstractField(), ABSTRACT);
    await expectValue(editor.link('Paper PDF URL'), PAPER_URL);
    await expectValue(editor.artifactName(3), 'Voice model');
    await expectVisible(editor.releasePlanOf('Voice model'));
    await expectText(editor.saveStatus, 'All changes saved');
  });

  it('an incomplete statement is not submitted: the summary takes the focus, in view, and links to each field', async () => {
    const page = authorBrowser.page;
    const editor = new StatementEditorPage(page);
    // Far down the page, as an author who just finished the release plan would be.
    await editor.releasePlanOf('Voice model').scrollIntoViewIfNeeded();
    await editor.clickSubmit();

    await expectVisible(editor.submitProblems);
    await expectFocused(editor.submitProblems);
    await expectInViewport(editor.submitProblems);
    await expectText(editor.submitProblems, /parts still need attention/);
    await expectText(editor.submitProblems, 'Path to harm');
    await expectText(editor.submitProblems, 'Rate “Attention of adversaries”: low, medium or high.');
    await expectText(
      editor.submitProblems,
      'Choose the stage of the access ratchet this capability has reached.',
    );
    await expectText(editor.submitProblems, 'Name at least one group of people the work may affect.');
    // Release-plan problems say which artifact they are about.
    await expectText(
      editor.submitProblems,
      'Release plan for “Voice model”: describe who may get access and on what conditions',
    );
    // Errors sit beside their fields too, tied to them for screen readers.
    const justification = editor.pathToHarmJustification('Attention of adversaries');
    expect(await justification.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.fieldError(justification)).toBe(
      'Justify the rating of “Attention of adversaries” in at least 10 characters.',
    );
    const benefits = editor.section('Benefits and who is affected').getByLabel('Benefits of the work');
    expect(await editor.fieldError(benefits)).toContain('Describe the benefits of the work');
    // The finished summary has no error.
    expect(await editor.fieldError(editor.summaryField())).toBe('');
    await expectVisible(editor.sectionNav.getByText(/^\d of 10 sections complete$/));
    await authorBrowser.screenshotBoth('07-author-submit-blocked');

    // Each problem takes the author to its field.
    await editor
      .problemLink('Justify the rating of “Attention of adversaries” in at least 10 characters.')
      .click();
    await expectFocused(justification);
    await editor.problemLink(/^Release plan for “Voice model”: describe who may get access/).click();
    await expectFocused(editor.releasePlanOf('Voice model').getByLabel('Voice model: access conditions'));

    // Nothing was submitted: still on the editor, still a draft, and no version exists.
    expect(page.url()).toMatch(/\/edit$/);
    await expectText(page.locator('.page-header'), 'Draft');
    const submission = new SubmissionPage(page);
    await submission.goto(submissionId);
    await submission.expectLoaded(title);
    await expectText(submission.versions, 'No version submitted yet.');
    await editor.goto(submissionId);
    await editor.expectLoaded(title);
  });

  it('the author completes every section and submits version 1 with its details', async () => {
    const page = authorBrowser.page;
    const editor = new StatementEditorPage(page);
    for (const factor of PATH_TO_HARM_FACTORS) {
      await editor.ratePathToHarm(
        factor,
        factor === 'Reproducibility' ? 'Medium' : 'Low',
        `${factor}: the released material changes this little for a determined adversary.`,
      );
    }
    await editor.setAccessRatchet(
      'Theoretical capability',
      'No public tool offers few-shot cloning of this quality yet.',
    );
    await editor.answerApplies(
      'Indirect harms',
      'Disinformation ratchet',
      'Convincing fake audio erodes trust in real recordings.',
    );
    await editor.answerApplies('Indirect harms', 'Sociotechnical path dependencies', null);
    for (const challenge of ['Composition', 'Slow drip', 'Conflation', 'Defector']) {
      await editor.answerApplies('Mitigation challenges', challenge, null);
    }
    await editor.setBenefits(
      'Voice restoration for people who lose their speech to illness, in their own voice.',
      ['People with speech loss', 'Elderly phone users'],
    );
    await editor.addMitigation(
      'Watermarking',
      'Every synthesised clip carries an inaudible, robust watermark.',
    );
    await editor.planRelease('Paper', { contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' });
    await editor.planRelease('Training code', {
      contentLevel: 'Reduced',
      timing: 'Timed (embargo)',
      distribution: 'Public',
      embargoUntil: EMBARGO_UNTIL,
    });
    await editor.planRelease('Voice model', {
      contentLevel: 'Withheld',
      timing: 'Immediate',
      distribution: 'Ask for access',
      accessConditions: 'Vetted academic labs that sign a no-impersonation agreement.',
    });
    await editor.waitUntilSaved();

    // Every part is complete, and the missing-parts summary has gone.
    await expectVisible(editor.sectionNav.getByText('10 of 10 sections complete'));
    await editor.expectNoProblems();
    await expectText(editor.tierPreview, 'Expedited (suggested)');
    await authorBrowser.screenshotBoth('08-author-statement-complete');

    await editor.submit(1);
    const submission = new SubmissionPage(page);
    await submission.expectLoaded(title);
    await submission.expectVersionCount(1);
    await expectText(submission.header, 'Submitted');
    await expectText(submission.statement.getByRole('region', { name: 'Summary' }), SUMMARY_V1);
    await expectText(
      submission.statement.getByRole('region', { name: 'Release plan' }),
      `Timed (embargo) until ${EMBARGO_UNTIL}`,
    );
    // The statement page shows what was registered beside the statement, as this version froze it.
    await expectText(submission.details, ABSTRACT);
    await expectText(submission.details, PAPER_URL);
    const model = submission.details.getByRole('row').filter({ hasText: 'Voice model' });
    await expectText(model, 'Trained model');
    await expectText(model, 'Full');
    await expectText(model, 'Pretrained weights.');
    await expectText(submission.tier, 'A chair has not confirmed the tier yet.');
    await authorBrowser.screenshotBoth('09-author-version-1-submitted');
  });

  it('the chair confirms the suggested tier for version 1', async () => {
    const page = chairBrowser.page;
    // The chair comes back later: signed out, a bookmarked dashboard asks to sign in first and
    // then opens where the chair wanted to go.
    await new AppHeader(page).signOut();
    await page.goto(`/venues/${workshopId}/dashboard`);
    const signIn = new SignInPage(page);
    await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    await signIn.attempt({ email: chair.email, password: 'not-the-password' });
    await expectVisible(signIn.formError);
    await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    await signIn.signIn(chair);
    await page.waitForURL(/\/venues\/[^/]+\/dashboard$/);
    const venue = new VenuePage(page);
    await venue.expectLoaded(workshop.name);
    const dashboard = new VenueDashboardTab(page);
    await expectVisible(dashboard.section);
    await expectText(dashboard.section, '1 statement');
    await expectText(dashboard.row(title), 'Version 1');
    await expectText(await dashboard.cell(title, 'Authors'), author.name);
    await expectText(await dashboard.cell(title, 'Tier'), 'Expedited (suggested)');
    await expectText(await dashboard.cell(title, 'Tier status'), 'Suggested');
    // Only what a chair can meet is offered: never drafts.
    expect(await dashboard.filterOptions('Phase')).toEqual(['Any phase', 'Submitted', 'Revising']);
    expect(await dashboard.filterOptions('Tier status')).toEqual([
      'Any status',
      'Suggested',
      'Needs confirmation',
      'Confirmed',
      'Overridden',
    ]);
    await chairBrowser.screenshotBoth('10-chair-dashboard');

    const dialog = await dashboard.openTierDialog(title);
    expect(await dialog.suggestedTier()).toBe('Expedited');
    await expectText(dialog.root, 'Hazards: High product hazard (+4) — at least Expedited');
    // Departing from the suggestion needs a reason: without one, nothing is recorded.
    await dialog.choose('Full');
    await expectText(dialog.root, 'Reason for overriding the suggestion');
    await dialog.confirm();
    await expectVisible(dialog.reason.and(page.locator('[aria-invalid="true"]')));
    await expectVisible(dialog.root);
    await chairBrowser.screenshotBoth('11-chair-override-needs-reason');
    await dialog.choose('Expedited');
    await dialog.reason.fill('Matches the rubric: the model is withheld.');
    await dialog.confirm();
    await expectHidden(dialog.root);
    await expectText(dashboard.notice, `Tier of “${title}” confirmed as Expedited.`);
    await expectNoText(await dashboard.cell(title, 'Tier'), '(suggested)');
    await expectText(await dashboard.cell(title, 'Tier status'), 'Confirmed');
  });

  it('the author revises the details and the statement; the chair sees none of it until it is submitted', async () => {
    const page = authorBrowser.page;
    const submission = new SubmissionPage(page);
    await submission.goto(submissionId);
    await submission.expectLoaded(title);
    await submission.startRevision();

    const editor = new StatementEditorPage(page);
    await editor.expectLoaded(title);
    await expectText(page.locator('.page-header'), 'revising version 1');
    await expectValue(editor.summaryField(), SUMMARY_V1);
    await editor.titleField().fill(TITLE_V2);
    await editor.fillSummary(SUMMARY_V2);
    await editor.hazardSeverity(1).selectOption({ label: 'Severe' });
    await editor.waitUntilSaved();
    await expectText(editor.tierPreview, 'Full (suggested)');
    await editor.expectLoaded(TITLE_V2);

    // Meanwhile the chair sees version 1 only: on the submission, in the list and in search.
    const chairPage = chairBrowser.page;
    const chairView = new SubmissionPage(chairPage);
    await chairView.goto(submissionId);
    await chairView.expectLoaded(title);
    await expectText(chairView.header, 'Revising');
    await expectText(chairView.statement.getByRole('region', { name: 'Summary' }), SUMMARY_V1);
    await expectNoText(chairPage.locator('main'), TITLE_V2);
    await expectNoText(chairPage.locator('main'), SUMMARY_V2);
    await expectText(chairView.versions, 'The authors are preparing a revision');
    await chairBrowser.screenshotBoth('12-chair-sees-version-1-during-revision');
    const venue = new VenuePage(chairPage);
    await venue.goto(workshopId);
    const dashboard = await venue.openDashboard();
    await dashboard.search('consented');
    await expectText(dashboard.section, 'No submitted statements match.');
    await dashboard.search(author.name.split(' ')[1] ?? author.name);
    await expectText(dashboard.row(title), 'Revising');
    await expectText(await dashboard.cell(title, 'Tier'), 'Expedited');
  });

  it('the author submits version 2 and compares it with version 1, details included', async () => {
    const page = authorBrowser.page;
    const editor = new StatementEditorPage(page);
    await editor.submit(2);

    const submission = new SubmissionPage(page);
    await submission.expectLoaded(TITLE_V2);
    await submission.expectVersionCount(2);
    await expectText(submission.statement.getByRole('region', { name: 'Summary' }), SUMMARY_V2);
    // The comparison opens on the last two versions: the title, the summary and one hazard changed.
    await expectVisible(submission.compare);
    await expectValue(submission.compare.getByLabel('From version'), '1');
    await expectValue(submission.compare.getByLabel('To version'), '2');
    const details = submission.compareSection('Submission details');
    await expectText(details, '1 change');
    await expectText(details.locator('.diff__before'), title);
    await expectText(details.locator('.diff__after'), TITLE_V2);
    const summaryChange = submission.compareSection('Summary');
    await expectText(summaryChange, '1 change');
    await expectNoText(summaryChange, 'change(s)');
    await expectText(summaryChange.locator('.diff__before'), SUMMARY_V1);
    await expectText(summaryChange.locator('.diff__after'), SUMMARY_V2);
    await expectText(submission.compareSection('Hazards'), '1 change');
    await expectText(submission.compareSection('Release plan'), 'unchanged');
    await authorBrowser.screenshotBoth('13-author-versions-compared');

    // The same two versions the other way round swap before and after.
    await submission.compareVersions(2, 1);
    await expectText(submission.compareSection('Summary').locator('.diff__before'), SUMMARY_V2);
    await expectText(submission.compareSection('Summary').locator('.diff__after'), SUMMARY_V1);

    // The earlier version can be read as it was submitted.
    await submission.openVersion(1);
    await expectText(submission.statement.getByRole('region', { name: 'Summary' }), SUMMARY_V1);
    await expectText(submission.statement, `titled “${title}”`);
  });

  it('a new version suggesting another tier needs the chair again; every decision stays in the record', async () => {
    const page = chairBrowser.page;
    const venue = new VenuePage(page);
    await venue.goto(workshopId);
    const dashboard = await venue.openDashboard();
    // Column and filter agree on the tier in force: version 2's suggestion, until a chair decides.
    await expectText(await dashboard.cell(TITLE_V2, 'Tier'), 'Full (suggested)');
    const status = await dashboard.cell(TITLE_V2, 'Tier status');
    await expectText(status, 'Needs confirmation');
    await expectText(status, 'Version 2 suggests Full (was Expedited for version 1)');
    await dashboard.filter('Tier', 'Full');
    await expectVisible(dashboard.row(TITLE_V2));
    await dashboard.filter('Tier', 'Expedited');
    await expectText(dashboard.section, 'No submitted statements match.');
    await dashboard.filter('Tier', 'Any tier');
    await chairBrowser.screenshotBoth('14-chair-needs-confirmation');

    const dialog = await dashboard.openTierDialog(TITLE_V2);
    await expectText(dialog.root, 'Decide the tier again for version 2');
    await expectText(dialog.root, 'The tier decided for version 1 was Expedited; version 2 suggests Full.');
    expect(await dialog.suggestedTier()).toBe('Full');
    await chairBrowser.screenshotBoth('15-chair-decides-again');
    const reason = 'The model stays withheld; experts already reviewed the same method for version 1.';
    await dialog.choose('Expedited');
    await dialog.reason.fill(reason);
    await dialog.confirm();
    await expectHidden(dialog.root);
    await expectText(dashboard.notice, `Tier of “${TITLE_V2}” set to Expedited (overriding Full).`);
    await expectText(await dashboard.cell(TITLE_V2, 'Tier'), 'Expedited');
    await expectNoText(await dashboard.cell(TITLE_V2, 'Tier'), '(suggested)');
    await expectText(await dashboard.cell(TITLE_V2, 'Tier status'), 'Overridden');

    // The recorded decision and the whole record, on the submission page.
    await dashboard.row(TITLE_V2).getByRole('link', { name: TITLE_V2 }).click();
    const submission = new SubmissionPage(page);
    await submission.expectLoaded(TITLE_V2);
    await expectText(submission.tier, `Overridden (suggested: Full) by ${chair.name}`);
    await expectText(submission.tier, 'for version 2');
    await expectText(submission.tier, `Reason: ${reason}`);
    await expectCount(submission.tierHistory.getByRole('listitem'), 2);
    await expectText(
      submission.tierHistory.getByRole('listitem').nth(0),
      `Version 1: Expedited, confirmed by ${chair.name}`,
    );
    await expectText(
      submission.tierHistory.getByRole('listitem').nth(0),
      'Reason: Matches the rubric: the model is withheld.',
    );
    await expectText(
      submission.tierHistory.getByRole('listitem').nth(1),
      `Version 2: Expedited (suggested: Full), overridden by ${chair.name}`,
    );
    await chairBrowser.screenshotBoth('16-chair-tier-history');

    // The author sees the decision in force, not the committee's record.
    const authorView = new SubmissionPage(authorBrowser.page);
    await authorView.goto(submissionId);
    await authorView.expectLoaded(TITLE_V2);
    await expectText(authorView.tier, `Overridden (suggested: Full) by ${chair.name}`);
    await expectText(authorView.header, 'Overridden');
    await expectHidden(authorView.tierHistory);
    await authorBrowser.screenshotBoth('17-author-sees-tier');
    await new AppHeader(authorBrowser.page).openMySubmissions();
    await expectVisible(authorBrowser.page.getByRole('link', { name: TITLE_V2 }));
    await authorBrowser.screenshotBoth('18-author-my-submissions');
  });

  it("the chair reads the venue's verifiable history and its outgoing mail; the author stops tier mails from a link in one", async () => {
    const page = chairBrowser.page;
    const venue = new VenuePage(page);
    await venue.goto(workshopId);
    const history = await venue.openHistory();
    const labels = history.locator('.audit-event__label');
    await expectVisible(labels.filter({ hasText: 'Tier overridden' }).first());
    await expectVisible(labels.filter({ hasText: 'Version submitted' }).first());
    await expectVisible(labels.filter({ hasText: 'Invitation accepted' }).first());
    await chairBrowser.screenshotBoth('19-chair-history');
    // The downloaded log verifies offline, with the independent verifier.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      history.getByRole('button', { name: 'Download the log' }).click(),
    ]);
    const file = JSON.parse(readFileSync(String(await download.path()), 'utf8')) as unknown;
    const verdict = verifyLog(file);
    expect(verdict.ok).toBe(true);
    // Filter by a person: only the author's changes.
    await history.getByRole('button', { name: author.name }).first().click();
    await expectText(history.getByRole('status'), `Only changes by ${author.name}`);
    await expectVisible(labels.filter({ hasText: 'Version submitted' }).first());
    await expectHidden(labels.filter({ hasText: 'Tier overridden' }));

    const jobs = await venue.openJobs();
    await expectVisible(
      jobs.getByText(`Email to ${author.email.toLowerCase()}: Tier set:`, { exact: false }).first(),
    );
    await expectVisible(jobs.getByRole('img', { name: /^Jobs by state\./ }));
    await chairBrowser.screenshotBoth('20-chair-mail-and-jobs');

    // The author got a mail when the tier was overridden; its unsubscribe link asks, then stops that kind.
    const tierMail = await waitForMailWhere(author.email, (mail) => mail.subject.startsWith('Tier set:'));
    const authorPage = authorBrowser.page;
    await authorPage.goto(new URL(linkIn(tierMail, '/unsubscribe/')).pathname);
    await expectText(
      authorPage.getByRole('main'),
      'Stop the emails you get when the committee confirms or changes the tier',
    );
    await authorPage.getByRole('button', { name: 'Unsubscribe' }).click();
    await expectText(
      authorPage.getByRole('status'),
      'Done: you no longer get an email when the committee confirms or changes the tier',
    );
    await authorBrowser.screenshotBoth('21-author-unsubscribed');
    await authorPage.getByRole('banner').getByRole('link', { name: 'Email notification settings' }).click();
    const venueChoices = authorPage.getByRole('region', { name: new RegExp(workshop.name) });
    await expectVisible(venueChoices);
    await expect(
      venueChoices.getByRole('combobox', { name: /confirms or changes the tier/ }).inputValue(),
    ).resolves.toBe('never');
    await authorBrowser.screenshotBoth('22-author-email-settings');
  });
  it('the author declares a conflict with the chair, who then finds the submission as if it did not exist; withdrawn, it is back', async () => {
    const authorPage = authorBrowser.page;
    await authorPage.goto(`/submissions/${submissionId}`);
    const conflicts = authorPage.getByRole('region', { name: 'Conflicts' });
    await expectText(conflicts, 'No conflicts declared.');
    await conflicts.getByText('Declare a conflict').click();
    // Nothing chosen: the form says what is missing, on the fields.
    await conflicts.getByRole('button', { name: 'Record the conflict' }).click();
    await expectText(conflicts, 'Choose the member the conflict is with.');
    await conflicts.getByLabel('Committee member').selectOption({ label: chair.name });
    await conflicts.getByLabel('Kind of conflict').selectOption({ label: 'Recent collaborator' });
    await conflicts.getByLabel('Why').fill('We wrote a paper together in 2025.');
    await conflicts.getByRole('button', { name: 'Record the conflict' }).click();
    await expectText(conflicts.getByRole('status'), `The conflict with ${chair.name} is recorded.`);
    await expectText(conflicts, 'We wrote a paper together in 2025.');
    await authorBrowser.screenshotBoth('23-author-declares-conflict');

    const chairPage = chairBrowser.page;
    await chairPage.goto(`/submissions/${submissionId}`);
    await expectText(chairPage.getByRole('main'), 'This submission does not exist.');
    await chairPage.goto(`/venues/${workshopId}/dashboard`);
    await expectText(chairPage.getByRole('main'), 'No submitted statements match.');
    await expectHidden(chairPage.getByRole('link', { name: TITLE_V2 }));
    await chairBrowser.screenshotBoth('24-chair-conflicted');

    await conflicts.getByRole('button', { name: `Withdraw the conflict with ${chair.name}` }).click();
    await expectText(conflicts.getByRole('status'), `The conflict with ${chair.name} was withdrawn.`);
    await chairPage.goto(`/submissions/${submissionId}`);
    await expectVisible(chairPage.getByRole('heading', { name: TITLE_V2 }));
  });
  it('the chair sets the tier policy after previewing what it changes, and the venue’s areas and communities', async () => {
    const page = chairBrowser.page;
    await page.goto(`/venues/${workshopId}/settings`);
    const policy = page.getByRole('region', { name: 'Tier policy' });
    const experts = policy.getByLabel('Expert reviewers for Full review');
    await expect(experts.inputValue()).resolves.toBe('2');
    await experts.fill('3');
    await policy.getByLabel('Expert reviewers for Expedited review').fill('2');
    await policy.getByRole('button', { name: 'Preview the change' }).click();
    // The journey's statement has one of the two tiers in force: the preview names it there.
    await expectText(policy.getByRole('status'), 'Expedited: Expert reviewers.');
    await expectText(policy.getByRole('status'), 'Full: Expert reviewers.');
    await expectText(policy.getByRole('status'), '1 submitted statement has this tier now, for example');
    await expectVisible(policy.getByRole('link', { name: TITLE_V2 }));
    await policy.getByRole('button', { name: 'Save the policy' }).click();
    await expectText(policy, 'Tier policy saved.');

    const taxonomy = page.getByRole('region', { name: 'Expertise areas and communities' });
    await taxonomy.getByRole('button', { name: 'Add an area' }).click();
    await taxonomy.getByLabel('Area 1').fill('Speech synthesis');
    await taxonomy.getByLabel('Sub-areas').fill('Voice cloning, Prosody');
    await taxonomy.getByLabel('Communities').fill('People who work as voice actors\nJournalists and fact-checkers\npeople who work as voice actors');
    await taxonomy.getByRole('button', { name: 'Save areas and communities' }).click();
    await expectText(taxonomy, 'Line 3: This community is already listed (row 1).');
    await taxonomy.getByLabel('Communities').fill('People who work as voice actors\nJournalists and fact-checkers');
    await taxonomy.getByRole('button', { name: 'Save areas and communities' }).click();
    await expectText(taxonomy, 'Areas and communities saved.');
    await chairBrowser.screenshotBoth('25-chair-review-rules');
    // Saved for good: a reload shows them.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Tier policy' }).getByLabel('Expert reviewers for Full review').inputValue()).resolves.toBe('3');
    await expect(page.getByRole('region', { name: 'Expertise areas and communities' }).getByLabel('Area 1').inputValue()).resolves.toBe('Speech synthesis');
  });
  it('an expert reviewer joins from an invitation and fills in their profile from the venue’s lists, importing publications', async () => {
    const expertEmail = `expert-${run}@example.org`;
    const venue = new VenuePage(chairBrowser.page);
    await venue.goto(workshopId);
    const members = await venue.openMembers();
    await members.invite(expertEmail, 'Expert reviewer', 'Please review voice cloning statements with us.');
    const mail = await waitForMail(expertEmail);
    const link = /https?:\/\/\S+\/invitations\/\S+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`no invitation link in the mail:\n${mail.text}`);
    const expertBrowser = await PersonBrowser.open();
    try {
      await new InvitationPage(expertBrowser.page).open(link);
      await new InvitationPage(expertBrowser.page).acceptCreatingAccount('Esme Expert', 'correct horse battery staple');
      // Accepted (the account exists and holds the role) before going anywhere else.
      await expectText(new MySubmissionsPage(expertBrowser.page).flash, `You are now an expert reviewer at ${workshop.name}`);
      const page = expertBrowser.page;
      await page.goto(`/venues/${workshopId}`);
      await page.getByRole('link', { name: 'My reviewer profile' }).click();
      const profile = page.getByRole('region', { name: 'Your reviewer profile' });
      await profile.getByLabel('Speech synthesis / Voice cloning').check();
      await profile.getByLabel('People who work as voice actors').check();
      await profile.getByLabel('Your expertise in your own words').fill('Voice conversion, and how cloned voices are misused.');
      await profile
        .getByLabel('Paste the entries')
        .fill('@article{e1, title={Detecting Cloned Voices}, year={2025}}\n@inproceedings{e2, title={Watermarks for Speech}, year=2023}');
      await profile.getByRole('button', { name: 'Read the publications' }).click();
      await expectText(profile.getByRole('status'), 'Added 2 of 2 publications');
      await profile.getByRole('button', { name: 'Add an institution' }).click();
      await profile.getByLabel('Institution 1').fill('Uni Example');
      await profile.getByLabel('E-mail domain').fill('not a domain');
      await profile.getByRole('button', { name: 'Save the profile' }).click();
      await expectText(profile, 'Give the e-mail domain like example.org, or leave it empty.');
      await profile.getByLabel('E-mail domain').fill('uni-example.org');
      await profile.getByRole('button', { name: 'Save the profile' }).click();
      await expectText(profile, 'Profile saved.');
      await expertBrowser.screenshotBoth('26-expert-profile');
      await page.reload();
      await expectText(page.getByRole('region', { name: 'Your reviewer profile' }), 'Detecting Cloned Voices (2025)');
    } finally {
      await expertBrowser.close();
    }
  });
  it('the chair invites a reviewer pool from a CSV and reads what happened to each line', async () => {
    const page = chairBrowser.page;
    await page.goto(`/venues/${workshopId}/members`);
    // The profile the expert filled in, as the chair sees it.
    const profiles = page.getByRole('region', { name: 'Reviewer profiles' });
    const expertRow = profiles.getByRole('row').filter({ hasText: 'Esme Expert' });
    await expectText(expertRow, 'Speech synthesis / Voice cloning');
    await expectText(expertRow, 'Uni Example');
    const pool = page.getByRole('region', { name: 'Invite a reviewer pool' });
    const newcomer = `pool-${run}@example.org`;
    await pool
      .getByLabel('Or paste it')
      .fill(
        [
          'name,email,kind,areas',
          `Nia Newcomer,${newcomer},community,Speech synthesis`,
          `Esme Expert,expert-${run}@example.org,expert,`,
          'Bad Line,nobody,expert,',
        ].join('\n'),
      );
    await pool.getByRole('button', { name: 'Send the invitations' }).click();
    await expectText(pool.getByRole('status'), '1 sent, 1 skipped, 1 refused.');
    await expectText(pool.getByRole('status'), `Line 3: expert-${run}@example.org: already holds this role at the venue`);
    await expectText(pool.getByRole('status'), 'Line 4: “nobody” is not an e-mail address.');
    await chairBrowser.screenshotBoth('27-chair-pool-import');
    const mail = await waitForMail(newcomer);
    expect(mail.subject).toBe(`Invitation: Community reviewer at ${workshop.shortName}`);
  });
  /** Invites `email` as an expert reviewer and accepts in a browser of their own, creating the account. */
  async function joinAsExpert(email: string, name: string): Promise<PersonBrowser> {
    const venue = new VenuePage(chairBrowser.page);
    await venue.goto(workshopId);
    const members = await venue.openMembers();
    const seen = await mailIds(email);
    await members.invite(email, 'Expert reviewer');
    const mail = await waitForMail(email, 10000, seen);
    const browser = await PersonBrowser.open();
    const invitation = new InvitationPage(browser.page);
    await invitation.open(linkIn(mail, '/invitations/'));
    await invitation.acceptCreatingAccount(name, 'correct horse battery staple');
    await expectText(new MySubmissionsPage(browser.page).flash, `You are now an expert reviewer at ${workshop.name}`);
    return browser;
  }

  it('reviewers bid, the chair runs the matcher watching its progress, reads why, commits; one reviewer accepts, one declines and is replaced', async () => {
    const esmeEmail = `expert-${run}@example.org`;
    const eliEmail = `eli-${run}@example.org`;
    const finnEmail = `finn-${run}@example.org`;
    const eliBrowser = await joinAsExpert(eliEmail, 'Eli Expert');
    const esmeBrowser = await PersonBrowser.open();
    let finnBrowser: PersonBrowser | null = null;
    try {
      // The chair opens bidding.
      const chairPage = chairBrowser.page;
      await chairPage.goto(`/venues/${workshopId}`);
      await chairPage.getByRole('link', { name: 'Assignment' }).click();
      const bidding = chairPage.getByRole('region', { name: 'Bidding' });
      await bidding.getByRole('button', { name: 'Open bidding' }).click();
      await expectText(bidding, 'Open');
      await expectVisible(bidding.getByRole('button', { name: 'Close bidding' }));

      // Esme bids on the statement, which matches her profile; its authors stay hidden.
      await new SignInPage(esmeBrowser.page).goto();
      await new SignInPage(esmeBrowser.page).signIn({ email: esmeEmail, password: 'correct horse battery staple' });
      const esme = esmeBrowser.page;
      await esme.goto(`/venues/${workshopId}`);
      await esme.getByRole('link', { name: 'My reviewing' }).click();
      const list = esme.getByRole('region', { name: 'Bidding' });
      const item = list.getByRole('listitem').filter({ hasText: TITLE_V2 });
      await expectText(item, 'Matched your profile on:');
      await expectText(item, 'voice');
      await expectNoText(item, author.name);
      await item.getByRole('radio', { name: 'Very high' }).check();
      await expectText(item.getByRole('status'), 'Saved: Very high');
      await esmeBrowser.screenshotBoth('35-reviewer-bidding');

      // The chair sees the bid, closes bidding and runs the matcher, watching the progress bar.
      await chairPage.reload();
      const progressRow = chairPage.getByRole('region', { name: 'Bidding' }).getByRole('row').filter({ hasText: 'Esme Expert' });
      await expectText(progressRow, '1');
      await chairPage.getByRole('region', { name: 'Bidding' }).getByRole('button', { name: 'Close bidding' }).click();
      const matcher = chairPage.getByRole('region', { name: 'Matcher' });
      await matcher.getByRole('button', { name: 'Run the matcher' }).click();
      await expectVisible(matcher.getByRole('progressbar', { name: 'Matcher progress' }));
      await expectVisible(matcher.getByRole('heading', { name: 'Proposal' }), 60000);
      await expectHidden(matcher.getByRole('progressbar'));
      // Why each reviewer is there: the words that matched, and the bid.
      const row = matcher.getByRole('row').filter({ hasText: TITLE_V2 });
      await expectText(row, 'Esme Expert');
      await expectText(row, 'Eli Expert');
      await expectText(row, 'bid: Very high');
      await expectText(row, 'matched:');
      await expectVisible(matcher.getByRole('img', { name: /^Reviewer loads/ }));
      await expectVisible(matcher.getByRole('img', { name: /^Statement scores/ }));
      // Adding someone by hand starts from a search (a venue may have thousands of reviewers).
      const picker = row.getByRole('searchbox', { name: `Add a reviewer to ${TITLE_V2}` });
      await picker.fill('Esme');
      await expectText(row.getByRole('status').filter({ hasText: 'Esme' }), 'Everyone matching “Esme” is on this statement already.');
      await picker.fill('Nobody at all');
      await expectText(row.getByRole('status').filter({ hasText: 'Nobody' }), 'No reviewer of the venue matches “Nobody at all”.');
      await picker.fill('');
      await chairBrowser.screenshotBoth('36-chair-proposal');
      await matcher.getByRole('button', { name: 'Commit and tell the reviewers' }).click();
      await expectText(matcher.getByRole('status').filter({ hasText: 'assignments made' }), '2 assignments made');

      // Esme gets the mail and accepts.
      const mail = await waitForMailWhere(esmeEmail, (m) => m.subject.startsWith('Please review:'));
      expect(mail.subject).toBe(`Please review: ${TITLE_V2} (${workshop.shortName})`);
      await esme.goto(linkIn(mail, '/venues/'));
      const mine = esme.getByRole('region', { name: 'Statements you are asked to review' });
      await expectText(mine, '1 statement waiting for your answer.');
      await mine.getByRole('button', { name: 'Accept' }).click();
      await expectText(mine, 'Accepted');
      await esmeBrowser.screenshotBoth('37-reviewer-accepted');

      // Eli declines, with a reason; the chairs hear of it.
      const eli = eliBrowser.page;
      await eli.goto(`/venues/${workshopId}/reviewing`);
      const eliMine = eli.getByRole('region', { name: 'Statements you are asked to review' });
      await eliMine.getByRole('button', { name: 'Decline…' }).click();
      await eliMine.getByRole('button', { name: 'Decline the review' }).click();
      await expectText(eliMine, 'Say why you decline, so the chairs can find someone else.');
      await eliMine.getByLabel('Why do you decline?').fill('I advised one of the authors last year.');
      await eliMine.getByRole('button', { name: 'Decline the review' }).click();
      await expectText(eliMine, 'You declined: I advised one of the authors last year.');
      const declined = await waitForMailWhere(chair.email, (m) => m.subject.startsWith('Review declined:'));
      expect(declined.text).toContain('I advised one of the authors last year.');

      // A new expert joins; the chair assigns them to the open slot in one click.
      finnBrowser = await joinAsExpert(finnEmail, 'Finn Expert');
      await chairPage.goto(`/submissions/${submissionId}`);
      const reviewers = chairPage.getByRole('region', { name: 'Reviewers' });
      await expectText(reviewers, 'Declined: I advised one of the authors last year.');
      await expectText(reviewers.getByRole('status'), 'Open: 1 expert reviewer.');
      await reviewers.getByRole('button', { name: 'Find the best expert reviewers for the open slot' }).click();
      await reviewers.getByRole('button', { name: 'Assign Finn Expert' }).click();
      await expectText(reviewers.getByRole('status').filter({ hasText: 'is assigned' }), 'Finn Expert is assigned and told by mail.');
      await expectHidden(reviewers.getByText('Open: 1 expert reviewer.'));
      await chairBrowser.screenshotBoth('38-chair-replacement');
      const finnMail = await waitForMailWhere(finnEmail, (m) => m.subject.startsWith('Please review:'));
      expect(finnMail.subject).toBe(`Please review: ${TITLE_V2} (${workshop.shortName})`);
    } finally {
      await Promise.all([eliBrowser.close(), esmeBrowser.close(), finnBrowser?.close()]);
    }
  });
});
