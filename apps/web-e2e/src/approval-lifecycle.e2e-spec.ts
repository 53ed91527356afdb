// An approval's life after the decision, in real browsers, one Chromium profile per person, against
// the built web app served by the real API (FerretDB, SMTP catcher), with the API's clock moved.
//
// The world is set up through the GraphQL API as each person: a venue, the author's statement
// confirmed expedited, an expert who reviews it, and the chair's "approved" sent to the authors; its
// plan releases the training code in two stages, the second gated. Then time moves on to twenty days
// before the approval expires: the schedule opens the continuing review and the author is reminded
// by mail. In the pages: the author files the continuing-review report; the expert recommends
// advancing a release stage; the chair decides so, and the training code's second stage opens in the
// release schedule. A member of the public reports misuse on the approval's public page and confirms
// the address from the mail; the chair suspends the distribution of the voice model alone from the
// report; the author is told by mail, and the approval's timeline shows it all. Each step is also
// looked at 390 px wide.
import { ApprovalPanel, ContinuingReviewSection } from './pages/approval.page';
import type { Account } from './pages/auth.page';
import { ContinuingReviewPage, IncidentTriage } from './pages/continuing-review.page';
import { IncidentReportForm } from './pages/registry.page';
import { SubmissionPage } from './pages/submission.page';
import { linkIn, PersonBrowser, waitForMailWhere } from './support/browser';
import { resetClock, setClockAhead } from './support/clock';
import { expectHidden, expectText, expectVisible } from './support/expect';
import { graphql } from './support/graphql-api';
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

const DAY = 86_400_000;
const run = `l${Date.now().toString(36)}`;
const chair: Account = { name: 'Rhea Chair', email: `rhea.${run}@example.org`, password: 'chair-password-1' };
const author = invitee('Amal Author', 'author', run);
const expert = invitee('Emil Expert', 'expert_reviewer', run);
const reporterEmail = `reporter.${run}@example.org`;

