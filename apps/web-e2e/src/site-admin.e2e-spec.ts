// Site administration and workshop requests in real browsers: an administrator lets an organiser
// create venues; the organiser's workshop waits for the conference chair's approval.
import { AdminPage, signInAsSiteAdmin, SITE_ADMIN } from './pages/admin.page';
import { AppHeader, RegisterPage, type Account } from './pages/auth.page';
import { NewVenuePage, VenuePage } from './pages/venue.page';
import { PersonBrowser } from './support/browser';
import { expectHidden, expectText, expectVisible } from './support/expect';

const run = Date.now().toString(36);
const organiser: Account = {
  name: 'Ines Moreau',
  email: `ines.${run}@example.org`,
  password: 'organiser-password-1',
};
const conference = {
  name: 'Symposium on Speech Synthesis Safety 2031',
  shortName: `SSS31-${run}`,
  description: 'Speech synthesis, voice cloning and their safeguards.',
  deadline: '2031-04-01T23:59',
};
const workshop = {
  name: 'Workshop on Consent in Voice Data',
  shortName: `CVD31-${run}`,
  description: 'How voice data is collected, licensed and withdrawn.',
  deadline: '2031-03-15T12:00',
};

describe('site administration and workshop requests', () => {
  let admin: PersonBrowser;
  let organiserBrowser: PersonBrowser;
  let conferenceId = '';
  let workshopId = '';

  beforeAll(async () => {
    [admin, organiserBrowser] = await Promise.all([PersonBrowser.open(), PersonBrowser.open()]);
  });
  afterAll(async () => {
    await Promise.all([admin?.close(), organiserBrowser?.close()]);
  });

  it('an administrator finds a person and lets them create venues', async () => {
    const register = new RegisterPage(organiserBrowser.page);
    await register.goto();
    await register.register(organiser);
    await expectHidden(new AppHeader(organiserBrowser.page).nav.getByRole('link', { name: 'New venue' }));

    await signInAsSiteAdmin(admin.page);
    const adminPage = new AdminPage(admin.page);
    await adminPage.open();
    await expectText(adminPage.staff, SITE_ADMIN.email);
    await expectText(adminPage.staff, 'Administrator through the server setting SITE_ADMIN_EMAILS.');
    await adminPage.search('ines.');
    await expectText(adminPage.findSection, organiser.email);
    await admin.screenshotBoth('30-admin-search');
    await adminPage.allowCreatingVenues(organiser);
    await admin.screenshotBoth('31-admin-venue-creator-added');

    await organiserBrowser.page.reload();
    await expectVisible(new AppHeader(organiserBrowser.page).nav.getByRole('link', { name: 'New venue' }));
  });

  it("a workshop at another chair's conference waits for that chair's approval", async () => {
    const newVenue = new NewVenuePage(admin.page);
    await newVenue.goto();
    conferenceId = await newVenue.createConference(conference);

    const organiserVenue = new NewVenuePage(organiserBrowser.page);
    await organiserVenue.goto();
    await organiserBrowser.page.getByRole('radio', { name: 'Workshop' }).check();
    await expectText(
      organiserBrowser.page.getByRole('main'),
      'The conference’s chairs approve the workshop before it is listed there',
    );
    workshopId = await organiserVenue.createWorkshop(workshop, conference.shortName);
    const venue = new VenuePage(organiserBrowser.page);
    await expectText(venue.header, `Workshop · awaiting approval by ${conference.shortName}`);
    await expectText(
      organiserBrowser.page.getByRole('region', { name: 'Held at a conference' }),
      `Waiting for the chairs of ${conference.name} (${conference.shortName})`,
    );
    await organiserBrowser.screenshotBoth('32-workshop-awaiting-approval');

    // Not yet listed under the conference.
    await new VenuePage(admin.page).goto(conferenceId);
    await expectHidden(admin.page.getByRole('region', { name: 'Workshops' }));
  });

  it('the conference chair approves it with a note; then it is held at the conference', async () => {
    const page = admin.page;
    const requests = page.getByRole('region', { name: 'Workshop requests' });
    await expectText(requests, `${workshop.shortName} — ${workshop.name}`);
    await admin.screenshotBoth('33-conference-workshop-requests');
    await requests
      .getByLabel(`Note to the chairs of ${workshop.shortName} (optional)`)
      .fill('Welcome! Please align your deadline with ours.');
    await requests.getByRole('button', { name: `Approve ${workshop.shortName}` }).click();
    await expectText(requests.getByRole('status'), `${workshop.shortName} is now held at this conference.`);
    await expectText(
      page.getByRole('region', { name: 'Workshops' }),
      `${workshop.shortName} — ${workshop.name}`,
    );

    const venue = new VenuePage(organiserBrowser.page);
    await venue.goto(workshopId);
    await expectText(venue.header, `Workshop at ${conference.shortName}`);
    await expectHidden(organiserBrowser.page.getByRole('region', { name: 'Held at a conference' }));
    await organiserBrowser.screenshotBoth('34-workshop-approved');
  });
});
