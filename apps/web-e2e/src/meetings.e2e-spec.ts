// A convened meeting in real browsers, one Chromium profile per person, against the built web app
// served by the real API (FerretDB, SMTP catcher).
//
// The world is set up through the GraphQL API as each person (their browser's session), since other
// specs drive those pages: a venue, an author's statement whose tier the chair confirms as full with a
// reason, the chair's committee (two experts, two community reviewers) and one more expert with a
// declared conflict with the statement. Then, in the pages: the chair convenes the meeting (after
// being told what is missing), the members follow the mail's link and check in from their own
// browsers once the chair starts it, the chair takes up the item (the conflicted member is recused
// and never sees its title), a motion to approve gets 2 for, 1 against and 2 abstentions and fails
// with the reason shown, a motion to approve with conditions passes, and the chair ends the meeting:
// the minutes are shown and downloaded. The meeting page is also looked at 390 px wide.
import type { Account } from './pages/auth.page';
import { MeetingPage, MeetingsTab } from './pages/meeting.page';
import type { VoteName } from './pages/meeting.page';
import { linkIn, mailIds, PersonBrowser, waitForMailWhere } from './support/browser';
import { expectFocused, expectHidden, expectNoText, expectText, expectVisible } from './support/expect';
import { graphql } from './support/graphql-api';
import {
  confirmFullTier,
  declareConflict,
  invitee,
  joinByInvitation,
  openConferenceAsNewChair,
  submitFixtureStatement,
  type Invitee,
} from './support/world';

const run = `m${Date.now().toString(36)}`;
const person = (name: string, role: string): Invitee => invitee(name, role, run);
const chair: Account = { name: 'Mara Chair', email: `mara.${run}@example.org`, password: 'chair-password-1' };
const author = person('Ahmed Author', 'author');
const expertOne = person('Eva Expert', 'expert_reviewer');
const expertTwo = person('Emil Expert', 'expert_reviewer');
const communityOne = person('Cora Community', 'community_reviewer');
const communityTwo = person('Colm Community', 'community_reviewer');
const conflicted = person('Xavier Expert', 'expert_reviewer');
const VOTERS = [expertOne, expertTwo, communityOne, communityTwo];

