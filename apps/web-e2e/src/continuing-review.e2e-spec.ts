// Continuing review and incident reports, in real browsers, one Chromium profile per person, against
// the built web app served by the real API (FerretDB, SMTP catcher).
//
// The world is set up through the GraphQL API as each person: a venue, the author's statement
// confirmed expedited, an expert who reviews it, and the chair's "approved with conditions" sent to
// the authors; then the venue's policy shortens an expedited approval's period to 6 months, so a
// continuation shows a new expiry. In the pages: the chair opens a re-evaluation from the approval
// panel; the author files the continuing-review report (first without the incidents answer: refused
// on the field); the expert recommends "continue"; the chair reads the tally and decides "continue"
// (the new expiry shows); the venue's Continuing review page counts the approval. Then a member of the
// public reports an incident (GraphQL, anonymous) and confirms it from the mail's link; the chair
// follows their notification mail's link to the report, tries "Suspend at once" without an answer
// (refused on the field), then suspends only the voice model; the reporter gets the answer and the
// statement's approval panel shows the partial suspension. Each step is also looked at 390 px wide.
import { ApprovalPanel, ContinuingReviewSection, errorOf } from './pages/approval.page';
import type { Account } from './pages/auth.page';
import { ContinuingReviewPage, IncidentTriage } from './pages/continuing-review.page';
import { SubmissionPage } from './pages/submission.page';
import { VenuePage } from './pages/venue.page';
import { linkIn, PersonBrowser, waitForMailWhere } from './support/browser';
import { expectFocused, expectHidden, expectInViewport, expectText, expectVisible } from './support/expect';
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

const run = `c${Date.now().toString(36)}`;
const chair: Account = { name: 'Rhea Chair', email: `rhea.${run}@example.org`, password: 'chair-password-1' };
const author = invitee('Amal Author', 'author', run);
const expert = invitee('Emil Expert', 'expert_reviewer', run);
const reporterEmail = `reporter.${run}@example.org`;

