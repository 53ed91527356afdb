// "Forgot password?": the same answer for every address, a single-use link valid for one hour, and a
// new password that ends every other session of the account.
import { FixedClock, startTestApp, TEST_PASSWORD, type CaughtMail, type TestApp } from './test-app';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) { email message } }`;
const LINK = `query($token: String!) { passwordResetLink(token: $token) { email expiresAt } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id email } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const ME = `query { me { id } }`;
const NEW_PASSWORD = 'a brand new passphrase';
const HOUR = 3600_000;

function resetTokenIn(mail: CaughtMail): string {
  const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No reset link in: ${mail.text}`);
  return match[1];
}

async function requestReset(t: TestApp, email: string): Promise<{ answer: any; mail: CaughtMail }> {
  const { result, mail } = await t.mail.nextAfter(email, () => t.client().ok(REQUEST, { email }));
  return { answer: result.requestPasswordReset, mail };
}

describe('password reset by email (real FerretDB, real SMTP)', () => {
  const clock = new FixedClock(new Date('2030-05-01T08:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    // Several resets of one account within the hour: the per-address mail limit is raised here.
    t = await startTestApp({
      clock,
      env: { SESSION_TTL_HOURS: String(24 * 30), ACCOUNT_MAILS_PER_EMAIL_MAX: '50' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the same whether or not an account uses the address', async () => {
    const person = await t.signUp('Forgetful Person');
    const stranger = `nobody-${Date.now()}@example.org`;
    const known = await requestReset(t, person.email);
    const unknown = await requestReset(t, stranger);
    expect(known.answer.message).toBe(unknown.answer.message.replace(stranger, person.email));
    expect(known.mail.subject).toBe('Choose a new password for Impact Review');
    expect(known.mail.text).toContain('Forgetful Person');
    expect(unknown.mail.subject).toBe('About your Impact Review password');
    expect(unknown.mail.text).toContain('no Impact Review account uses this address');
    expect(unknown.mail.text).not.toMatch(/reset-password\//);
  });

  it('sets the new password, ends every other session and signs this browser in', async () => {
    const person = await t.signUp('Many Devices');
    const laptop = t.client();
    await laptop.ok(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    expect((await person.client.ok(ME)).me.id).toBe(person.id);

    const token = resetTokenIn((await requestReset(t, person.email)).mail);
    expect((await t.client().ok(LINK, { token })).passwordResetLink).toEqual({
      email: person.email,
      expiresAt: new Date(clock.now().getTime() + HOUR).toISOString(),
    });
    const phone = t.client();
    expect((await phone.ok(RESET, { input: { token, password: NEW_PASSWORD } })).resetPassword.id).toBe(
      person.id,
    );
    expect((await phone.ok(ME)).me.id).toBe(person.id);

    // Every other session is over; the old password no longer works, the new one does.
    expect((await person.client.ok(ME)).me).toBeNull();
    expect((await laptop.ok(ME)).me).toBeNull();
    const old = await t.client().request(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.client().ok(LOGIN, { input: { email: person.email, password: NEW_PASSWORD } });

    const again = await t.client().request(RESET, { input: { token, password: 'yet another passphrase' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets exactly one of two parallel uses of a link succeed, in 5 of 5 trials', async () => {
    const person = await t.signUp('Raced Reset');
    for (let trial = 0; trial < 5; trial++) {
      const token = resetTokenIn((await requestReset(t, person.email)).mail);
      const results = await Promise.all(
        [`first ${trial} passphrase`, `second ${trial} passphrase`].map((password) =>
          t.client().request(RESET, { input: { token, password } }),
        ),
      );
      const winners = results.filter((r) => r.data?.resetPassword);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toHaveLength(1);
      // The winner's password is the one that works.
      const winning =
        results.indexOf(winners[0] as (typeof results)[number]) === 0
          ? `first ${trial} passphrase`
          : `second ${trial} passphrase`;
      await t.client().ok(LOGIN, { input: { email: person.email, password: winning } });
    }
  });

  it('retires older links when one is used, and expires links after an hour', async () => {
    const person = await t.signUp('Two Mails');
    const older = resetTokenIn((await requestReset(t, person.email)).mail);
    const newer = resetTokenIn((await requestReset(t, person.email)).mail);
    await t.client().ok(RESET, { input: { token: newer, password: NEW_PASSWORD } });
    expect(
      (await t.client().request(RESET, { input: { token: older, password: 'another passphrase' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    const late = resetTokenIn((await requestReset(t, person.email)).mail);
    clock.advance(HOUR);
    expect((await t.client().request(LINK, { token: late })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('checks the new password before using the link', async () => {
    const person = await t.signUp('Short Password');
    const token = resetTokenIn((await requestReset(t, person.email)).mail);
    const bad = await t.client().request(RESET, { input: { token, password: 'short' } });
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((e: any) => e.path)).toEqual(['password']);
    await t.client().ok(RESET, { input: { token, password: NEW_PASSWORD } });
  });
});
