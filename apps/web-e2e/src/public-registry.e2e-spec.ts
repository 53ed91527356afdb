// The public release registry and incident reports from anyone, then private calendar feeds, in real
// browsers against the built web app served by the real API (FerretDB, SMTP catcher).
//
// The world is set up through the GraphQL API as each person: a venue, the author's statement
// confirmed expedited, an expert who reviews it, the chair's "approved" sent to the authors, and the
// release of the voice model suspended. Then a visitor who never signs in opens the venue's
// registry, follows the approval's link, reads its release plan (the suspended release marked),
// sends the report form empty (refused on its fields) and then complete; the reporter's mailbox gets
// the confirmation link, which thanks them with the reference once and then says it was used; the
// chair gets the "Incident reported" mail. Last, the author makes a private calendar address in
// their settings: the feed is text/calendar with the statement's continuing review, and a new address
// retires the old one. Each step is also looked at 390 px wide.
import type { Account } from './pages/auth.page';
import { CalendarSettings } from './pages/calendar.page';
import { IncidentReportForm, PublicApprovalPage, RegistryPage } from './pages/registry.page';
import { baseUrl, linkIn, PersonBrowser, waitForMailWhere } from './support/browser';
import { expectFocused, expectNoText, expectText, expectValue, expectVisible } from './support/expect';
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

const run = `r${Date.now().toString(36)}`;
const chair: Account = { name: 'Rosa Chair', email: `rosa.${run}@example.org`, password: 'chair-password-1' };
const author = invitee('Arun Author', 'author', run);
const expert = invitee('Elif Expert', 'expert_reviewer', run);
const reporter = `reporter.${run}@example.org`;

const venue = {
  name: 'Workshop on Voice Synthesis 2032',
  shortName: `WVS32-${run}`,
  deadline: '2032-03-01T23:59',
};
const TITLE = 'Few-shot voice cloning for audiobooks';
const SUSPENSION =
  'Cloned voices from the released demo were used in phone scams; the model stays back for now.';
const STORY =
  'A phone scam used a voice cloned with the released demo: my neighbour got a call in her son’s voice asking for money.';

/** An .ics body with its folded lines joined (RFC 5545 folds lines longer than 75 octets). */
function unfold(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, '');
}

/** The feed at a calendar address, fetched as a calendar app would: no session, only the address. */
async function fetchFeed(address: string): Promise<Response> {
  return fetch(`${baseUrl()}${new URL(address).pathname}`);
}

