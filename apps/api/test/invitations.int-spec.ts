import { randomBytes } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { FixedClock, startTestApp, type CaughtMail, type GraphqlClient, type TestApp } from './test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const ME = `query { me { id email roles { venueId role } } }`;
const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id name shortName } }`;
const INVITATION_FIELDS = `id email role state createdAt expiresAt respondedAt expired invitedBy { id name email }`;
const INVITE = `mutation($input: InviteInput!) { inviteToVenue(input: $input) { ${INVITATION_FIELDS} } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) {
  venueName venueShortName role email state invitedByName expired accountExists } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id name email roles { venueId role } } }`;
const DECLINE = `mutation($token: String!) { declineInvitation(token: $token) }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id state respondedAt } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { myRoles invitations { ${INVITATION_FIELDS} } members { user { id name email } roles } } }`;

const PASSWORD = 'correct horse battery';
const DAY = 24 * 60 * 60 * 1000;
const unique = (): string => randomBytes(4).toString('hex');
const address = (name: string): string => `${name}-${unique()}@example.org`;

function tokenIn(mail: CaughtMail): string {
  const match = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No invitation link in: ${mail.text}`);
  return match[1];
}

interface Person {
  client: GraphqlClient;
  id: string;
  email: string;
}

async function signUp(t: TestApp, name: string, email = address(name.toLowerCase().replace(/\s+/g, '-'))): Promise<Person> {
  return t.signUp(name, { email, password: PASSWORD, canCreateVenues: true });
}

async function chairWithVenue(t: TestApp): Promise<{ chair: Person; venue: { id: string; name: string; shortName: string } }> {
  const chair = await signUp(t, 'Chair Ada');
  const { createVenue: venue } = await chair.client.ok(CREATE_VENUE, {
    input: {
      name: 'Workshop on Voice Cloning Risks',
      shortName: `VCR ${unique()}`,
      kind: 'conference',
      timeZone: 'Europe/Berlin',
      deadlines: [],
    },
  });
  return { chair, venue };
}

/** Invites, waits for the mail, and returns the invitation with the token from the mail's link. */
async function invite(
  t: TestApp,
  chair: Person,
  input: { venueId: string; email: string; role: string; message?: string },
): Promise<{ invitation: any; token: string; mail: CaughtMail }> {
  const { result, mail } = await t.mail.nextAfter(input.email, () => chair.client.ok(INVITE, { input }));
  return { invitation: result.inviteToVenue, token: tokenIn(mail), mail };
}

