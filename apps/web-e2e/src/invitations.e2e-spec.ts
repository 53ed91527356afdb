// Invitations in real browsers: inviting an address twice keeps the first invitation and offers to
// resend it; the invitee is asked to sign in or create an account with the invited address.
import { signInAsSiteAdmin } from './pages/admin.page';
import { InvitationPage } from './pages/invitation.page';
import { MySubmissionsPage } from './pages/submission.page';
import { NewVenuePage, VenuePage } from './pages/venue.page';
import { linkIn, mailIds, PersonBrowser, waitForMail } from './support/browser';
import { expectText, expectVisible } from './support/expect';

const run = Date.now().toString(36);
const invitee = `leila.${run}@example.org`;
const venue = {
  name: 'Workshop on Audio Provenance',
  shortName: `WAP31-${run}`,
  deadline: '2031-02-01T12:00',
};
const MESSAGE = 'We would value your review of watermarking work this spring.';

describe('invitations: one open invitation per address and role, and what the invitee reads', () => {
  let chair: PersonBrowser;
  let guest: PersonBrowser;

  beforeAll(async () => {
    [chair, guest] = await Promise.all([PersonBrowser.open(), PersonBrowser.open()]);
  });
  afterAll(async () => {
    await Promise.all([chair?.close(), guest?.close()]);
  });

  it('keeps the first invitation when the chair invites the same address again, and resends it', async () => {
    await signInAsSiteAdmin(chair.page);
    const newVenue = new NewVenuePage(chair.page);
    await newVenue.goto();
    const venueId = await newVenue.createConference(venue);
    const page = new VenuePage(chair.page);
    await page.goto(venueId);
    const members = await page.openMembers();
    await members.invite(invitee, 'Expert reviewer', MESSAGE);
    const firstMail = await waitForMail(invitee);

    const form = members.inviteSection;
    await form.getByLabel('Email').fill(invitee);
    await form.getByLabel('Role').selectOption({ label: 'Expert reviewer' });
    await form.getByRole('button', { name: 'Invite' }).click();
    await expectText(form.getByRole('alert'), `${invitee} already has an open invitation as expert reviewer`);
    await expectVisible(form.getByRole('button', { name: 'Resend the open invitation' }));
    await chair.screenshotBoth('40-invite-again-refused');

    const seen = await mailIds(invitee);
    await form.getByRole('button', { name: 'Resend the open invitation' }).click();
    await expectText(form.getByRole('status'), `Invitation to ${invitee} sent again, with a new link.`);
    const resent = await waitForMail(invitee, 10000, seen);
    expect(resent.text).toContain(MESSAGE);
    expect(linkIn(resent, '/invitations/')).not.toBe(linkIn(firstMail, '/invitations/'));
    await chair.screenshotBoth('41-invitation-resent');
  });

  it('asks the invitee to sign in or create an account with the invited address, then says what they became', async () => {
    const mail = await waitForMail(invitee);
    const invitation = new InvitationPage(guest.page);
    await invitation.open(linkIn(mail, '/invitations/'));
    await expectText(invitation.signInOrCreate, `Sign in or create your account with ${invitee}`);
    await guest.screenshotBoth('42-invitation-for-newcomer');
    await invitation.acceptCreatingAccount('Leila Haddad', 'invitee-password-1');
    await expectText(
      new MySubmissionsPage(guest.page).flash,
      `You are now an expert reviewer at ${venue.name} (${venue.shortName}).`,
    );
    await guest.screenshotBoth('43-invitation-accepted');
  });
});
