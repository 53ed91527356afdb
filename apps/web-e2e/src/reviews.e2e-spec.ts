// Reviews in real browsers, one Chromium profile per person, against the built web app served by
// the real API. The world is set up the way people set it up (no spec here talks to the API
// directly): a venue, a full-tier statement, an expert and a community reviewer who accept. Then the
// expert writes a review whose draft survives a reload, is stopped by a missing justification and
// submits; the community reviewer submits feedback and chooses to be named; the chair reads both
// with names and the confidential comment and releases them; the author reads them without the
// expert's name or the confidential comment, and with the community reviewer's name only once the
// chair lets reviewers choose (in the settings). The review pages are also looked at 390 px wide.
import type { Account } from './pages/auth.page';
import { InvitationPage } from './pages/invitation.page';
import { ReviewPage, SubmissionReviewsSection } from './pages/review.page';
import { PATH_TO_HARM_FACTORS, StatementEditorPage } from './pages/statement-editor.page';
import { MySubmissionsPage, SubmissionPage } from './pages/submission.page';
import { VenueOverview, VenuePage } from './pages/venue.page';
import { linkIn, mailIds, PersonBrowser, waitForMail } from './support/browser';
import { expectFocused, expectHidden, expectNoText, expectText, expectValue, expectVisible } from './support/expect';
import { openConferenceAsNewChair } from './support/world';

const run = `r${Date.now().toString(36)}`;
const PASSWORD = 'correct horse battery staple';
const chair: Account = { name: 'Rhea Chair', email: `rhea.${run}@example.org`, password: 'chair-password-1' };
const author: Account = { name: 'Omar Author', email: `omar.${run}@example.org`, password: PASSWORD };
const expert: Account = { name: 'Ezra Expert', email: `ezra.${run}@example.org`, password: PASSWORD };
const community: Account = { name: 'Cora Community', email: `cora.${run}@example.org`, password: PASSWORD };

const venue = { name: 'Conference on Synthetic Speech 2031', shortName: `CSS31-${run}`, deadline: '2031-03-01T23:59' };
const TITLE = 'Real-time voice conversion for any speaker';

const CRITERIA = [
  'Risks are minimised',
  'Risks are reasonable against the benefits',
  'Affected people are treated equitably',
  'Mitigations are adequate',
  'The release plan is adequate',
] as const;
const JUSTIFIED = 'The statement names the hazard and the withheld model addresses it well.';
const CONFIDENTIAL = 'I know the first author from a past project; it did not colour this review.';
const COMMENTS = 'Please describe how speakers consent before their voice is converted, and who checks it.';
const WORRY = 'Scammers could sound like my grandchildren on the phone.';