describe('invitations (real FerretDB, real SMTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('mails a link; accepting it creates the account, signs in and grants the role', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('newcomer');
    const { invitation, token, mail } = await invite(t, chair, {
      venueId: venue.id,
      email: email.toUpperCase(),
      role: 'expert_reviewer',
      message: 'Your <voice> expertise would help.',
    });
    expect(invitation).toMatchObject({
      email,
      role: 'expert_reviewer',
      state: 'pending',
      respondedAt: null,
      expired: false,
      invitedBy: { id: chair.id, name: 'Chair Ada', email: chair.email },
    });
    expect(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()).toBe(14 * DAY);
    expect(mail.subject).toBe(`Invitation: Expert reviewer at ${venue.shortName}`);
    expect(mail.text).toContain(venue.name);
    expect(mail.text).toContain('Chair Ada');
    expect(mail.text).toContain('Your <voice> expertise would help.');
    expect(mail.html).toContain('Your &lt;voice&gt; expertise would help.');
    expect(mail.text).toContain(`http://localhost:4200/invitations/${token}`);

    const anonymous = t.client();
    const { invitation: preview } = await anonymous.ok(PREVIEW, { token });
    expect(preview).toEqual({
      venueName: venue.name,
      venueShortName: venue.shortName,
      role: 'expert_reviewer',
      email,
      state: 'pending',
      invitedByName: 'Chair Ada',
      expired: false,
      accountExists: false,
    });

    const { acceptInvitation: viewer } = await anonymous.ok(ACCEPT, { input: { token, name: 'New Reviewer', password: PASSWORD } });
    expect(viewer).toMatchObject({ name: 'New Reviewer', email, roles: [{ venueId: venue.id, role: 'expert_reviewer' }] });
    expect(anonymous.sessionCookie).toMatch(/^ir_session=/);
    expect((await anonymous.ok(ME)).me).toMatchObject({ id: viewer.id, email });
    expect((await anonymous.ok(VENUE, { id: venue.id })).venue.myRoles).toEqual(['expert_reviewer']);

    const seenByChair = (await chair.client.ok(VENUE, { id: venue.id })).venue;
    expect(seenByChair.invitations).toEqual([expect.objectContaining({ id: invitation.id, state: 'accepted' })]);
    expect(seenByChair.invitations[0].respondedAt).not.toBeNull();
    expect(seenByChair.members).toContainEqual({ user: { id: viewer.id, name: 'New Reviewer', email }, roles: ['expert_reviewer'] });
    // The member sees their own email but not the chair's, and no member list at all.
    const seenByReviewer = (await anonymous.ok(VENUE, { id: venue.id })).venue;
    expect(seenByReviewer.members).toEqual([]);
    expect(seenByReviewer.invitations).toEqual([]);

    expect((await t.client().ok(PREVIEW, { token })).invitation.state).toBe('accepted');
    const again = await t.client().request(ACCEPT, { input: { token, name: 'Someone Else', password: PASSWORD } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the invitation pending when the new account details are invalid', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('careless');
    const { token } = await invite(t, chair, { venueId: venue.id, email, role: 'community_reviewer' });
    const result = await t.client().request(ACCEPT, { input: { token, name: 'C', password: 'short' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path).sort()).toEqual(['name', 'password']);
    expect((await t.client().ok(PREVIEW, { token })).invitation).toMatchObject({ state: 'pending', accountExists: false });
    const retry = await t.client().ok(ACCEPT, { input: { token, name: 'Careful Person', password: PASSWORD } });
    expect(retry.acceptInvitation.roles).toEqual([{ venueId: venue.id, role: 'community_reviewer' }]);
  });

  it('refuses a signed-in person with another email (FORBIDDEN) and grants to the right one', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const invitee = await signUp(t, 'Invitee');
    const other = await signUp(t, 'Other');
    const { token } = await invite(t, chair, { venueId: venue.id, email: invitee.email, role: 'chair' });

    const wrong = await other.client.request(ACCEPT, { input: { token } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(wrong.errors?.[0]?.message).toBe(`This invitation was sent to ${invitee.email}.`);
    expect((await other.client.ok(VENUE, { id: venue.id })).venue.myRoles).toEqual([]);

    const cookieBefore = invitee.client.sessionCookie;
    const right = await invitee.client.ok(ACCEPT, { input: { token } });
    expect(right.acceptInvitation).toMatchObject({ id: invitee.id, roles: [{ venueId: venue.id, role: 'chair' }] });
    // Accepting as the signed-in person keeps their session.
    expect(invitee.client.sessionCookie).toBe(cookieBefore);
    const asNewChair = (await invitee.client.ok(VENUE, { id: venue.id })).venue;
    expect(asNewChair.myRoles).toEqual(['chair']);
    expect(asNewChair.members.map((m: any) => m.user.email).sort()).toEqual([chair.email, invitee.email].sort());
  });

  it('asks an existing account to sign in first (UNAUTHENTICATED), then accepts after sign-in', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const existing = await signUp(t, 'Existing');
    const { token } = await invite(t, chair, { venueId: venue.id, email: existing.email, role: 'expert_reviewer' });
    expect((await t.client().ok(PREVIEW, { token })).invitation.accountExists).toBe(true);

    const browser = t.client();
    const anonymous = await browser.request(ACCEPT, { input: { token, name: 'Impostor', password: 'impostor password' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toBe(`Sign in as ${existing.email} to accept.`);
    expect(browser.sessionCookie).toBe('');
    expect((await t.client().ok(PREVIEW, { token })).invitation.state).toBe('pending');

    await browser.ok(LOGIN, { input: { email: existing.email, password: PASSWORD } });
    const accepted = await browser.ok(ACCEPT, { input: { token } });
    expect(accepted.acceptInvitation.roles).toEqual([{ venueId: venue.id, role: 'expert_reviewer' }]);
  });

  it('lets the link holder decline; a declined invitation cannot be accepted', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('decliner');
    const { invitation, token } = await invite(t, chair, { venueId: venue.id, email, role: 'community_reviewer' });
    expect((await t.client().ok(DECLINE, { token })).declineInvitation).toBe(true);
    expect((await t.client().ok(PREVIEW, { token })).invitation.state).toBe('declined');
    const accept = await t.client().request(ACCEPT, { input: { token, name: 'Changed Mind', password: PASSWORD } });
    expect(accept.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const declineAgain = await t.client().request(DECLINE, { token });
    expect(declineAgain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const list = (await chair.client.ok(VENUE, { id: venue.id })).venue.invitations;
    expect(list).toEqual([expect.objectContaining({ id: invitation.id, state: 'declined' })]);
  });

  it('lets chairs revoke; to anyone else the invitation does not exist', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const outsider = await signUp(t, 'Outsider');
    const email = address('revoked');
    const { invitation, token } = await invite(t, chair, { venueId: venue.id, email, role: 'expert_reviewer' });

    const unknown = await outsider.client.request(REVOKE, { id: '0123456789abcdef01234567' });
    const foreign = await outsider.client.request(REVOKE, { id: invitation.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect((await t.client().ok(PREVIEW, { token })).invitation.state).toBe('pending');

    const { revokeInvitation: revoked } = await chair.client.ok(REVOKE, { id: invitation.id });
    expect(revoked).toMatchObject({ id: invitation.id, state: 'revoked' });
    expect(revoked.respondedAt).not.toBeNull();
    const accept = await t.client().request(ACCEPT, { input: { token, name: 'Too Late', password: PASSWORD } });
    expect(accept.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await chair.client.request(REVOKE, { id: invitation.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the first invitation when the address is invited again, and tells the chair', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('reinvited');
    const first = await invite(t, chair, { venueId: venue.id, email, role: 'expert_reviewer', message: 'Your audio expertise, please.' });
    const again = await chair.client.request(INVITE, { input: { venueId: venue.id, email, role: 'expert_reviewer', message: 'Reminder!' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_INVITED' });
    expect(again.errors?.[0]?.message).toMatch(
      new RegExp(`^${email} already has an open invitation as expert reviewer, sent on \\d{1,2} \\w+ \\d{4}\\. Resend it, or revoke it first`),
    );
    expect(again.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path)).toEqual(['email']);
    // The first link still works; nothing else was sent.
    expect((await t.client().ok(PREVIEW, { token: first.token })).invitation.state).toBe('pending');
    await t.outboxSettled();
    expect((await t.mail.messagesTo(email)).map((m) => m.id)).toEqual([first.mail.id]);

    // Another role is another invitation.
    const other = await invite(t, chair, { venueId: venue.id, email, role: 'community_reviewer' });
    expect(other.invitation.id).not.toBe(first.invitation.id);
    expect((await chair.client.ok(VENUE, { id: venue.id })).venue.invitations).toHaveLength(2);
  });

  it('resends the same invitation with its message and a fresh link; the earlier link stops working', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('resent');
    const first = await invite(t, chair, { venueId: venue.id, email, role: 'expert_reviewer', message: 'Your audio expertise, please.' });
    const { result, mail } = await t.mail.nextAfter(email, () => chair.client.ok(RESEND, { id: first.invitation.id }));
    expect(result.resendInvitation).toMatchObject({ id: first.invitation.id, state: 'pending', email });
    expect(mail.text).toContain('Your audio expertise, please.');
    const token = tokenIn(mail);
    expect(token).not.toBe(first.token);
    expect((await t.client().request(PREVIEW, { token: first.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().ok(PREVIEW, { token })).invitation.state).toBe('pending');

    const outsider = await signUp(t, 'Outsider');
    expect((await outsider.client.request(RESEND, { id: first.invitation.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await t.client().ok(DECLINE, { token });
    const late = await chair.client.request(RESEND, { id: first.invitation.id });
    expect(late.errors?.[0]?.message).toBe('This invitation was already declined.');
  });

  it('lets exactly one of accept and revoke win when they race, in 12 of 12 trials', async () => {
    const { chair, venue } = await chairWithVenue(t);
    for (let trial = 0; trial < 12; trial++) {
      // Half the trials accept as a signed-in account, half create the account while accepting.
      const existing = trial % 2 === 0 ? await signUp(t, `Racer ${trial}`) : null;
      const email = existing?.email ?? address(`racer-${trial}`);
      const { invitation, token } = await invite(t, chair, { venueId: venue.id, email, role: 'chair' });
      const acceptor = existing?.client ?? t.client();
      const [accepted, revoked] = await Promise.all([
        acceptor.request(ACCEPT, { input: existing ? { token } : { token, name: `Racer ${trial}`, password: PASSWORD } }),
        chair.client.request(REVOKE, { id: invitation.id }),
      ]);
      const acceptWon = Boolean(accepted.data?.acceptInvitation);
      const revokeWon = Boolean(revoked.data?.revokeInvitation);
      expect([acceptWon, revokeWon].filter(Boolean)).toHaveLength(1);
      const list = (await chair.client.ok(VENUE, { id: venue.id })).venue;
      const stored = list.invitations.find((i: any) => i.id === invitation.id);
      const member = list.members.find((m: any) => m.user.email === email);
      if (acceptWon) {
        expect(revoked.errors?.[0]?.message).toBe('This invitation was already accepted.');
        expect(stored.state).toBe('accepted');
        expect(member?.roles).toEqual(['chair']);
      } else {
        expect(accepted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WITHDRAWN' });
        expect(accepted.errors?.[0]?.message).toBe('The chair withdrew this invitation.');
        expect(stored.state).toBe('revoked');
        expect(member).toBeUndefined();
      }
    }
  });

  it('refuses invitations from non-chairs, bad input, and people who already hold the role', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const outsider = await signUp(t, 'Outsider');
    const notChair = await outsider.client.request(INVITE, { input: { venueId: venue.id, email: address('x'), role: 'chair' } });
    expect(notChair.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await chair.client.request(INVITE, {
      input: { venueId: '0123456789abcdef01234567', email: address('x'), role: 'chair' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await chair.client.request(INVITE, { input: { venueId: venue.id, email: 'not an email', role: 'author' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path)).toEqual(['email']);
    const self = await chair.client.request(INVITE, { input: { venueId: venue.id, email: chair.email, role: 'chair' } });
    expect(self.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.path)).toEqual(['email']);
    const anonymous = await t.client().request(INVITE, { input: { venueId: venue.id, email: address('x'), role: 'chair' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await chair.client.ok(VENUE, { id: venue.id })).venue.invitations).toEqual([]);
  });

  it('says NOT_FOUND for an unknown token', async () => {
    const token = randomBytes(32).toString('base64url');
    expect((await t.client().request(PREVIEW, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().request(DECLINE, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const accept = await t.client().request(ACCEPT, { input: { token, name: 'Nobody', password: PASSWORD } });
    expect(accept.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('invitation expiry (fixed clock)', () => {
  let t: TestApp;
  const clock = new FixedClock(new Date('2030-03-01T09:00:00Z'));

  beforeAll(async () => {
    // Sessions outlive the invitations here, so the chair stays signed in across the jump.
    t = await startTestApp({ clock, env: { SESSION_TTL_HOURS: String(24 * 60) } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('expires after 14 days; the chair can resend it with a fresh link', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const email = address('late');
    const { invitation, token } = await invite(t, chair, { venueId: venue.id, email, role: 'expert_reviewer' });
    expect(invitation.createdAt).toBe('2030-03-01T09:00:00.000Z');
    expect(invitation.expiresAt).toBe('2030-03-15T09:00:00.000Z');

    clock.advance(14 * DAY - 60_000);
    expect((await t.client().ok(PREVIEW, { token })).invitation.expired).toBe(false);

    clock.advance(60_000);
    expect((await t.client().ok(PREVIEW, { token })).invitation).toMatchObject({ state: 'pending', expired: true });
    const accept = await t.client().request(ACCEPT, { input: { token, name: 'Late Comer', password: PASSWORD } });
    expect(accept.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(accept.errors?.[0]?.extensions?.reason).toBe('EXPIRED');
    const decline = await t.client().request(DECLINE, { token });
    expect(decline.errors?.[0]?.extensions?.reason).toBe('EXPIRED');
    expect((await chair.client.ok(VENUE, { id: venue.id })).venue.invitations[0]).toMatchObject({ state: 'pending', expired: true });

    // Inviting again points the chair to the open invitation; resending renews it.
    const again = await chair.client.request(INVITE, { input: { venueId: venue.id, email, role: 'expert_reviewer' } });
    expect(again.errors?.[0]?.extensions?.reason).toBe('ALREADY_INVITED');
    const renewed = await t.mail.nextAfter(email, () => chair.client.ok(RESEND, { id: invitation.id }));
    expect(renewed.result.resendInvitation).toMatchObject({ id: invitation.id, expired: false, expiresAt: '2030-03-29T09:00:00.000Z' });
    const renewedToken = tokenIn(renewed.mail);
    const { acceptInvitation } = await t.client().ok(ACCEPT, { input: { token: renewedToken, name: 'Late Comer', password: PASSWORD } });
    expect(acceptInvitation.roles).toEqual([{ venueId: venue.id, role: 'expert_reviewer' }]);
  });
});

describe('invitation mail through the outbox', () => {
  let t: TestApp;
  let broken: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_RETRY_BASE_MS: '50', JOBS_RETRY_MAX_MS: '200' } });
    // A second API process on the same database whose mail server is gone: nothing listens on
    // port 9, so every send it tries fails with a connection error.
    broken = await startTestApp({
      databaseName: t.databaseName,
      env: { SMTP_URL: 'smtp://127.0.0.1:9', JOBS_RETRY_BASE_MS: '50', JOBS_RETRY_MAX_MS: '200' },
    });
  });
  afterAll(async () => {
    await broken.close();
    await t.close();
  });

  it('keeps the invitation when its mail cannot be sent at once, and delivers the mail once a server takes it', async () => {
    const { chair, venue } = await chairWithVenue(t);
    const viaBroken = chair.client.on(broken.url);
    const email = address('unreachable');
    const { inviteToVenue: invitation } = await viaBroken.ok(INVITE, { input: { venueId: venue.id, email, role: 'chair' } });
    expect(invitation).toMatchObject({ email, state: 'pending' });
    expect((await viaBroken.ok(VENUE, { id: venue.id })).venue.invitations).toEqual([
      expect.objectContaining({ id: invitation.id, state: 'pending' }),
    ]);
    // Whichever process claims the mail first, it ends up sent exactly once (the broken one only fails and retries).
    const mail = await t.mail.waitFor(email, () => true, 10_000);
    expect(mail.subject).toMatch(/^Invitation: Chair at /);
    await t.outboxSettled();
    expect(await t.mail.messagesTo(email)).toHaveLength(1);
    const db = t.app.get<Connection>(getConnectionToken());
    const stored = await db.collection('invitations').findOne({ email });
    expect(stored?.['tokenHash']).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toHaveProperty('token');
    // The sent mail leaves who and what in the outbox, not the link with its token.
    const job = await db.collection('jobs').findOne({ name: 'mail.send', 'payload.to': email });
    expect(job).toMatchObject({ state: 'succeeded', venueId: venue.id, payload: { to: email, subject: mail.subject } });
    expect(job?.['payload']).not.toHaveProperty('text');
    expect(job?.['payload']).not.toHaveProperty('html');
  });
});
