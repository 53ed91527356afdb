// The whole cycle of a full review in real browsers, one Chromium profile per person, against the
// built web app served by the real API (FerretDB, SMTP catcher): from an assigned statement to the
// letter in the authors' mailbox and the decided release plan on their page.
//
// The people join from invitation mails and the statement, its full tier and the assignments are
// set up through the GraphQL API as each person (their browser's session): other specs drive those
// pages. Then, in the pages, one step after the other on the same statement: two experts review it;
// a community reviewer gives feedback and stays anonymous to the authors; the chair reads the three
// and releases them; the author, told by mail, reads them (the community reviewer as "Community A")
// and responds; the chair's Decision section sends them to a meeting; the chair convenes one with
// the reviewers and a member conflicted with the statement, who is recused from the item; the
// meeting reaches quorum without them and passes "approve with conditions" with the voice model
// withheld; the chair sends the letter from the statement's page; it reaches the author's mailbox,
// and the author reads the decided release plan beside theirs, and the approval.
import { DEFAULT_EXPERT_FORM } from '@impact-review/domain';
import { AuthorResponseSection, DecisionSection } from './pages/decision.page';
import { MeetingPage, MeetingsTab } from './pages/meeting.page';
import { ReviewPage, SubmissionReviewsSection } from './pages/review.page';
import { SubmissionPage } from './pages/submission.page';
import type { Account } from './pages/auth.page';
import { linkIn, mailIds, PersonBrowser, waitForMailWhere } from './support/browser';
import { expectNoText, expectText, expectVisible } from './support/expect';
import { graphql } from './support/graphql-api';
import {
  assignReviewer,
  confirmFullTier,
  declareConflict,
  invitee,
  joinByInvitation,
  openConferenceAsNewChair,
  submitFixtureStatement,
  type Invitee,
} from './support/world';

const run = `c${Date.now().toString(36)}`;
const person = (name: string, role: string): Invitee => invitee(name, role, run);
const chair: Account = {
  name: 'Nadia Chair',
  email: `nadia.${run}@example.org`,
  password: 'chair-password-1',
};
const author = person('Aiko Author', 'author');
const expertOne = person('Elias Expert', 'expert_reviewer');
const expertTwo = person('Edith Expert', 'expert_reviewer');
const community = person('Chidi Community', 'community_reviewer');
const conflicted = person('Xenia Expert', 'expert_reviewer');