const venue = {
  name: 'Conference on Speech Synthesis 2034',
  shortName: `CSS34-${run}`,
  deadline: '2034-03-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const PROGRESS = 'The paper is out and the inference code was released to accredited labs.';
const INCIDENTS = 'None that we know of: no reports reached us and we saw no misuse.';
const MILESTONES = 'A detector of cloned voices now reaches 96% accuracy on the benchmark.';
const AMENDMENT = 'An equivalent training recipe is public now; keeping ours behind a form protects nobody.';
const ADVANCE = 'The detector is ready and nothing was misused: release the training code.';
const WHAT_HAPPENED =
  'Voices cloned with the released model were used in phone scams against pensioners in two towns.';
const SUSPENSION = 'The model’s voices were used in phone scams; its distribution stops until it is watermarked.';
const ANSWER = 'Thank you. The committee stopped the distribution of the voice model while it looks into it.';

describe('an approval lives on: continuing review advances a stage, a public report suspends one artifact', () => {
  let chairBrowser: PersonBrowser;
  let authorBrowser: PersonBrowser;
  let expertBrowser: PersonBrowser;
  let venueId = '';
  let submissionId = '';
  let approvalId = '';
  let reference = '';

  beforeAll(async () => {
    [chairBrowser, authorBrowser, expertBrowser] = await Promise.all([
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
    ]);
  });

  afterAll(async () => {
    // The specs share one API: time goes back to now for those that follow.
    resetClock();
    await Promise.all([chairBrowser?.close(), authorBrowser?.close(), expertBrowser?.close()]);
  });

  it('sets up the world: an expedited statement reviewed by an expert and approved with its staged plan', async () => {
    const page = chairBrowser.page;
    venueId = await openConferenceAsNewChair(page, chair, venue);
    await joinByInvitation(page, venueId, author, authorBrowser.page);
    const expertId = await joinByInvitation(page, venueId, expert, expertBrowser.page);
    const statement = await submitFixtureStatement(authorBrowser.page, venueId, TITLE);
    submissionId = statement.id;
    await confirmSuggestedTier(page, submissionId, statement.revision, 'expedited');
    await assignReviewer(page, submissionId, expertId, expertBrowser.page);
    await submitExpertReview(expertBrowser.page, submissionId);
    // The committee releases the inference code with the paper; the training code waits for its gate.
    await decideAndSend(page, submissionId, 'approved', [], (plan) =>
      plan.map((item) =>
        item['artifactKey'] === 'code'
          ? {
              ...item,
              stages: [
                { description: 'Inference code only.', opensOn: null, trigger: 'With the paper.' },
                { description: 'Training code.', opensOn: null, trigger: 'A detector reaches 95% accuracy.' },
              ],
            }
          : item,
      ),
    );
    const { submission } = await graphql(
      page,
      `
        query ($s: ID!) {
          submission(id: $s) {
            approval {
              id
              expiresAt
            }
          }
        }
      `,
      { s: submissionId },
    );
    approvalId = submission.approval.id;
    expect(submission.approval.expiresAt).not.toBeNull();
  }, 300000);

  it('time moves to twenty days before expiry: the continuing review opens and the author is reminded', async () => {
    const { submission } = await graphql(
      chairBrowser.page,
      `
        query ($s: ID!) {
          submission(id: $s) {
            approval {
              expiresAt
            }
          }
        }
      `,
      { s: submissionId },
    );
    setClockAhead(new Date(submission.approval.expiresAt).getTime() - Date.now() - 20 * DAY);
    const reminder = await waitForMailWhere(
      author.email,
      (m) => m.subject.startsWith('Continuing review due in'),
      30000,
    );
    expect(reminder.subject).toContain(TITLE);

    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Under re-evaluation');
    await expectText(approval.section, /in (19|20) days/);
    const schedule = approval.section.getByRole('region', { name: 'Release schedule' });
    await expectVisible(schedule);
    await expectText(schedule, 'Training code');
    await authorBrowser.screenshotBoth('140-author-approval-near-expiry');

    const review = new ContinuingReviewSection(page);
    await review.expectState('Open');
    await expectText(review.section, 'Continuing review due');
    await review.question('Progress since the approval').fill(PROGRESS);
    await review.question('Incidents and misuse you know of').fill(INCIDENTS);
    await review.question('Release milestones reached').fill(MILESTONES);
    await review.fileReport();
    await expectText(review.status, 'Your report is filed.');
    await expectText(review.report, MILESTONES);
    await authorBrowser.screenshotBoth('141-author-report-filed');
  });

  it('the expert, a reviewer of record, recommends advancing a release stage', async () => {
    const page = expertBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const review = new ContinuingReviewSection(page);
    await expectText(review.report, PROGRESS);
    await review.recommend('Advance a release stage', ADVANCE);
    await expectText(review.status, 'Your recommendation is recorded.');
    await expertBrowser.screenshotBoth('142-expert-recommends-advance');
  });

  it('the chair decides to advance: the training code’s second stage opens', async () => {
    const page = chairBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const review = new ContinuingReviewSection(page);
    await expectText(review.recommendations, ADVANCE);
    const form = review.decisionForm;
    await form.getByRole('radio', { name: /^Advance a release stage/ }).check();
    const stages = form.getByRole('group', { name: /Stages to open/ });
    await expectVisible(stages);
    await stages.getByRole('checkbox', { name: /Training code/ }).check();
    await chairBrowser.screenshotBoth('143-chair-decides-advance');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await expectText(review.status, /Decided: advance a release stage/);

    const approval = new ApprovalPanel(page);
    await approval.expectState('Active');
    const schedule = approval.section.getByRole('region', { name: 'Release schedule' });
    const second = schedule.getByRole('list', { name: /^Training code/ }).getByRole('listitem').filter({ hasText: 'Stage 2' });
    await expectText(second, 'Open');
    await expectText(second, 'Its gate passed');
    await chairBrowser.screenshotBoth('144-chair-stage-opened');
  });

  it('the author asks to release the training code to the public; the chair approves the amendment', async () => {
    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const amendments = page.getByRole('region', { name: 'Amendments', exact: true });
    await amendments.getByRole('button', { name: 'Request an amendment' }).click();
    const form = amendments.getByRole('form', { name: 'Request an amendment' });
    await form.getByRole('textbox', { name: 'Reason for the amendment' }).fill(AMENDMENT);
    await form.getByLabel('Training code: to whom').selectOption({ label: 'Public' });
    await authorBrowser.screenshotBoth('145-author-requests-amendment');
    await form.getByRole('button', { name: 'Request the amendment' }).click();
    await expectText(amendments.getByRole('status').first(), 'Amendment requested.');

    const chairPage = chairBrowser.page;
    await new SubmissionPage(chairPage).goto(submissionId);
    const chairAmendments = chairPage.getByRole('region', { name: 'Amendments', exact: true });
    const request = chairAmendments.getByRole('region', { name: 'Amendment 1' });
    await expectText(request, AMENDMENT);
    await expectText(request, 'A wider distribution');
    const decide = request.getByRole('form', { name: 'Decide the amendment' });
    await decide.getByRole('radio', { name: 'Approve the amendment' }).check();
    await decide.getByRole('button', { name: 'Decide' }).click();
    await expectText(chairAmendments.getByRole('status').first(), 'Amendment approved.');
    await chairBrowser.screenshotBoth('146-chair-approves-amendment');
  });

  it('someone reports misuse on the public page and confirms the address from the mail', async () => {
    const visitor = await PersonBrowser.open();
    try {
      const page = visitor.page;
      await page.goto(`/approvals/${approvalId}`);
      const form = new IncidentReportForm(page);
      await form.whatHappened.fill(WHAT_HAPPENED);
      await form.link(1).fill('https://news.example.org/voice-scams');
      await form.email.fill(reporterEmail);
      await form.send();
      await expectText(form.status, 'Check your inbox');
      const mail = await waitForMailWhere(
        reporterEmail,
        (m) => m.subject.startsWith('Confirm your incident report'),
        30000,
      );
      await page.goto(linkIn(mail, '/incidents/confirm/'));
      await expectVisible(page.getByRole('heading', { name: 'Report confirmed', level: 1 }));
      reference = /IR-[0-9A-F]{6}/.exec(await page.getByRole('main').innerText())?.[0] ?? '';
      expect(reference).not.toBe('');
      await visitor.screenshotBoth('147-report-confirmed');
    } finally {
      await visitor.close();
    }
  });

  it('the chair suspends the distribution of the voice model alone from the report', async () => {
    const page = chairBrowser.page;
    const dashboard = new ContinuingReviewPage(page);
    await dashboard.goto(venueId);
    const triage = new IncidentTriage(dashboard.incident(reference));
    await triage.start('Suspend at once');
    await triage.tick('Voice model');
    await triage.reason.fill(SUSPENSION);
    await triage.answer.fill(ANSWER);
    await triage.confirm('Suspend at once');
    await expectText(triage.status, 'The approval is suspended and the reporter was sent your answer.');
    await expectHidden(triage.form);
    await chairBrowser.screenshotBoth('148-chair-suspends-voice-model');
  });

  it('the author is told, sees the voice model held, and the timeline shows it all', async () => {
    const mail = await waitForMailWhere(
      author.email,
      (m) => m.subject.startsWith('Approval suspended'),
      30000,
    );
    expect(mail.text).toContain('The suspension covers the release of: Voice model.');

    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Suspended');
    const schedule = approval.section.getByRole('region', { name: 'Release schedule' });
    await expectText(schedule.getByRole('list', { name: /^Voice model/ }).getByRole('listitem').first(), 'Held');
    await authorBrowser.screenshotBoth('149-author-voice-model-held');

    await approval.section.getByRole('link', { name: 'Timeline' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Approval timeline', level: 1 }));
    const timeline = page.getByRole('main');
    for (const entry of [
      'Approval granted',
      'Re-evaluation opened',
      'Continuing-review report filed',
      'Release stage advanced',
      'Release opened: Training code, stage 2',
      'Amendment requested',
      'Amendment approved',
      'Approval suspended',
    ])
      await expectText(timeline, entry);
    await expectText(timeline, `Incident report ${reference}`);
    // Recommendations and the report itself stay with the committee.
    expect(await timeline.innerText()).not.toContain('Re-evaluation recommendation');
    expect(await timeline.innerText()).not.toContain(WHAT_HAPPENED);
    await authorBrowser.screenshotBoth('150-author-approval-timeline');
  });
});