describe('reviews: an expert and a community reviewer review a statement; the chair releases them to its author', () => {
  let chairBrowser: PersonBrowser;
  let authorBrowser: PersonBrowser;
  let expertBrowser: PersonBrowser;
  let communityBrowser: PersonBrowser;
  let venueId = '';
  let submissionId = '';

  beforeAll(async () => {
    [chairBrowser, authorBrowser, expertBrowser, communityBrowser] = await Promise.all([
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([chairBrowser?.close(), authorBrowser?.close(), expertBrowser?.close(), communityBrowser?.close()]);
  });

  /** The chair invites `person` in a role; they accept from the mail in their own browser, creating the account. */
  async function join(person: Account, role: string, browser: PersonBrowser): Promise<void> {
    const venuePage = new VenuePage(chairBrowser.page);
    await venuePage.goto(venueId);
    const members = await venuePage.openMembers();
    const seen = await mailIds(person.email);
    await members.invite(person.email, role);
    const mail = await waitForMail(person.email, 10000, seen);
    const invitation = new InvitationPage(browser.page);
    await invitation.open(linkIn(mail, '/invitations/'));
    await invitation.acceptCreatingAccount(person.name, person.password);
    await expectText(new MySubmissionsPage(browser.page).flash, `You are now`);
  }

  it('sets up the world: a venue, a submitted full-tier statement, an expert and a community reviewer assigned', async () => {
    const page = chairBrowser.page;
    venueId = await openConferenceAsNewChair(page, chair, venue);

    await join(author, 'Author', authorBrowser);
    await join(expert, 'Expert reviewer', expertBrowser);
    await join(community, 'Community reviewer', communityBrowser);

    // The author registers the statement and writes it: a severe hazard makes it a full review.
    const authorPage = authorBrowser.page;
    await new VenuePage(authorPage).goto(venueId);
    await new VenueOverview(authorPage).submitToThisVenue();
    submissionId = await new MySubmissionsPage(authorPage).createSubmission(TITLE, 'Converting any voice into any other, live.');
    const editor = new StatementEditorPage(authorPage);
    await editor.expectLoaded(TITLE);
    await editor.addArtifacts([{ name: 'Voice model', kind: 'Trained model', powerLevel: 'Full', description: 'The conversion weights.' }]);
    await editor.fillSummary('A model that converts any voice into any other in real time, from a few seconds of speech.');
    await editor.addHazard('Product hazard', 'Severe', 'Live impersonation in phone calls, beyond what scam filters catch.');
    for (const factor of PATH_TO_HARM_FACTORS) {
      await editor.ratePathToHarm(factor, 'Medium', `${factor}: the released weights would change this noticeably.`);
    }
    await editor.setAccessRatchet('Theoretical capability', 'No public tool converts voices live at this quality.');
    await editor.answerApplies('Indirect harms', 'Disinformation ratchet', 'Live fakes make real calls doubtful.');
    await editor.answerApplies('Indirect harms', 'Sociotechnical path dependencies', null);
    for (const challenge of ['Composition', 'Slow drip', 'Conflation', 'Defector']) {
      await editor.answerApplies('Mitigation challenges', challenge, null);
    }
    await editor.setBenefits('People who lost their voice can speak in it again.', ['Elderly phone users']);
    await editor.addMitigation('Watermarking', 'Every converted stream carries a robust watermark.');
    await editor.planRelease('Paper', { contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' });
    await editor.planRelease('Voice model', {
      contentLevel: 'Withheld',
      timing: 'Immediate',
      distribution: 'Ask for access',
      accessConditions: 'Speech therapy clinics that sign a consent agreement.',
    });
    await editor.waitUntilSaved();
    await editor.submit(1);

    // The chair confirms the full tier and assigns one reviewer of each kind to its open slots.
    await page.goto(`/submissions/${submissionId}`);
    const submission = new SubmissionPage(page);
    await submission.expectLoaded(TITLE);
    const dialog = await submission.openTierDialog();
    expect(await dialog.suggestedTier()).toBe('Full');
    await dialog.choose('Full');
    await dialog.confirm();
    await expectHidden(dialog.root);
    // The slots follow from the tier in force: read them as they stand now.
    await page.reload();
    await submission.expectLoaded(TITLE);
    const reviewers = page.getByRole('region', { name: 'Reviewers' });
    for (const [kind, person] of [
      ['expert', expert],
      ['community', community],
    ] as const) {
      await reviewers.getByRole('button', { name: `Find the best ${kind} reviewers for the open slot` }).click();
      await reviewers.getByRole('button', { name: `Assign ${person.name}` }).click();
      await expectText(reviewers.getByRole('status').filter({ hasText: 'is assigned' }), `${person.name} is assigned and told by mail.`);
    }
    // Before the review starts, the authors are told there is nothing to read yet.
    await authorPage.goto(`/submissions/${submissionId}`);
    await expectText(new SubmissionReviewsSection(authorPage).section, 'Reviews are not released yet.');
  }, 300000);

  it('the expert, sent to the review before accepting, accepts first; the draft saves itself and survives a reload', async () => {
    const page = expertBrowser.page;
    const review = new ReviewPage(page);
    await review.goto(submissionId);
    await review.expectLoaded(TITLE);
    await expectText(page.getByRole('main'), 'You are asked to review this statement, but have not accepted yet.');
    await page.getByRole('link', { name: 'Go to my reviewing' }).click();
    const mine = page.getByRole('region', { name: 'Statements you are asked to review' });
    await mine.getByRole('button', { name: 'Accept' }).click();
    await mine.getByRole('link', { name: 'Write the review' }).click();
    await review.expectLoaded(TITLE);
    await expectVisible(page.getByRole('link', { name: 'Read the statement' }));
    await expectText(page.locator('.page-header'), 'Deadline');

    await review.rateAndJustify(CRITERIA[0], 'Met', JUSTIFIED);
    await review.rateAndJustify(CRITERIA[1], 'Partly met', 'The benefit is real but narrower than the risk.');
    await review.recommendRelease('Paper', { contentLevel: 'Full', timing: 'Immediate', distribution: 'Public' });
    await expectText(review.saveStatus, /Unsaved changes|Saving…/);
    await review.waitUntilSaved();

    await page.reload();
    await review.expectLoaded(TITLE);
    await expectValue(review.justification(CRITERIA[0]), JUSTIFIED);
    await expectVisible(review.criterion(CRITERIA[1]).getByRole('radio', { name: 'Partly met', checked: true }));
    await expectValue(review.releaseOf('Paper').getByLabel('Paper: timing'), 'immediate');
    await expertBrowser.screenshotBoth('50-expert-review-draft');

    // Back on the Reviewing page, the link says where the review stands.
    await page.goto(`/venues/${venueId}/reviewing`);
    await expectVisible(page.getByRole('link', { name: 'Continue your draft' }));
  });

  it('a missing justification stops the submission, on its field, which takes the focus; completed, it goes through', async () => {
    const page = expertBrowser.page;
    const review = new ReviewPage(page);
    await review.goto(submissionId);
    await review.expectLoaded(TITLE);
    await review.rateAndJustify(CRITERIA[2], 'Met', JUSTIFIED);
    await review.rateAndJustify(CRITERIA[3], 'Partly met', 'Watermarks help, but nothing stops a live call being recorded.');
    // Rated, but not justified.
    await review.rate(CRITERIA[4], 'Not met');
    await review.recommendRelease('Voice model', { contentLevel: 'Withheld', timing: 'Staged', distribution: 'Ask for access' });
    await review.requiredMitigations.fill('Verify consent of every target speaker.');
    await review.recommend('Approve with conditions');
    await review.commentsForAuthors.fill(COMMENTS);
    await review.confidentialComments.fill(CONFIDENTIAL);
    await review.clickSubmit();

    const why = review.justification(CRITERIA[4]);
    await expectFocused(why);
    expect(await why.getAttribute('aria-invalid')).toBe('true');
    expect(await review.fieldError(why)).toBe('Say why, in a sentence or more (at least 20 characters).');
    await expectText(review.problems, 'Some answers need attention before the review can be submitted.');
    await expectNoText(page.getByRole('main'), 'Your review is submitted');
    await expertBrowser.screenshotBoth('51-expert-review-blocked');

    await why.fill('Staged access is planned, but the first stage already gives the full model away.');
    await expectHidden(review.problems);
    await review.submit(1);
    await expectText(review.submitted, COMMENTS);
    await expectText(review.submitted, CONFIDENTIAL);
    await expectText(review.submitted, 'Approve with conditions');
    await expectVisible(review.submitted.getByRole('button', { name: 'Submit a new version' }));
    await expectText(review.versions, 'Version 1 — submitted');
    await expertBrowser.screenshotBoth('52-expert-review-submitted');

    await page.goto(`/venues/${venueId}/reviewing`);
    await expectVisible(page.getByRole('link', { name: 'Review submitted' }));
  });

  it('the community reviewer answers in their own words and chooses to be named to the authors', async () => {
    const page = communityBrowser.page;
    await page.goto(`/venues/${venueId}/reviewing`);
    const mine = page.getByRole('region', { name: 'Statements you are asked to review' });
    await mine.getByRole('button', { name: 'Accept' }).click();
    await mine.getByRole('link', { name: 'Write the review' }).click();
    const review = new ReviewPage(page);
    await review.expectLoaded(TITLE);
    await review.answer('What worries you about this work?').fill(WORRY);
    await review.answer('Who could be harmed, and how?').fill('Older people who trust familiar voices.');
    // The venue names nobody to authors yet: the choice is explained as one that applies later.
    await expectText(page.getByRole('region', { name: 'Your name' }), 'does not name reviewers to the authors at present');
    await review.nameMe.check();
    await communityBrowser.screenshotBoth('53-community-feedback');
    await review.submit(1);
    await expectText(review.submitted, WORRY);
  });

  it('the chair reads both reviews with names and the confidential comment, and releases them', async () => {
    const page = chairBrowser.page;
    await page.goto(`/submissions/${submissionId}`);
    const reviews = new SubmissionReviewsSection(page);
    const expertReview = reviews.review(expert.name);
    await expectText(expertReview, 'Expert review');
    await expectText(expertReview, 'For the chairs only');
    await expectText(expertReview, CONFIDENTIAL);
    await expectText(expertReview, 'Approve with conditions');
    await expectText(expertReview.getByRole('table'), 'Withheld');
    const communityReview = reviews.review(community.name);
    await expectText(communityReview, WORRY);
    await expectText(communityReview, 'Chose to be named to the authors.');
    await expectVisible(reviews.ratingSummary.getByRole('img', { name: /^Risks are minimised: 1 met/ }));
    await reviews.release();
    await expectText(reviews.section, 'The authors can read these reviews.');
    await chairBrowser.screenshotBoth('54-chair-reads-reviews');

    // The dashboard counts them.
    const venuePage = new VenuePage(page);
    await venuePage.goto(venueId);
    await venuePage.openDashboard();
    const progress = page.getByRole('region', { name: 'Reviews', exact: true });
    await expectVisible(progress.getByRole('img', { name: /^Reviews: 2 submitted, 0 submitted late, 0 due/ }));
    await expectText(progress, 'Nothing pressing');
    await chairBrowser.screenshotBoth('55-chair-dashboard-reviews');
  });

  it('the author reads the reviews without the expert’s name or the confidential comment; the community reviewer’s name once the venue allows it', async () => {
    const page = authorBrowser.page;
    await page.goto(`/submissions/${submissionId}`);
    const reviews = new SubmissionReviewsSection(page);
    await expectText(reviews.review('Expert A'), COMMENTS);
    await expectText(reviews.review('Community A'), WORRY);
    await expectNoText(reviews.section, expert.name);
    await expectNoText(reviews.section, community.name);
    await expectNoText(reviews.section, CONFIDENTIAL);
    await expectNoText(reviews.section, 'For the chairs only');

    // The chair lets community reviewers choose to be named (HotCRP-style settings).
    const chairPage = chairBrowser.page;
    await chairPage.goto(`/venues/${venueId}/settings`);
    const settings = chairPage.getByRole('region', { name: 'Reviews', exact: true });
    await settings.getByRole('radio', { name: /^When a community reviewer chooses it/ }).check();
    await settings.getByRole('button', { name: 'Save review settings' }).click();
    await expectText(settings, 'Review settings saved.');
    // The expert form has answers now: its criteria can be retired, not deleted.
    const expertForm = chairPage.getByRole('region', { name: 'Expert reviewers’ form' });
    await expectVisible(expertForm.getByRole('button', { name: 'Delete: question 1', disabled: true }));
    await chairBrowser.screenshotBoth('56-chair-review-settings');

    await page.reload();
    await expectText(reviews.review(community.name), WORRY);
    await expectText(reviews.review('Expert A'), COMMENTS);
    await expectNoText(reviews.section, expert.name);
    await expectNoText(reviews.section, CONFIDENTIAL);
    await authorBrowser.screenshotBoth('57-author-reads-reviews');
  });
});
