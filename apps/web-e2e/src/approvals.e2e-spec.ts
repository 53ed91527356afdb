// Approvals after the decision, in real browsers, one Chromium profile per person, against the built
// web app served by the real API (FerretDB, SMTP catcher).
//
// The world is set up through the GraphQL API as each person (their browser's session): a venue, the
// author's statement confirmed expedited, an expert who reviews it, and the chair's "approved with
// conditions" sent to the authors. Then, in the pages: the chair sets the venue's continuing-review
// policy (a period out of range is refused on its field first); on the statement the chair suspends
// the release of the voice model alone, first without a reason (refused on the field), then with one;
// the author gets the required "Approval suspended" mail and reads the suspension and what it asks
// of them; the chair reinstates the approval; the author closes it; and the author's notification
// settings show approval notices as required. Each step is also looked at 390 px wide.
import { ApprovalPanel, ContinuingReviewSettings } from './pages/approval.page';
import type { Account } from './pages/auth.page';
import { SubmissionPage } from './pages/submission.page';
import { VenuePage } from './pages/venue.page';
import { PersonBrowser, waitForMailWhere } from './support/browser';
import { expectFocused, expectHidden, expectNoText, expectText, expectVisible } from './support/expect';
import {
  assignReviewer,
  confirmSuggestedTier,
  decideAndSend,
  invitee,
  joinByInvitation,
  openConferenceAsNewChair,
  submitExpertReview,
  submitFixtureStatement,
} from './support/world';

const run = `a${Date.now().toString(36)}`;
const chair: Account = { name: 'Rhea Chair', email: `rhea.${run}@example.org`, password: 'chair-password-1' };
const author = invitee('Amal Author', 'author', run);
const expert = invitee('Emil Expert', 'expert_reviewer', run);