const venue = {
  name: 'Workshop on Speech Synthesis Ethics 2031',
  shortName: `WSSE31-${run}`,
  deadline: '2031-05-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const CRITERIA = DEFAULT_EXPERT_FORM.questions.filter((q) => q.kind === 'rating').map((q) => q.prompt);
const FOR_AUTHORS_ONE = 'Say who may ask for the voice model, and how you check that they are who they say.';
const FOR_AUTHORS_TWO = 'The watermark is a good start; describe what happens when it is stripped.';
const CONFIDENTIAL = 'I would not release the model at all, whatever the authors promise.';
const WORRY = 'My mother was nearly scammed by a call in my voice; this makes that easy.';
const RESPONSE =
  'We thank the reviewers. We will withhold the voice model and grant access only to accredited researchers who sign the use terms; two authors check every request.';
const MEETING = 'Full review, February';
const WHEN = `${new Date().getUTCFullYear() + 1}-02-11T15:00`;
const MOTION = 'To approve the statement on condition that the voice model is withheld.';
const CONDITION = 'Withhold the trained voice model; grant access on request to accredited researchers.';

describe('the full review cycle: reviews, release, response, a meeting with a recusal, the letter, the decided plan', () => {
  const browsers = new Map<string, PersonBrowser>();
  const ids = new Map<string, string>();
  let venueId = '';
  let submissionId = '';
  let meetingId = '';

  const browserOf = (who: Account): PersonBrowser => {
    const browser = browsers.get(who.email);
    if (!browser) throw new Error(`no browser for ${who.name}`);
    return browser;
  };
  const pageOf = (who: Account) => browserOf(who).page;

  beforeAll(async () => {
    for (const who of [chair, author, expertOne, expertTwo, community, conflicted])
      browsers.set(who.email, await PersonBrowser.open());
  });

  afterAll(async () => {
    await Promise.all([...browsers.values()].map((b) => b.close()));
  });

  async function join(who: Invitee): Promise<void> {
    ids.set(who.email, await joinByInvitation(pageOf(chair), venueId, who, pageOf(who)));
  }

  /** The chair assigns a reviewer to an open slot; the reviewer accepts. */
  const assign = (who: Invitee) =>
    assignReviewer(pageOf(chair), submissionId, ids.get(who.email) ?? '', pageOf(who));

  it('sets up the world: a full-tier statement, two experts and a community reviewer assigned, a member conflicted with it', async () => {
    const page = pageOf(chair);
    venueId = await openConferenceAsNewChair(page, chair, venue);
    for (const who of [author, expertOne, expertTwo, community, conflicted]) await join(who);
    const statement = await submitFixtureStatement(pageOf(author), venueId, TITLE);
    submissionId = statement.id;
    // The chair puts it in full review (two experts and a community reviewer, decided at a meeting).
    await confirmFullTier(page, submissionId, statement.revision);
    for (const who of [expertOne, expertTwo, community]) await assign(who);
    await declareConflict(
      page,
      submissionId,
      ids.get(conflicted.email) ?? '',
      'recent_collaborator',
      'Co-author of the first author’s last three papers.',
    );
    // The venue lets community reviewers choose whether the authors learn their name.
    const { venue: current } = await graphql(
      page,
      `
        query ($id: ID!) {
          venue(id: $id) {
            revision
            biddingOpen
            doubleBlind
          }
        }
      `,
      { id: venueId },
    );
    await graphql(
      page,
      `
        mutation ($v: ID!, $rev: Int!, $bidding: Boolean!, $blind: Boolean!) {
          updateReviewSettings(
            venueId: $v
            expectedRevision: $rev
            biddingOpen: $bidding
            doubleBlind: $blind
            reviewVisibility: {
              otherReviews: after_own
              identitiesToReviewers: hidden
              identitiesToAuthors: reviewer_choice
            }
          ) {
            id
          }
        }
      `,
      { v: venueId, rev: current.revision, bidding: current.biddingOpen, blind: current.doubleBlind },
    );
  }, 300000);

  it('the two experts review the statement in their browsers', async () => {
    for (const [who, comments] of [
      [expertOne, FOR_AUTHORS_ONE],
      [expertTwo, FOR_AUTHORS_TWO],
    ] as const) {
      const review = new ReviewPage(pageOf(who));
      await review.goto(submissionId);
      await review.expectLoaded(TITLE);
      for (const criterion of CRITERIA)
        await review.rateAndJustify(
          criterion,
          criterion === 'The release plan is adequate' ? 'Partly met' : 'Met',
          `${criterion}: the statement answers this with care, apart from the voice model.`,
        );
      await review.recommendRelease('Paper', {
        contentLevel: 'Full',
        timing: 'Immediate',
        distribution: 'Public',
      });
      await review.recommendRelease('Voice model', {
        contentLevel: 'Withheld',
        timing: 'Immediate',
        distribution: 'Ask for access',
      });
      await review.recommendRelease('Training code', {
        contentLevel: 'Full',
        timing: 'Immediate',
        distribution: 'Public',
      });
      await review.requiredMitigations.fill('Withhold the voice model; check every access request.');
      await review.recommend('Approve with conditions');
      await review.commentsForAuthors.fill(comments);
      if (who === expertOne) await review.confidentialComments.fill(CONFIDENTIAL);
      await review.submit(1);
      await expectText(review.submitted, comments);
    }
    await browserOf(expertTwo).screenshot('80-cycle-second-expert-review');
  });

  it('the community reviewer gives feedback and stays anonymous to the authors', async () => {
    const page = pageOf(community);
    const review = new ReviewPage(page);
    await review.goto(submissionId);
    await review.expectLoaded(TITLE);
    await review.answer('What worries you about this work?').fill(WORRY);
    await review.answer('Who could be harmed, and how?').fill('Older people who trust the voices of family.');
    // The venue lets them choose; they leave the box unticked.
    await expectVisible(review.nameMe);
    expect(await review.nameMe.isChecked()).toBe(false);
    await review.submit(1);
    await expectText(review.submitted, WORRY);
  });

  it('the chair reads the three reviews and releases them; the author is told by mail', async () => {
    const page = pageOf(chair);
    await new SubmissionPage(page).goto(submissionId);
    const reviews = new SubmissionReviewsSection(page);
    await expectText(reviews.review(expertOne.name), CONFIDENTIAL);
    await expectText(reviews.review(expertTwo.name), FOR_AUTHORS_TWO);
    await expectText(reviews.review(community.name), WORRY);
    // Full review is not the chair's to decide: the Decision section sends them to a meeting.
    const decision = new DecisionSection(page);
    await expectText(decision.section, 'A full review is decided by a convened meeting.');
    await expectVisible(decision.section.getByRole('link', { name: 'venue’s meetings' }));
    await expectNoText(decision.section, 'Record decision');

    const seen = await mailIds(author.email);
    await reviews.release();
    await browserOf(chair).screenshot('81-cycle-chair-released-reviews');
    const mail = await waitForMailWhere(author.email, (m) => !seen.has(m.id) && /review/i.test(m.subject));
    expect(linkIn(mail, '/submissions/')).toContain(`/submissions/${submissionId}`);

    // The response phase opens for the authors' answer.
    const { venue: current } = await graphql(
      page,
      `
        query ($id: ID!) {
          venue(id: $id) {
            revision
          }
        }
      `,
      { id: venueId },
    );
    await graphql(
      page,
      `
        mutation ($v: ID!, $rev: Int!, $phase: ResponsePhaseInput!) {
          updateResponsePhase(venueId: $v, expectedRevision: $rev, phase: $phase) {
            id
          }
        }
      `,
      {
        v: venueId,
        rev: current.revision,
        phase: { open: true, wordLimit: 300, deadline: `${new Date().getUTCFullYear() + 1}-01-31T23:59:00Z` },
      },
    );
  });

  it('the author reads the reviews (the community reviewer unnamed, nothing confidential) and responds; the reviewers are told', async () => {
    const page = pageOf(author);
    await new SubmissionPage(page).goto(submissionId);
    const reviews = new SubmissionReviewsSection(page);
    await expectText(reviews.review('Expert A'), /Say who may ask|The watermark is a good start/);
    await expectText(reviews.review('Expert B'), /Say who may ask|The watermark is a good start/);
    await expectText(reviews.review('Community A'), WORRY);
    for (const hidden of [expertOne.name, expertTwo.name, community.name, CONFIDENTIAL])
      await expectNoText(reviews.section, hidden);

    const seen = await mailIds(expertOne.email);
    const response = new AuthorResponseSection(page);
    await response.text.fill(RESPONSE);
    await response.save();
    await expectText(response.section.getByRole('status'), 'Response saved.');
    await browserOf(author).screenshotBoth('82-cycle-author-responded');
    await waitForMailWhere(expertOne.email, (m) => !seen.has(m.id) && /respon/i.test(m.subject));
  });

  it('the chair convenes a meeting from the link on the statement; the conflicted member is recused from the item', async () => {
    const page = pageOf(chair);
    await new SubmissionPage(page).goto(submissionId);
    await new DecisionSection(page).section.getByRole('link', { name: 'venue’s meetings' }).click();
    const tab = new MeetingsTab(page);
    await expectVisible(tab.list);
    await tab.startConvening();
    await tab.fill({
      title: MEETING,
      when: WHEN,
      members: [chair.name, expertOne.name, expertTwo.name, community.name, conflicted.name],
      agenda: [TITLE],
    });
    await tab.convene();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const meeting = new MeetingPage(page);
    await meeting.expectLoaded(MEETING);
    meetingId = meeting.id();
    await meeting.start();
    await meeting.checkIn();
    for (const who of [expertOne, expertTwo, community, conflicted]) {
      const theirs = new MeetingPage(pageOf(who));
      await theirs.goto(venueId, meetingId);
      await theirs.expectLoaded(MEETING);
      await theirs.checkIn();
    }
    await expectText(meeting.attendance, '5 of 5 present');
    await meeting.takeUp(1);
    await expectText(meeting.current, '1 member recused from this item.');
    // Four may take part, three are a majority of them, and the community member is there: quorum.
    await expectText(meeting.current, '4 counted, 3 needed');
    const theirs = new MeetingPage(pageOf(conflicted));
    await expectText(theirs.current, 'You are recused from this item', 20000);
    await expectNoText(pageOf(conflicted).getByRole('main'), TITLE);
  });

  it('the meeting passes “approve with conditions” with the voice model withheld', async () => {
    const meeting = new MeetingPage(pageOf(chair));
    await meeting.openMotionWith({
      text: MOTION,
      outcome: 'Approved with conditions',
      conditions: [CONDITION],
      plan: { artifact: 'Voice model', part: 'What is released', value: 'Withheld' },
    });
    for (const who of [chair, expertOne, expertTwo, community])
      await new MeetingPage(pageOf(who)).vote(who === expertTwo ? 'Abstain' : 'For');
    await expectText(meeting.openMotion, '4 votes cast so far of 4 counted.');
    await meeting.closeVote();
    await expectText(meeting.motion(MOTION), 'Passed: 3 of 4 members present voted for (3 needed).');
    await expectText(meeting.agendaItem(1), 'Decided: Approved with conditions');
    await browserOf(chair).screenshot('83-cycle-meeting-passed');
    await meeting.end();
    await expectText(meeting.minutes, 'Result: passed;');
  });

  it('the chair sends the letter from the statement’s page; it reaches the author’s mailbox', async () => {
    const page = pageOf(chair);
    await new SubmissionPage(page).goto(submissionId);
    const decision = new DecisionSection(page);
    await expectText(decision.section, 'Decided by a motion of a convened meeting.');
    await expectText(decision.section, 'Recorded; the authors see it once the letter is sent.');
    // A meeting's decision is the meeting's: the chair sends it, and cannot change it alone.
    await expectNoText(decision.section, 'Change the decision');
    await expectVisible(decision.letter);
    const subject = await decision.subject.inputValue();
    expect(subject).toContain(TITLE);
    expect(await decision.body.inputValue()).toContain('Withhold the trained voice model');
    const seen = await mailIds(author.email);
    await decision.send();
    await expectText(decision.notice, 'The decision was sent to the authors.');
    await expectText(decision.approval, 'Active');

    const letter = await waitForMailWhere(author.email, (m) => !seen.has(m.id) && m.subject === subject);
    expect(letter.text).toContain('Withhold the trained voice model');
    expect(letter.text).toContain('Voice model');
    expect(letter.text).not.toContain(CONFIDENTIAL);
    expect(linkIn(letter, '/submissions/')).toContain(`/submissions/${submissionId}`);
  });

  it('the author reads the decided release plan beside theirs, the conditions and the approval', async () => {
    const page = pageOf(author);
    await new SubmissionPage(page).goto(submissionId);
    const decision = new DecisionSection(page);
    await expectText(decision.section, 'Approved with conditions');
    await expectText(decision.conditions, CONDITION);
    const model = decision.planOf('Voice model');
    await expectText(model, 'Changed: What is released');
    await expectText(model.locator('.plan-compare__col--decided'), 'Withheld');
    await expectText(decision.planOf('Paper'), 'As proposed');
    await expectText(decision.approval, 'Active');
    await expectText(decision.sentLetter, TITLE);
    await browserOf(author).screenshotBoth('84-cycle-author-reads-decided-plan');
  });
});
