// The limits a real installation runs with (no raised test settings): account mails per address and
// per network. Sign-in failures run with their defaults in sign-in-throttle.int-spec.ts.
import { loadConfig } from '../src/app/config/app-config';
import { FixedClock, startTestApp, type GraphqlResult, type TestApp } from './test-app';

const SIGN_UP = `mutation($email: String!) { requestSignUp(email: $email) { email } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) { email } }`;
const MINUTE = 60_000;

async function ask(t: TestApp, query: string, email: string, from: string): Promise<GraphqlResult> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query, variables: { email } }),
  });
  return (await response.json()) as GraphqlResult;
}

describe('default rate limits of account mails (real FerretDB, real SMTP)', () => {
  const clock = new FixedClock(new Date('2030-07-01T09:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock, rateLimits: 'defaults', env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('are the defaults of the configuration', () => {
    const config = loadConfig({});
    expect(config.accountMailsPerEmail).toEqual({ max: 3, windowMinutes: 60 });
    expect(config.accountMailsPerAddress).toEqual({ max: 20, windowMinutes: 60 });
    expect(config.loginFailuresPerAccount).toEqual({ max: 5, windowMinutes: 15 });
    expect(config.loginFailuresPerAddress).toEqual({ max: 50, windowMinutes: 15 });
  });

  it('send at most 3 account mails per address an hour, sign-up and reset together', async () => {
    const email = `limited-${Date.now()}@example.org`;
    expect((await ask(t, SIGN_UP, email, '198.51.100.1')).errors).toBeUndefined();
    expect((await ask(t, RESET, email, '198.51.100.2')).errors).toBeUndefined();
    expect((await ask(t, SIGN_UP, email, '198.51.100.3')).errors).toBeUndefined();
    clock.advance(20 * MINUTE);
    const fourth = await ask(t, RESET, email, '198.51.100.4');
    expect(fourth.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(fourth.errors?.[0]?.message).toBe(
      `We already sent several emails to ${email}. Check your inbox and spam folder, or try again in 40 minutes.`,
    );
    await t.outboxSettled();
    expect(await t.mail.messagesTo(email)).toHaveLength(3);
    clock.advance(40 * MINUTE);
    expect((await ask(t, RESET, email, '198.51.100.4')).errors).toBeUndefined();
  });

  it('send at most 20 account mails an hour to one network; other networks are unaffected', async () => {
    const from = '203.0.113.50';
    for (let i = 0; i < 20; i++) {
      expect(
        (await ask(t, i % 2 ? SIGN_UP : RESET, `net-${i}-${Date.now()}@example.org`, from)).errors,
      ).toBeUndefined();
    }
    const refused = await ask(t, SIGN_UP, `net-last-${Date.now()}@example.org`, from);
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toBe(
      'Too many emails were asked for from your network. Try again in 1 hour.',
    );
    expect(
      (await ask(t, SIGN_UP, `elsewhere-${Date.now()}@example.org`, '203.0.113.51')).errors,
    ).toBeUndefined();
  });
});
