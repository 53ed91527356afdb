// Discussion, the authors' response and the decision in real browsers, one Chromium profile per
// person, against the built web app served by the real API (FerretDB, SMTP catcher).
//
// The people join the way people do (sign-up and invitation mails, in their own browsers); the
// statement, its tier, the reviewer's assignment and review are set up through the GraphQL API as
// each person (their browser's session), since other specs drive those pages. Then, in the pages:
// the chair and the reviewer discuss the statement with mentions (the reviewer comes from the
// mention mail's #discussion link); the chair releases the reviews and opens the response phase in
// the settings; the author responds, first over the word limit; the chair records "approved with
// conditions" with a standard condition and a changed release plan, edits the letter and sends it;
// the author gets the letter by mail and reads the decision with the plan side by side. The
// statement page is also looked at 390 px wide, where nothing may scroll sideways.
import type { Account } from './pages/auth.page';
import {
  AuthorResponseSection,
  DecisionSection,
  DiscussionSection,
  ResponsePhaseSettings,
} from './pages/decision.page';
import { InvitationPage } from './pages/invitation.page';
import { MySubmissionsPage, SubmissionPage } from './pages/submission.page';
import { VenuePage } from './pages/venue.page';
import { linkIn, mailIds, PersonBrowser, waitForMail, waitForMailWhere } from './support/browser';
import {
  expectFocused,
  expectHidden,
  expectInViewport,
  expectNoText,
  expectText,
  expectVisible,
} from './support/expect';
import { graphql } from './support/graphql-api';
import {
  assignReviewer,
  confirmSuggestedTier,
  openConferenceAsNewChair,
  submitExpertReview,
  submitFixtureStatement,
} from './support/world';

const run = `d${Date.now().toString(36)}`;
const PASSWORD = 'correct horse battery staple';
const chair: Account = { name: 'Dana Chair', email: `dana.${run}@example.org`, password: 'chair-password-1' };
const author: Account = { name: 'Amir Author', email: `amir.${run}@example.org`, password: PASSWORD };
const expert: Account = { name: 'Esther Expert', email: `esther.${run}@example.org`, password: PASSWORD };