const venue = {
  name: 'Conference on Synthetic Speech 2031',
  shortName: `CSS31-${run}`,
  deadline: '2031-04-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const MEETING = 'Full review, January';
const WHEN = `${new Date().getUTCFullYear() + 1}-01-14T15:00`;
const APPROVE = 'To approve the statement with the release plan as the authors propose.';
const WITH_CONDITIONS = 'To approve the statement on condition that the voice model is withheld.';
const CONDITION = 'Withhold the trained voice model; grant access on request to accredited researchers.';
const NO_REVIEWS = 'The reviews are late; the committee read the statement itself at this meeting.';

describe('meetings: a full review decided by a convened meeting', () => {
  let chairBrowser: PersonBrowser;
  let conflictedBrowser: PersonBrowser;
  const voterBrowsers = new Map<string, PersonBrowser>();
  let venueId = '';
  let submissionId = '';
  let meetingId = '';

  const browserOf = (who: Account): PersonBrowser => {
    const browser = voterBrowsers.get(who.email);
    if (!browser) throw new Error(`no browser for ${who.name}`);
    return browser;
  };

  beforeAll(async () => {
    [chairBrowser, conflictedBrowser] = await Promise.all([PersonBrowser.open(), PersonBrowser.open()]);
    for (const voter of VOTERS) voterBrowsers.set(voter.email, await PersonBrowser.open());
  });

  afterAll(async () => {
    await Promise.all([
      chairBrowser?.close(),
      conflictedBrowser?.close(),
      ...[...voterBrowsers.values()].map((b) => b.close()),
    ]);
  });

  const join = (who: Invitee, browser: PersonBrowser): Promise<string> =>
    joinByInvitation(chairBrowser.page, venueId, who, browser.page);

  it('sets up the world: a full-tier statement, a committee, and a member conflicted with the statement', async () => {
    const page = chairBrowser.page;
    venueId = await openConferenceAsNewChair(page, chair, venue);

    // The author registers the work and submits the statement (the fixture, which the rubric calls expedited).
    const authorBrowser = await PersonBrowser.open();
    try {
      await join(author, authorBrowser);
      const statement = await submitFixtureStatement(authorBrowser.page, venueId, TITLE);
      submissionId = statement.id;
      // The chair puts it in full review, with the reason an override needs.
      const confirmTier = await confirmFullTier(page, submissionId, statement.revision);
      expect(confirmTier).toEqual({ tier: 'full', tierStatus: 'overridden' });
    } finally {
      await authorBrowser.close();
    }

    for (const voter of VOTERS) await join(voter, browserOf(voter));
    const conflictedId = await join(conflicted, conflictedBrowser);
    await declareConflict(
      page,
      submissionId,
      conflictedId,
      'advisor_advisee',
      'Doctoral advisor of the first author.',
    );
  }, 300000);

  it('the chair convenes the meeting from the Meetings tab, after being told what is missing; the members are mailed', async () => {
    const page = chairBrowser.page;
    const tab = new MeetingsTab(page);
    await tab.open(venueId);
    await expectText(tab.list, 'No meetings yet.');
    await tab.startConvening();
    await expectFocused(tab.form.getByLabel('Title'));

    // Nothing filled in: the domain's sentences, on the inputs, before anything is sent.
    await tab.convene();
    await expectText(tab.form, 'Give the meeting a title.');
    await expectText(tab.form, 'Choose the date and time of the meeting.');
    await expectText(tab.form, 'Invite the members who will decide.');
    await expectFocused(tab.form.getByLabel('Title'));

    // Community members are marked; the conflicted expert is a member too, recused item by item.
    await expectText(
      tab.form.getByRole('listitem').filter({ hasText: communityOne.name }),
      'Community member',
    );
    await tab.fill({
      title: MEETING,
      when: WHEN,
      members: [chair.name, ...VOTERS.map((v) => v.name), conflicted.name],
      agenda: [TITLE],
    });
    await expectText(tab.form, '6 members chosen, 2 community members.');
    await expectText(tab.form.getByRole('group', { name: 'Agenda' }), 'item 1');
    await chairBrowser.screenshotBoth('70-chair-convenes-meeting');
    const seen = await mailIds(expertOne.email);
    await tab.convene();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const meeting = new MeetingPage(page);
    await meeting.expectLoaded(MEETING);
    meetingId = meeting.id();
    await expectText(meeting.header(MEETING), 'Scheduled');
    await expectText(meeting.agendaItem(1), TITLE);

    // The invitation mail links to the meeting page.
    const mail = await waitForMailWhere(
      expertOne.email,
      (m) => !seen.has(m.id) && m.subject === `Meeting: ${MEETING} (${venue.shortName})`,
    );
    const link = linkIn(mail, '/venues/');
    expect(link).toMatch(new RegExp(`/venues/${venueId}/meetings/${meetingId}$`));
    const expertPage = browserOf(expertOne).page;
    await expertPage.goto(link);
    await new MeetingPage(expertPage).expectLoaded(MEETING);
    await expectText(expertPage.getByRole('main'), 'Check-in opens when the meeting starts.');

    // The list shows it with its state.
    await tab.open(venueId);
    await expectText(tab.list.getByRole('row').filter({ hasText: MEETING }), 'Scheduled');
  });

  it('the chair starts it; the members check in from their own browsers; taking up the item recuses the conflicted member', async () => {
    const chairMeeting = new MeetingPage(chairBrowser.page);
    const expertMeeting = new MeetingPage(browserOf(expertOne).page);
    // The expert is still on the meeting page from the mail; the others open it now.
    for (const who of [...VOTERS.slice(1)])
      await new MeetingPage(browserOf(who).page).goto(venueId, meetingId);
    const conflictedMeeting = new MeetingPage(conflictedBrowser.page);
    await conflictedMeeting.goto(venueId, meetingId);
    await conflictedMeeting.expectLoaded(MEETING);
    // Never the title of the statement they are conflicted with, not even on the agenda.
    await expectText(conflictedMeeting.agendaItem(1), 'You are recused from this item');
    await expectNoText(conflictedBrowser.page.getByRole('main'), TITLE);

    await chairMeeting.goto(venueId, meetingId);
    await chairMeeting.start();
    // Before anyone is in: no quorum, and the reason in words (recusals count once the item is taken up).
    await expectText(
      chairMeeting.agendaItem(1),
      'No quorum: 0 of 6 voting members present; 4 needed; no community member present.',
    );
    await chairMeeting.checkIn();
    // Each member's page notices the start by itself and offers the check-in.
    await expertMeeting.checkIn();
    for (const who of VOTERS.slice(1)) await new MeetingPage(browserOf(who).page).checkIn();
    await conflictedMeeting.checkIn();
    await expectText(chairMeeting.attendance, '6 of 6 present');
    await expectVisible(chairMeeting.attendee(communityOne.name).getByText('Community', { exact: true }));
    await expectText(chairMeeting.attendee(communityOne.name), 'Present');

    await chairMeeting.takeUp(1);
    // The button pressed is gone; the focus moves to the item now under discussion.
    await expectFocused(chairMeeting.current.getByRole('heading', { level: 3 }));
    await expectText(chairMeeting.current, TITLE);
    await expectText(chairMeeting.current, '1 member recused from this item.');
    // Five may take part (the sixth is recused), three are needed, five are there.
    await expectText(chairMeeting.current, '5 counted, 3 needed');
    await expectText(chairMeeting.agendaItem(1), 'Now');

    // The conflicted member's page follows: recused, no title anywhere, nothing to vote on.
    await expectText(conflictedMeeting.current, 'You are recused from this item', 20000);
    await expectNoText(conflictedBrowser.page.getByRole('main'), TITLE);
    await expectHidden(conflictedBrowser.page.getByRole('group', { name: 'Vote on the motion' }));
    await conflictedBrowser.screenshotBoth('71-conflicted-member-recused');
    await expectText(expertMeeting.current, TITLE);
  });

  async function voteAll(votes: readonly [Account, VoteName][]): Promise<void> {
    for (const [who, choice] of votes) {
      const page = who === chair ? chairBrowser.page : browserOf(who).page;
      await new MeetingPage(page).vote(choice);
    }
  }

  it('a motion to approve gets 2 for, 1 against and 2 abstentions, and fails with the reason shown', async () => {
    const chairMeeting = new MeetingPage(chairBrowser.page);
    await chairMeeting.openMotionWith({ text: APPROVE, outcome: 'Approved', reason: NO_REVIEWS });
    await expectText(chairMeeting.openMotion, 'Proposes: Approved');
    await voteAll([
      [chair, 'For'],
      [expertOne, 'For'],
      [expertTwo, 'Against'],
      [communityOne, 'Abstain'],
      [communityTwo, 'Abstain'],
    ]);
    // A vote can be changed while the motion is open; the last one counts.
    const communityPage = new MeetingPage(browserOf(communityTwo).page);
    await communityPage.vote('Against');
    await communityPage.vote('Abstain');
    await expectText(chairMeeting.openMotion, '5 votes cast so far of 5 counted.');
    await browserOf(communityTwo).screenshotBoth('72-community-member-voted');
    // The conflicted member sees no motion at all.
    await expectNoText(conflictedBrowser.page.getByRole('main'), APPROVE);

    await chairMeeting.closeVote();
    const failed = chairMeeting.motion(APPROVE);
    await expectText(failed, 'Failed');
    await expectText(failed, 'Not passed: 2 of 5 members present voted for; 3 needed.');
    await expectVisible(
      failed.getByRole('img', {
        name: '2 for, 1 against, 2 abstaining, of 5 counted; 3 for needed to pass.',
      }),
    );
    // Who voted how, by choice.
    const byChoice = failed.locator('.votes-by-choice__row');
    await expectText(
      byChoice.nth(0),
      new RegExp(`^For\\s+(${chair.name}, ${expertOne.name}|${expertOne.name}, ${chair.name})$`),
    );
    await expectText(byChoice.nth(1), new RegExp(`^Against\\s+${expertTwo.name}$`));
    await expectText(byChoice.nth(2), communityOne.name);
    await expectText(byChoice.nth(2), communityTwo.name);
    await chairBrowser.screenshotBoth('73-chair-motion-failed');

    // A member reads the same result on their own page.
    const expertMeeting = new MeetingPage(browserOf(expertOne).page);
    await expectText(
      expertMeeting.motion(APPROVE),
      'Not passed: 2 of 5 members present voted for; 3 needed.',
    );
    await expectNoText(conflictedBrowser.page.getByRole('main'), APPROVE);
  });

  it('a motion to approve with conditions, the voice model withheld, passes and records the decision', async () => {
    const chairMeeting = new MeetingPage(chairBrowser.page);
    await chairMeeting.fillMotion({
      text: WITH_CONDITIONS,
      outcome: 'Approved with conditions',
      conditions: [CONDITION],
      plan: { artifact: 'Voice model', part: 'What is released', value: 'Withheld' },
      reason: NO_REVIEWS,
    });
    await chairBrowser.screenshotBoth('74-chair-motion-with-conditions');
    await chairMeeting.submitMotion(WITH_CONDITIONS);
    await expectText(chairMeeting.openMotion, CONDITION);
    const expertMeeting = new MeetingPage(browserOf(expertOne).page);
    await expectText(expertMeeting.openMotion, CONDITION);
    await voteAll([
      [chair, 'For'],
      [expertOne, 'For'],
      [expertTwo, 'For'],
      [communityOne, 'For'],
      [communityTwo, 'Against'],
    ]);
    // The chair's page counts the votes as they come in, then closes the vote.
    await expectText(chairMeeting.openMotion, '5 votes cast so far of 5 counted.');
    await chairMeeting.closeVote();
    const passed = chairMeeting.motion(WITH_CONDITIONS);
    await expectText(passed, 'Passed');
    await expectText(passed, 'Passed: 4 of 5 members present voted for (3 needed).');
    await expectText(chairMeeting.agendaItem(1), 'Decided: Approved with conditions');
    await expectText(chairMeeting.current, 'The chair sends the letter from the statement’s page.');

    // The decision is the committee's, with the plan the motion proposed.
    const { submission } = await graphql(
      chairBrowser.page,
      `
        query ($id: ID!) {
          submission(id: $id) {
            decision {
              outcome
              meetingId
              conditions {
                text
              }
              releasePlan {
                artifactKey
                contentLevel
              }
            }
          }
        }
      `,
      { id: submissionId },
    );
    expect(submission.decision.outcome).toBe('approved_with_conditions');
    expect(submission.decision.meetingId).toBe(meetingId);
    expect(submission.decision.conditions).toEqual([{ text: CONDITION }]);
    expect(submission.decision.releasePlan).toContainEqual({
      artifactKey: 'model',
      contentLevel: 'withheld',
    });
    await expectText(expertMeeting.agendaItem(1), 'Decided: Approved with conditions');
  });

  it('the chair ends the meeting: the minutes are shown and downloadable, without the item for the recused member', async () => {
    const chairMeeting = new MeetingPage(chairBrowser.page);
    await chairMeeting.end();
    await expectText(chairMeeting.header(MEETING), 'Ended');
    await expectText(chairMeeting.minutes, MEETING);
    await expectText(chairMeeting.minutes, TITLE);
    await expectText(
      chairMeeting.minutes,
      'Result: failed; 2 for, 1 against, 2 abstaining: a majority of the 5 members present is 3.',
    );
    await expectText(chairMeeting.minutes, 'Result: passed;');
    const { fileName, text } = await chairMeeting.downloadMinutes();
    expect(fileName).toBe('full-review-january-minutes.txt');
    expect(text).toContain(MEETING);
    expect(text).toContain(TITLE);
    expect(text).toContain('Approved with conditions');
    await expectText(chairMeeting.minutes, `Downloaded as ${fileName}.`);
    await expectHidden(chairBrowser.page.getByRole('button', { name: 'End the meeting', exact: true }));
    await chairBrowser.screenshotBoth('75-chair-minutes');

    // The members' pages stop at the end by themselves; the recused member's minutes leave the item out.
    const conflictedMeeting = new MeetingPage(conflictedBrowser.page);
    await expectVisible(conflictedMeeting.minutes, 20000);
    await expectText(
      conflictedMeeting.minutes,
      'You were recused from this item: its record is not shown to you.',
    );
    await expectNoText(conflictedBrowser.page.getByRole('main'), TITLE);
    // Nor the outcome: the item is "Decided" for them, no more.
    await expectText(conflictedMeeting.agendaItem(1), 'Decided');
    await expectNoText(conflictedBrowser.page.getByRole('main'), 'Approved with conditions');
    await conflictedBrowser.screenshotBoth('76-conflicted-member-minutes');
    await expectVisible(new MeetingPage(browserOf(communityOne).page).minutes, 20000);
  });
});