describe('the public release registry: an incident report from anyone, and private calendar feeds', () => {
  let chairBrowser: PersonBrowser;
  let authorBrowser: PersonBrowser;
  let expertBrowser: PersonBrowser;
  let visitor: PersonBrowser;
  let venueId = '';
  let submissionId = '';
  let confirmLink = '';

  beforeAll(async () => {
    [chairBrowser, authorBrowser, expertBrowser, visitor] = await Promise.all([
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
      PersonBrowser.open(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([
      chairBrowser?.close(),
      authorBrowser?.close(),
      expertBrowser?.close(),
      visitor?.close(),
    ]);
  });

  it('sets up the world: an expedited statement reviewed by an expert, approved, the voice model held back', async () => {
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
    await decideAndSend(page, submissionId, 'approved');

    const { submission } = await graphql(
      page,
      `
        query ($id: ID!) {
          submission(id: $id) {
            approval {
              id
              revision
            }
          }
        }
      `,
      {
        id: submissionId,
      },
    );
    await graphql(
      page,
      `
        mutation ($input: ChangeApprovalInput!) {
          changeApproval(input: $input) {
            state
          }
        }
      `,
      {
        input: {
          approvalId: submission.approval.id,
          action: 'suspend',
          artifactKeys: ['model'],
          reason: SUSPENSION,
          expectedRevision: submission.approval.revision,
        },
      },
    );
  }, 300000);

  it('a visitor who never signed in finds the work in the venue’s registry and reads its release plan', async () => {
    const page = visitor.page;
    const registry = new RegistryPage(page);
    await registry.goto(venueId);
    await expectVisible(page.getByRole('heading', { name: new RegExp(venue.name), level: 1 }));
    await expectVisible(page.getByRole('link', { name: 'Sign in' }));
    const row = registry.row(TITLE);
    await expectText(row, 'Approved');
    await expectText(row, 'Suspended');
    await expectText(row, '3 artifacts');
    await expectText(row, '1 release suspended');
    await visitor.screenshotBoth('120-public-registry');

    await registry.openApproval(TITLE);
    const approval = new PublicApprovalPage(page);
    await expectText(approval.stateBadge, 'Suspended');
    await expectText(page.getByRole('main'), 'suspended the release of some artifacts (marked below)');
    await expectText(approval.artifact('Voice model'), 'Release suspended');
    await expectText(approval.artifact('Voice model'), 'Ask for access');
    await expectText(approval.artifact('Paper'), 'As planned');
    await expectVisible(page.getByRole('link', { name: `Release registry of ${venue.shortName}` }));
    await visitor.screenshotBoth('121-public-approval');
  });

  it('the report form refuses an empty report on its fields, then takes a complete one', async () => {
    const page = visitor.page;
    const form = new IncidentReportForm(page);
    expect(await form.shareWithAuthors.isChecked()).toBe(false);
    await form.send();
    await expectText(form.region.getByRole('alert'), 'Some fields need attention.');
    await expectFocused(form.whatHappened);
    expect(await form.whatHappened.getAttribute('aria-invalid')).toBe('true');
    expect(await form.errorOf(form.whatHappened)).toBe(
      'Say what happened, in a few sentences (at least 30 characters).',
    );
    expect(await form.email.getAttribute('aria-invalid')).toBe('true');
    await visitor.screenshotBoth('122-report-refused');
    // The count says how far the text is from the minimum as it is written.
    await form.whatHappened.fill('Scam call.');
    await expectText(form.region, '10 characters — 20 more needed');

    await form.whatHappened.fill(STORY);
    await form.link(1).fill('https://example.org/recording-of-the-call');
    await form.addLink();
    await expectFocused(form.link(2));
    await form.link(2).fill('https://example.org/police-report');
    await form.email.fill(reporter);
    await visitor.screenshotBoth('123-report-filled');
    await form.send();
    await expectText(form.status, 'Check your inbox');
    await expectText(form.status, `We sent a link to ${reporter}.`);
    await expectValue(form.whatHappened, '');
    await expectValue(form.email, '');
    await visitor.screenshotBoth('124-report-sent');
  });

  it('the reporter confirms from the mail; the link works once; the chair is told', async () => {
    const mail = await waitForMailWhere(
      reporter,
      (m) => m.subject.startsWith('Confirm your incident report'),
      30000,
    );
    expect(mail.text).toContain(TITLE);
    confirmLink = linkIn(mail, '/incidents/confirm/');

    const page = visitor.page;
    await page.goto(confirmLink);
    await expectVisible(page.getByRole('heading', { name: 'Report confirmed', level: 1 }));
    const thanks = page.getByRole('main').getByRole('status');
    await expectText(
      thanks,
      new RegExp(
        `^Thank you — your report IR-[0-9A-F]{6} about “${TITLE}” \\(${venue.shortName}\\) reached the committee\\.$`,
      ),
    );
    const reference = /IR-[0-9A-F]{6}/.exec(await thanks.innerText())?.[0] ?? '';
    await visitor.screenshotBoth('125-report-confirmed');

    const acknowledgement = await waitForMailWhere(
      reporter,
      (m) => m.subject.startsWith('Your incident report'),
      30000,
    );
    expect(acknowledgement.text).toContain(reference);

    await page.goto(confirmLink);
    await expectVisible(page.getByRole('heading', { name: 'This link does not work any more', level: 1 }));
    await expectText(page.getByRole('main'), 'A confirmation link works once, and for 48 hours.');
    await expectVisible(
      page.getByRole('main').getByRole('link', { name: 'Go to the Impact Review home page' }),
    );
    await visitor.screenshotBoth('126-confirm-link-used');

    const told = await waitForMailWhere(chair.email, (m) => m.subject.startsWith('Incident reported'), 30000);
    expect(told.subject).toContain(TITLE);
    // Confidential: the chairs' notice does not carry the reporter's address.
    expect(told.text).not.toContain(reporter);
  });

  it('the author makes a private calendar address: the feed holds the continuing review; a new address retires the old', async () => {
    const page = authorBrowser.page;
    await authorBrowser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseUrl(),
    });
    const settings = new CalendarSettings(page);
    await settings.open();
    const own = settings.feed();
    await expectText(own, 'No address yet.');
    await settings.button(own, 'Make a private address').click();
    await expectText(own, 'Your private address is made.');
    const first = await settings.address(own).inputValue();
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await settings.button(own, 'Copy').click();
    await expectText(own, 'Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await authorBrowser.screenshotBoth('127-calendar-address-made');

    const feed = await fetchFeed(first);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = unfold(await feed.text());
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:Continuing review due: ${TITLE}`);

    await settings.button(own, 'Make a new address').click();
    await expectText(own, 'A new address is made; the old one no longer works.');
    await expectNoText(own, 'Copied.');
    const second = await settings.address(own).inputValue();
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    await authorBrowser.screenshotBoth('128-calendar-new-address');

    // Once the page is left, the address is not shown again: only that one exists.
    await page.reload();
    await expectText(settings.feed(), 'Current address made on');
    expect(await settings.address(settings.feed()).count()).toBe(0);
  });

  it('the chair sees the venue’s feed too, and stops an address only after confirming', async () => {
    const page = chairBrowser.page;
    const settings = new CalendarSettings(page);
    await settings.open();
    const venueFeed = settings.feed(new RegExp(`^${venue.name}`));
    await expectText(venueFeed, 'For chairs');
    await expectText(venueFeed, 'every approval');
    await settings.button(venueFeed, 'Make a private address').click();
    const address = await settings.address(venueFeed).inputValue();
    const ics = unfold(await (await fetchFeed(address)).text());
    expect(ics).toContain(`SUMMARY:Continuing review due: ${TITLE}`);

    await settings.button(venueFeed, 'Stop this address…').click();
    await expectText(venueFeed.getByRole('group'), 'Stop this address?');
    await chairBrowser.screenshotBoth('129-calendar-stop-question');
    await settings.button(venueFeed, 'Stop the address').click();
    await expectText(venueFeed, 'The address is stopped');
    await expectText(venueFeed, 'No address yet.');
    expect((await fetchFeed(address)).status).toBe(404);
    await chairBrowser.screenshotBoth('130-calendar-stopped');
  });
});