const venue = {
  name: 'Symposium on Generative Audio 2031',
  shortName: `SGA31-${run}`,
  deadline: '2031-04-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const WORD_LIMIT = 50;
const RESPONSE =
  'We thank the reviewer. We will withhold the trained model and grant access only to accredited researchers who sign the use terms; requests are checked by two of the authors.';
const WITHHOLD = 'Withhold the trained model; grant access on request to accredited researchers.';
const LETTER_PS = 'With thanks to the reviewer for a careful reading.';

describe('decisions: discussion, the authors’ response, and a decision with its letter', () => {
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

  /** The chair invites `person`; they accept from the mail in their own browser, creating the account. */
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
    await expectText(new MySubmissionsPage(browser.page).flash, 'You are now');
  }

  it('sets up the world: a venue, an expedited statement with its tier confirmed, an expert who reviewed it', async () => {
    const page = chairBrowser.page;
    venueId = await openConferenceAsNewChair(page, chair, venue);
    await join(author, 'Author', authorBrowser);
    await join(expert, 'Expert reviewer', expertBrowser);

    // The author registers the work and submits the statement (the fixture: expedited, three artifacts).
    const statement = await submitFixtureStatement(authorBrowser.page, venueId, TITLE);
    submissionId = statement.id;
    expect(statement.suggestedTier).toBe('expedited');

    // The chair confirms the tier and assigns the expert, who accepts and submits a review.
    await confirmSuggestedTier(page, submissionId, statement.revision, 'expedited');
    const { me } = await graphql(
      expertBrowser.page,
      `
        query {
          me {
            id
          }
        }
      `,
    );
    await assignReviewer(page, submissionId, me.id, expertBrowser.page);
    await submitExpertReview(expertBrowser.page, submissionId);
  }, 300000);

  it('the chair and the reviewer discuss the statement, mentioning each other; the mention mail leads to #discussion', async () => {
    const page = chairBrowser.page;
    const submission = new SubmissionPage(page);
    await submission.goto(submissionId);
    await submission.expectLoaded(TITLE);
    const discussion = new DiscussionSection(page);
    await expectText(discussion.section, 'No comments yet.');
    // The authors never read it, and the page says so.
    await expectText(discussion.section, 'The authors never read it.');
    const seen = await mailIds(expert.email);
    await discussion.post(
      'Is withholding the model enough, or should the paper leave out the training recipe too?',
      [expert.name],
    );
    await expectText(discussion.comment(`${chair.name} (chair) (you)`), 'training recipe');
    await expectText(discussion.comment(`${chair.name} (chair) (you)`), `@${expert.name}`);

    // The reviewer is told by mail and follows its link to the discussion.
    const mail = await waitForMailWhere(
      expert.email,
      (m) => !seen.has(m.id) && m.subject.startsWith('You were mentioned:'),
    );
    expect(mail.subject).toBe(`You were mentioned: ${TITLE} (${venue.shortName})`);
    const link = linkIn(mail, '/submissions/');
    expect(link).toMatch(/#discussion$/);
    const expertPage = expertBrowser.page;
    await expertPage.goto(link);
    const theirs = new DiscussionSection(expertPage);
    await expectVisible(theirs.section);
    await expectInViewport(theirs.section.getByRole('heading', { name: 'Discussion' }));
    const chairComment = theirs.comment(`${chair.name} (chair)`);
    await expectText(chairComment, 'New');
    await expectText(theirs.section, '1 comment · 1 new');
    await theirs.post('The recipe is already public; withholding the weights is what matters.', [
      `${chair.name} (chair)`,
    ]);
    await expectText(theirs.comment(`${expert.name} (you)`), `@${chair.name} (chair)`);
    await expertBrowser.screenshotBoth('60-reviewer-discussion');

    // Back with the chair: the reply is new to them; the earlier comment is not. It counts as read
    // once it has been on screen, and keeps its marker for the rest of the visit.
    await page.reload();
    const reply = discussion.comment(expert.name);
    await expectText(reply, 'New');
    await expectNoText(discussion.comment(`${chair.name} (chair) (you)`), 'New');
    const marked = page.waitForResponse((r) =>
      /mutation MarkDiscussionRead\b/.test(r.request().postData() ?? ''),
    );
    await reply.scrollIntoViewIfNeeded();
    await marked;
    await expectText(reply, 'New');
    await chairBrowser.screenshotBoth('60b-chair-discussion');
    await page.reload();
    await expectVisible(discussion.comment(expert.name));
    await expectText(discussion.section, '2 comments');
    await expectNoText(discussion.section, /· \d+ new/);
    await expectNoText(discussion.comment(expert.name), 'New');
  });

  it('the chair releases the reviews and opens the response phase in the settings', async () => {
    await graphql(
      chairBrowser.page,
      `
        mutation ($s: ID!) {
          releaseReviews(submissionId: $s, released: true) {
            id
          }
        }
      `,
      { s: submissionId },
    );
    const page = chairBrowser.page;
    const venuePage = new VenuePage(page);
    await venuePage.goto(venueId);
    await venuePage.openSettings();
    const phase = new ResponsePhaseSettings(page);
    await expectText(phase.section, 'Now: closed.');
    // A limit out of range is refused on its field, with the domain's message.
    await phase.section.getByRole('checkbox', { name: /^Open: authors may respond/ }).check();
    await phase.section.getByLabel('Word limit').fill('10');
    await phase.section.getByRole('button', { name: 'Save the response phase' }).click();
    await expectText(phase.section, 'Choose a word limit between 50 and 5,000.');
    await expectText(phase.section, 'Set a deadline for the responses.');
    await expectFocused(phase.section.getByLabel('Deadline'));
    await phase.open(`${new Date().getUTCFullYear() + 1}-06-30T23:59`, WORD_LIMIT);
    await expectText(phase.section, `up to ${WORD_LIMIT} words`);
    await expectVisible(page.getByRole('region', { name: 'Standard conditions' }));
    await expectText(
      page.getByRole('region', { name: 'Decision letters' }),
      'Few-shot voice cloning (sample)',
    );
    await chairBrowser.screenshotBoth('61-chair-response-phase');
  });

  it('the author responds within the word limit, after being told the first draft is too long', async () => {
    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const response = new AuthorResponseSection(page);
    await expectVisible(response.text);
    await expectText(response.section, `Answer the reviewers in up to ${WORD_LIMIT} words.`);
    await response.text.fill(`${RESPONSE} ${RESPONSE}`);
    await expectText(response.wordCount, `of ${WORD_LIMIT} words —`);
    await expectText(response.wordCount, 'over the limit');
    await response.save();
    await expectFocused(response.text);
    expect(await response.text.getAttribute('aria-invalid')).toBe('true');
    expect(await response.fieldError()).toMatch(
      new RegExp(`^Keep the response to ${WORD_LIMIT} words; it has \\d+\\.$`),
    );
    await authorBrowser.screenshotBoth('62-author-response-too-long');

    await response.text.fill(RESPONSE);
    await expectNoText(response.wordCount, 'over the limit');
    await response.save();
    await expectText(response.section.getByRole('status'), 'Response saved.');
    // The discussion is not the authors' to read.
    await expectHidden(page.getByRole('region', { name: 'Discussion', exact: true }));

    // The chair reads it beside the reviews.
    await new SubmissionPage(chairBrowser.page).goto(submissionId);
    const theirs = new AuthorResponseSection(chairBrowser.page);
    await expectText(theirs.section, 'requests are checked by two of the authors');
    await expectHidden(theirs.text);
  });

  it('the chair records “approved with conditions” with a standard condition and a changed plan, edits the letter and sends it', async () => {
    const page = chairBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const decision = new DecisionSection(page);
    await expectVisible(decision.section);
    await decision.chooseOutcome('Approved with conditions');
    // No condition yet: refused before anything is sent, on the place to add one.
    await decision.record();
    await expectText(decision.section, 'An approval with conditions needs at least one condition.');
    await expectFocused(decision.section.getByLabel('Standard condition'));
    await decision.addStandardCondition(WITHHOLD, 'Voice model');

    // The committee withholds the model the authors would have released reduced.
    const model = decision.planOf('Voice model');
    await expectText(model, 'As proposed');
    await decision.decide('Voice model', 'what is released', 'Withheld');
    await expectText(model, 'Changed: What is released');
    await expectText(model, 'Reduced');
    await chairBrowser.screenshotBoth('63-chair-decision-form');

    await decision.record();
    await expectText(decision.notice, 'Decision recorded.');
    await expectVisible(decision.letter);
    await expectText(decision.section, 'Recorded; the authors see it once the letter is sent.');
    const subject = await decision.subject.inputValue();
    expect(subject).toContain(TITLE);
    expect(subject).toContain('approved with conditions');
    expect(await decision.body.inputValue()).toContain(WITHHOLD.replace(/\.$/, ''));
    await decision.body.fill(`${await decision.body.inputValue()}\n\n${LETTER_PS}`);
    await chairBrowser.screenshot('64-chair-letter-preview');

    await decision.send();
    await expectText(decision.notice, 'The decision was sent to the authors.');
    await expectText(decision.sentLetter, LETTER_PS);
    await expectText(decision.approval, 'Active');
    await expectHidden(decision.letter);
    await chairBrowser.screenshotBoth('65-chair-decision-sent');

    const letter = await waitForMailWhere(author.email, (m) => m.subject === subject);
    expect(letter.text).toContain(LETTER_PS);
    expect(letter.text).toContain('Withhold the trained model');
  });

  it('the author reads the decision: the letter, the conditions, the plan beside theirs and the approval', async () => {
    const page = authorBrowser.page;
    await new SubmissionPage(page).goto(submissionId);
    const decision = new DecisionSection(page);
    await expectText(decision.section, 'Approved with conditions');
    await expectText(decision.conditions, WITHHOLD);
    await expectText(decision.conditions, 'For Voice model');
    const model = decision.planOf('Voice model');
    await expectText(model, 'Changed: What is released');
    await expectText(model.locator('.plan-compare__col').first(), 'Reduced');
    await expectText(model.locator('.plan-compare__col--decided'), 'Withheld');
    await expectText(decision.planOf('Paper'), 'As proposed');
    await expectText(decision.sentLetter, LETTER_PS);
    await expectText(decision.approval, 'Active');
    await authorBrowser.screenshotBoth('66-author-reads-decision');

    // The reviewer reads the same decision.
    await expertBrowser.page.goto(`/submissions/${submissionId}`);
    await expectText(new DecisionSection(expertBrowser.page).section, 'Approved with conditions');
  });
});