const venue = {
  name: 'Conference on Speech Synthesis 2033',
  shortName: `CSS33-${run}`,
  deadline: '2033-03-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const CONDITION = 'Withhold the trained model; grant access on request to accredited researchers.';
const OPENING = 'A replication of the model appeared online; the committee looks at the approval again.';
const PROGRESS = 'The paper is published; the model stays withheld and three labs were granted access.';
const INCIDENTS = 'None that we know of: no reports reached us and we saw no misuse.';
const RECOMMENDATION = 'The report answers the condition and nothing was misused: continue as approved.';
const WHAT_HAPPENED =
  'Voices cloned with the released demo were used in phone scams against pensioners in three towns last week.';
const SUSPENSION =
  'The demo’s voices were used in phone scams; the model stays back until it is watermarked.';
const ANSWER =
  'Thank you for your report. The committee suspended the release of the voice model while it looks into it.';

describe('continuing review: a re-evaluation from report to decision, and an incident report triaged', () => {
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
    await Promise.all([chairBrowser?.close(), authorBrowser?.close(), expertBrowser?.close()]);
  });

  it('sets up the world: an expedited statement reviewed by an expert and approved with a condition', async () => {
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
      { text: CONDITION, artifactKey: 'model' },
    ]);

    // The approval was granted for a year; a continuation now holds 6 months, so its new expiry shows.
    const { venue: current, submission } = await graphql(
      page,
      `
        query ($v: ID!, $s: ID!) {
          venue(id: $v) {
            revision
            continuingReviewPolicy {
              reminderDays
            }
          }
          submission(id: $s) {
            approval {
              id
            }
          }
        }
      `,
      { v: venueId, s: submissionId },
    );
    approvalId = submission.approval.id;
    await graphql(
      page,
      `
        mutation ($v: ID!, $p: ContinuingReviewPolicyInput!, $rev: Int!) {
          updateContinuingReviewPolicy(venueId: $v, policy: $p, expectedRevision: $rev) {
            id
          }
        }
      `,
      {
        v: venueId,
        rev: current.revision,
        p: {
          periodMonths: { exempt: null, expedited: 6, full: 12 },
          reminderDays: current.continuingReviewPolicy.reminderDays,
        },
      },
    );
  }, 300000);

  it('the chair opens a re-evaluation from the approval panel, with its reason', async () => {
    const page = chairBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Active');
    await expectVisible(approval.section.getByRole('link', { name: 'Public page' }));
    await approval.start('Open re-evaluation…');
    await approval.reason.fill(OPENING);
    await approval.confirm('Open the re-evaluation');
    await expectText(approval.status, 'The re-evaluation is open.');
    await approval.expectState('Under re-evaluation');

    const review = new ContinuingReviewSection(page);
    await review.expectState('Open');
    await expectText(review.section, '· Opened by a chair');
    await expectText(review.section, OPENING);
    await expectText(review.report, 'The authors have not filed their continuing-review report yet.');
    // No report yet: deciding would need the reason the committee goes without it.
    await expectVisible(review.decisionForm.getByRole('textbox', { name: /without the authors’ report/ }));
    await expectText(review.recommendations, 'No reviewer of record has recommended an outcome yet.');
    await chairBrowser.screenshotBoth('100-chair-reevaluation-opened');
  });

  it('the author files the continuing-review report: first without the incidents answer, refused on the field', async () => {
    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const review = new ContinuingReviewSection(page);
    await expectVisible(review.reportForm);
    await expectText(review.reportForm, CONDITION);
    await review.question('Progress since the approval').fill(PROGRESS);
    await review.conditionStatus(1, 'Met');
    await review.fileReport();
    const incidents = review.question('Incidents and misuse you know of');
    await expectFocused(incidents);
    expect(await incidents.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(incidents)).toBe('Answer this in a sentence or more (at least 10 characters).');
    await authorBrowser.screenshotBoth('101-author-report-needs-incidents');

    await incidents.fill(INCIDENTS);
    await review.fileReport();
    await expectText(review.status, 'Your report is filed. The chairs and the reviewers are told by email.');
    await expectHidden(review.reportForm);
    await expectText(review.report, PROGRESS);
    await expectText(review.report, INCIDENTS);
    await expectText(review.report, `Filed by ${author.name}`);
    await expectVisible(review.report.getByRole('button', { name: 'Change the report' }));
    await authorBrowser.screenshotBoth('102-author-report-filed');
  });

  it('the expert, a reviewer of record, recommends “continue”', async () => {
    const page = expertBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const review = new ContinuingReviewSection(page);
    await expectText(review.report, PROGRESS);
    await review.recommend('Continue for a new period', RECOMMENDATION);
    await expectText(
      review.status,
      'Your recommendation is recorded. The chairs read it before they decide.',
    );
    await expectText(review.recommendations, 'You recommended');
    await expectText(review.recommendations, RECOMMENDATION);
    await expertBrowser.screenshotBoth('103-expert-recommended');
  });

  it('the chair reads the report and the tally, and decides “continue”: the approval holds for a new period', async () => {
    const page = chairBrowser.page;
    await page.reload();
    const review = new ContinuingReviewSection(page);
    await expectText(review.report, INCIDENTS);
    expect(await review.tally.getAttribute('aria-label')).toBe(
      '1 reviewer recommends: 1 continue for a new period.',
    );
    await expectText(review.recommendations, expert.name);
    await expectText(review.recommendations, RECOMMENDATION);
    // The report is filed: no reason for deciding without it is asked.
    await expectHidden(review.decisionForm.getByRole('textbox', { name: /without the authors’ report/ }));
    await review.decisionForm.getByRole('radio', { name: /^Continue for a new period/ }).check();
    await expectText(review.decisionForm, /It then holds 6 months, until/);
    await chairBrowser.screenshotBoth('104-chair-tally-and-decision');

    await review.decide('Continue for a new period');
    await expectText(
      review.status,
      'Decided: continue for a new period. The authors and the chairs are told by email.',
    );
    await review.expectState('Decided');
    await expectHidden(review.decisionForm);
    await expectText(review.decision, /the approval now holds until/);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Active');
    await expectText(approval.section, /Holds until .+ — in 18\d days/);
    await chairBrowser.screenshotBoth('105-chair-reevaluation-decided');
  });

  it('the chair’s Continuing review page counts the approval, now and in the chart', async () => {
    const page = chairBrowser.page;
    const venuePage = new VenuePage(page);
    await venuePage.goto(venueId);
    const dashboard = await venuePage.openContinuingReview();
    await expectVisible(dashboard.tile('Active'));
    await expectText(dashboard.tile('Active'), '1');
    expect(await dashboard.chart.getAttribute('aria-label')).toMatch(/Now 1 in all: 1 active\./);
    await expectText(dashboard.list('Due in the next 90 days'), 'No approval expires in the next 90 days.');
    await expectText(dashboard.list('Lapsed'), 'No approval lapsed');
    await expectText(dashboard.incidents, 'No incident reports.');
    await chairBrowser.screenshotBoth('106-chair-continuing-review-page');
  });

  it('someone reports an incident and confirms it from the mail’s link; the chair follows their mail to it', async () => {
    const publicBrowser = await PersonBrowser.open();
    try {
      await graphql(
        publicBrowser.page,
        `
          mutation ($input: IncidentReportInput!) {
            reportIncident(input: $input) {
              email
            }
          }
        `,
        {
          input: {
            approvalId,
            whatHappened: WHAT_HAPPENED,
            evidenceLinks: ['https://news.example.org/voice-scams'],
            email: reporterEmail,
            shareWithAuthors: false,
          },
        },
      );
      const confirmMail = await waitForMailWhere(reporterEmail, (m) =>
        m.subject.startsWith('Confirm your incident report'),
      );
      const token = linkIn(confirmMail, '/incidents/confirm/').split('/incidents/confirm/')[1] ?? '';
      const { confirmIncidentReport } = await graphql(
        publicBrowser.page,
        `
          mutation ($token: String!) {
            confirmIncidentReport(token: $token) {
              reference
            }
          }
        `,
        { token },
      );
      reference = confirmIncidentReport.reference;
    } finally {
      await publicBrowser.close();
    }

    const mail = await waitForMailWhere(
      chair.email,
      (m) => m.subject.startsWith('Incident reported: '),
      30000,
    );
    const link = linkIn(mail, '/continuing-review#incident-');
    const page = chairBrowser.page;
    // As from a mail client: a fresh load of the page (not a jump within the one already open).
    await page.goto('/');
    await page.goto(link);
    const dashboard = new ContinuingReviewPage(page);
    const report = dashboard.incident(reference);
    await expectVisible(report);
    await expectFocused(report);
    await expectInViewport(report);
    await expectText(report, 'Open');
    await expectText(report, WHAT_HAPPENED);
    await expectText(report, reporterEmail);
    await expectText(report, 'Not to be named to the authors.');
    expect(
      await report.getByRole('link', { name: 'https://news.example.org/voice-scams' }).getAttribute('rel'),
    ).toBe('noopener noreferrer nofollow');
    await chairBrowser.screenshotBoth('107-chair-incident-from-mail');
  });

  it('the chair suspends only the voice model from the report: first without an answer, refused on the field', async () => {
    const page = chairBrowser.page;
    const dashboard = new ContinuingReviewPage(page);
    const triage = new IncidentTriage(dashboard.incident(reference));
    await triage.start('Suspend at once');
    await triage.tick('Voice model');
    await expectText(triage.form, 'Only the release of 1 artifact stops; the rest of the approval holds.');
    await triage.reason.fill(SUSPENSION);
    await triage.confirm('Suspend at once');
    await expectFocused(triage.answer);
    expect(await triage.answer.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(triage.answer)).toBe('Write the answer the reporter gets (at least 10 characters).');
    await chairBrowser.screenshotBoth('108-chair-suspension-needs-answer');

    await triage.answer.fill(ANSWER);
    await triage.confirm('Suspend at once');
    await expectText(triage.status, 'The approval is suspended and the reporter was sent your answer.');
    await expectHidden(triage.form);
    const report = dashboard.incident(reference);
    await expectText(report, 'Resolved');
    await expectText(report, `by ${chair.name}`);
    await expectText(report, ANSWER);
    // The page's figures follow: the approval is now counted as suspended and listed so.
    await expectText(dashboard.tile('Suspended'), '1');
    await expectText(dashboard.list('Suspended'), TITLE);
    await chairBrowser.screenshotBoth('109-chair-incident-suspended');
  });

  it('the reporter gets the answer, and the statement’s approval shows the partial suspension', async () => {
    const mail = await waitForMailWhere(reporterEmail, (m) =>
      m.subject.startsWith('Answer to your incident report'),
    );
    expect(mail.text).toContain(ANSWER);
    expect(mail.text).toContain(reference);

    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const approval = new ApprovalPanel(page);
    await approval.expectState('Suspended');
    await expectText(approval.section, 'Suspended releases (the rest of the approval holds):');
    await expectText(approval.section.locator('.approval__suspended li'), 'Voice model');
    await expectText(approval.section, `Incident report ${reference}: ${SUSPENSION}`);
    await authorBrowser.screenshotBoth('110-author-approval-partly-suspended');
  });
});
