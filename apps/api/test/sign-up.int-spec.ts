// Signing up proves the address first: the API answers the same for every address and mails a
// single-use link; only the mail differs between a new address and one that has an account.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import {
  FixedClock,
  signUpTokenIn,
  startTestApp,
  TEST_PASSWORD,
  type CaughtMail,
  type TestApp,
} from './test-app';

const REQUEST = `mutation($email: String!) { requestSignUp(email: $email) { email message } }`;
const LINK = `query($token: String!) { signUpLink(token: $token) { email expiresAt accountExists } }`;
const COMPLETE = `mutation($input: CompleteSignUpInput!) { completeSignUp(input: $input) { id name email roles { role } } }`;
const ME = `query { me { id email } }`;
const HOUR = 3600_000;

let counter = 0;
const address = (name: string): string => `${name}-${Date.now().toString(36)}-${++counter}@example.org`;

async function requestLink(t: TestApp, email: string): Promise<{ answer: any; mail: CaughtMail }> {
  const { result, mail } = await t.mail.nextAfter(email, () => t.client().ok(REQUEST, { email }));
  return { answer: result.requestSignUp, mail };
}

describe('sign-up by verified email (real FerretDB, real SMTP)', () => {
  const clock = new FixedClock(new Date('2030-04-01T08:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { SESSION_TTL_HOURS: String(24 * 30) } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the same for a new address and one with an account; only the mail differs', async () => {
    const existing = await t.signUp('Existing Person');
    const fresh = address('fresh');
    const forNew = await requestLink(t, fresh);
    const forExisting = await requestLink(t, existing.email.toUpperCase());
    expect(forNew.answer).toEqual({
      email: fresh,
      message: `We sent a link to ${fresh}. Open it within 24 hours to continue.`,
    });
    expect(forExisting.answer).toEqual({
      email: existing.email,
      message: `We sent a link to ${existing.email}. Open it within 24 hours to continue.`,
    });

    expect(forNew.mail.subject).toBe('Create your Impact Review account');
    expect(forNew.mail.text).toMatch(/http:\/\/localhost:4200\/sign-up\/[A-Za-z0-9_-]{43}/);
    expect(forExisting.mail.subject).toBe('You already have an Impact Review account');
    expect(forExisting.mail.text).toContain('http://localhost:4200/sign-in');
    expect(forExisting.mail.text).toContain('http://localhost:4200/forgot-password');
    expect(forExisting.mail.text).not.toMatch(/sign-up\//);
  });

  it('creates the account from the link, signs in, and the link works once', async () => {
    const email = address('newcomer');
    const { mail } = await requestLink(t, email);
    const token = signUpTokenIn(mail);
    const preview = (await t.client().ok(LINK, { token })).signUpLink;
    expect(preview).toEqual({
      email,
      expiresAt: new Date(clock.now().getTime() + 24 * HOUR).toISOString(),
      accountExists: false,
    });

    const browser = t.client();
    const { completeSignUp: viewer } = await browser.ok(COMPLETE, {
      input: { token, name: '  New Comer ', password: TEST_PASSWORD },
    });
    expect(viewer).toMatchObject({ name: 'New Comer', email, roles: [] });
    expect(browser.sessionCookie).toMatch(/^ir_session=/);
    expect((await browser.ok(ME)).me.email).toBe(email);

    const again = await t
      .client()
      .request(COMPLETE, { input: { token, name: 'Second Use', password: TEST_PASSWORD } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(again.errors?.[0]?.message).toMatch(/already used, or it has expired/);
    expect((await t.client().request(LINK, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('stores only a hash of the link token', async () => {
    const email = address('hashed');
    const token = signUpTokenIn((await requestLink(t, email)).mail);
    const stored = await t.app
      .get<Connection>(getConnectionToken())
      .collection('account_tokens')
      .findOne({ email });
    expect(stored?.['tokenHash']).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('keeps the link usable when the name or password is not acceptable', async () => {
    const email = address('careless');
    const token = signUpTokenIn((await requestLink(t, email)).mail);
    const bad = await t.client().request(COMPLETE, { input: { token, name: 'C', password: 'short' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((e: any) => e.path).sort()).toEqual([
      'name',
      'password',
    ]);
    const good = await t
      .client()
      .ok(COMPLETE, { input: { token, name: 'Careful Person', password: TEST_PASSWORD } });
    expect(good.completeSignUp.email).toBe(email);
  });

  it('lets exactly one of three parallel uses of a link create the account, in 5 of 5 trials', async () => {
    const users = t.app.get<Connection>(getConnectionToken()).collection('users');
    for (let trial = 0; trial < 5; trial++) {
      const email = address(`parallel-${trial}`);
      const token = signUpTokenIn((await requestLink(t, email)).mail);
      const results = await Promise.all(
        ['First', 'Second', 'Third'].map((name) =>
          t.client().request(COMPLETE, { input: { token, name: `${name} Person`, password: TEST_PASSWORD } }),
        ),
      );
      expect(results.filter((r) => r.data?.completeSignUp)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toHaveLength(2);
      expect(await users.countDocuments({ email })).toBe(1);
    }
  });

  it('expires the link after 24 hours', async () => {
    const email = address('slow');
    const token = signUpTokenIn((await requestLink(t, email)).mail);
    clock.advance(24 * HOUR - 60_000);
    expect((await t.client().ok(LINK, { token })).signUpLink.email).toBe(email);
    clock.advance(60_000);
    const late = await t
      .client()
      .request(COMPLETE, { input: { token, name: 'Slow Person', password: TEST_PASSWORD } });
    expect(late.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an address that is not one, and the old register mutation is gone', async () => {
    const bad = await t.client().request(REQUEST, { email: 'not-an-email' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((e: any) => e.path)).toEqual(['email']);
    const old = await t
      .client()
      .request(
        `mutation { register(input: { name: "X Y", email: "x@example.org", password: "long enough" }) { id } }`,
      );
    expect(old.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('tells the link holder when the address got an account in the meantime', async () => {
    const email = address('twice');
    const first = signUpTokenIn((await requestLink(t, email)).mail);
    const second = signUpTokenIn((await requestLink(t, email)).mail);
    await t.client().ok(COMPLETE, { input: { token: first, name: 'First Link', password: TEST_PASSWORD } });
    expect((await t.client().ok(LINK, { token: second })).signUpLink.accountExists).toBe(true);
    const taken = await t
      .client()
      .request(COMPLETE, { input: { token: second, name: 'Second Link', password: TEST_PASSWORD } });
    expect(taken.errors?.[0]?.extensions?.reason).toBe('EMAIL_TAKEN');
  });
});

describe('limits on sign-up mails (raised per network in tests, per address as configured)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { ACCOUNT_MAILS_PER_EMAIL_MAX: '2' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses more mails to one address with TOO_MANY_REQUESTS and says when to try again', async () => {
    const email = address('spammed');
    await t.client().ok(REQUEST, { email });
    await t.client().ok(REQUEST, { email: email.toUpperCase() });
    const third = await t.client().request(REQUEST, { email });
    expect(third.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(third.errors?.[0]?.message).toBe(
      `We already sent several emails to ${email}. Check your inbox and spam folder, or try again in 1 hour.`,
    );
    await t.outboxSettled();
    expect(await t.mail.messagesTo(email)).toHaveLength(2);
  });
});