const venue = {
  name: 'Conference on Speech Synthesis 2032',
  shortName: `CSS32-${run}`,
  deadline: '2032-03-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const SUSPENSION =
  'Cloned voices from the released demo were used in phone scams; the model stays back until it is watermarked.';
const REINSTATEMENT = 'The demo is now watermarked and gated behind a request form.';
const PARTLY_SUSPENDED =
  'Release nothing more of the suspended artifacts until the committee reinstates the approval.';

describe('approvals: the continuing-review policy, a partial suspension, reinstatement and closing', () => {
  let chairBrowser: PersonBrowser;
  let authorBrowser: PersonBrowser;
  let expertBrowser: PersonBrowser;
  let venueId = '';
  let submissionId = '';

  beforeAll(async () => {
    [chairBrowser, authorBrowser, expertBrowser] = await Promise.all([
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([chairBrowser?.close(), authorBrowser?.close(), expertBrowser?.close()]);
  });

  it('sets up the world: an expedited statement reviewed by an expert and approved with conditions', async () => {
    const page = chairBrowser.page;
    venueId = await openConferenceAsNewChair(page, chair, venue);
    await joinByInvitation(page, venueId, author, authorBrowser.page);
    const expertId = await joinByInvitation(page, venueId, expert, expertBrowser.page);

    const statement = await submitFixtureStatement(authorBrowser.page, venueId, TITLE);
    submissionId = statement.id;
    expect(statement.suggestedTier).toBe('expedited');
    await confirmSuggestedTier(page, submissionId, statement.revision, 'expedited');
    await assignReviewer(page, submissionId, expertId, expertBrowser.page);
    await submitExpertReview(expertBrowser.page, submissionId);
    await decideAndSend(page, submissionId, 'approved_with_conditions', [
      {
        text: 'Withhold the trained model; grant access on request to accredited researchers.',
        artifactKey: 'model',
      },
    ]);
  }, 300000);

  it('the chair sets the continuing-review policy; a period out of range is refused on its field first', async () => {
    const page = chairBrowser.page;
    const venuePage = new VenuePage(page);
    await venuePage.goto(venueId);
    await venuePage.openSettings();
    const policy = new ContinuingReviewSettings(page);
    await expectVisible(policy.section);
    // The venue starts from the usual policy: a year for expedited and full review, exempt without end.
    expect(await policy.months('expedited').inputValue()).toBe('12');
    expect(await policy.months('exempt').isDisabled()).toBe(true);

    await policy.months('expedited').fill('0');
    await policy.save();
    await expectText(
      policy.section,
      'Give the period in whole months, from 1 to 60, or leave it without end.',
    );
    await expectFocused(policy.months('expedited'));
    expect(await policy.months('expedited').getAttribute('aria-invalid')).toBe('true');
    await chairBrowser.screenshot('90-chair-continuing-review-refused');

    await policy.months('expedited').fill('6');
    await policy.removeReminder(60);
    await policy.addReminder(45);
    await policy.save();
    await expectText(policy.section, 'Continuing-review policy saved.');
    await expectNoText(policy.section, 'Give the period');
    await chairBrowser.screenshotBoth('90b-chair-continuing-review-saved');
  });

  it('the chair suspends only the voice model’s release: first without a reason, refused on the field, then with one', async () => {
    const page = chairBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Active');
    await expectText(approval.section, 'Approved with conditions for version 1');
    await expectText(approval.section, /Holds until .+ — in \d+ days/);
    // The bar says in words how far through its period the approval is, with the new reminders.
    expect(await approval.timeline.getAttribute('aria-label')).toMatch(
      /^Approval period from .+ to .+: today is \d+% of the way through, \d+ days left\. Reminders 45, 30, 14, 7 and 1 days before expiry; none sent yet\.$/,
    );
    await chairBrowser.screenshotBoth('91-chair-approval-active');

    await approval.start('Suspend…');
    await approval.tick('Voice model');
    await expectText(approval.form, 'Only the release of 1 artifact stops; the rest of the approval holds.');
    await approval.confirm('Suspend 1 artifact');
    await expectFocused(approval.reason);
    expect(await approval.reason.getAttribute('aria-invalid')).toBe('true');
    expect(await approval.reasonError()).toBe(
      'Give the reason, in a sentence or more (at least 10 characters).',
    );
    await chairBrowser.screenshotBoth('92-chair-suspension-needs-reason');

    await approval.reason.fill(SUSPENSION);
    await approval.confirm('Suspend 1 artifact');
    await expectText(
      approval.status,
      'The approval is suspended. The authors, the chairs and the reviewers are told by email.',
    );
    await expectHidden(approval.form);
    await approval.expectState('Suspended');
    await expectText(approval.section, `What this means: ${PARTLY_SUSPENDED}`);
    await expectText(approval.section, 'Suspended releases (the rest of the approval holds):');
    await expectText(approval.section.locator('.approval__suspended li'), 'Voice model');
    await expectText(approval.section, `Suspended by ${chair.name} (chair)`);
    await expectText(approval.section, SUSPENSION);
    await chairBrowser.screenshotBoth('93-chair-partly-suspended');
  });

  it('the author is told by mail and reads the suspension and what it asks of them', async () => {
    const mail = await waitForMailWhere(author.email, (m) => m.subject.startsWith('Approval suspended'));
    expect(mail.text).toContain(SUSPENSION);
    expect(mail.text).toContain('Voice model');

    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Suspended');
    await expectText(approval.section, PARTLY_SUSPENDED);
    await expectText(approval.section, 'Voice model');
    await expectText(approval.section, SUSPENSION);
    // Authors may only close an approval, and not while it is suspended.
    await expectHidden(approval.actions);
    await authorBrowser.screenshotBoth('94-author-reads-suspension');
  });

  it('the chair reinstates the approval', async () => {
    const page = chairBrowser.page;
    await page.reload();
    const approval = new ApprovalPanel(page);
    await approval.expectState('Suspended');
    await approval.start('Reinstate…');
    await approval.reason.fill(REINSTATEMENT);
    await approval.confirm('Reinstate the approval');
    await expectText(approval.status, 'The approval is reinstated.');
    await approval.expectState('Active');
    await expectNoText(approval.section, 'Suspended releases');
    await expectText(approval.section, REINSTATEMENT);
    await chairBrowser.screenshotBoth('95-chair-reinstated');
  });

  it('the author closes the approval once the work is finished', async () => {
    const page = authorBrowser.page;
    await page.reload();
    const approval = new ApprovalPanel(page);
    await approval.expectState('Active');
    expect(await approval.actions.getByRole('button').allInnerTexts()).toEqual(['Close the approval…']);
    await approval.start('Close the approval…');
    await expectText(approval.form, 'Note (optional)');
    await authorBrowser.screenshotBoth('96-author-closing');
    await approval.confirm('Close the approval');
    await expectText(
      approval.status,
      'The approval is closed. The authors and the chairs are told by email.',
    );
    await approval.expectState('Closed');
    await expectText(approval.section, 'The approval is closed: the work under it is finished.');
    await expectText(approval.section, `Closed by ${author.name} (author)`);
    await expectHidden(approval.actions);
    await authorBrowser.screenshotBoth('97-author-closed');

    // The chair sees it closed, with nothing left to change.
    await chairBrowser.page.reload();
    const theirs = new ApprovalPanel(chairBrowser.page);
    await theirs.expectState('Closed');
    await expectHidden(theirs.actions);
  });

  it('the author’s notification settings show approval notices as required, with no choice to make', async () => {
    const page = authorBrowser.page;
    await page.goto('/settings/notifications');
    const general = page.getByRole('region', { name: 'All venues' });
    await expectVisible(general);
    for (const notice of await general.locator('.notification-required').all())
      await expectText(notice, 'Always, by email — a required notice');
    expect(await general.locator('.notification-required').count()).toBe(2);
    await authorBrowser.screenshotBoth('98-author-required-notices');
  });
});
