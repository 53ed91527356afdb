// Failed sign-ins are limited per account (email) and per network, with the counts in the
// database; unknown addresses are limited exactly like known ones.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AccountHousekeeping } from '../src/app/accounts/account-housekeeping';
import { FixedClock, startTestApp, TEST_PASSWORD, type GraphqlResult, type TestApp } from './test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const MINUTE = 60_000;

/** A sign-in attempt from a given client address, as a proxy trusted by TRUST_PROXY reports it. */
async function attempt(
  t: TestApp,
  email: string,
  password: string,
  from = '198.51.100.7',
): Promise<GraphqlResult> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  return (await response.json()) as GraphqlResult;
}

const codeOf = (result: GraphqlResult): string | undefined =>
  result.errors?.[0]?.extensions?.code ?? (result.data ? 'OK' : undefined);

describe('sign-in throttling (real FerretDB)', () => {
  const clock = new FixedClock(new Date('2030-06-01T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      clock,
      rateLimits: 'defaults',
      // Requests come through a proxy on this machine that names the client in X-Forwarded-For.
      env: {
        TRUST_PROXY: 'loopback',
        SESSION_TTL_HOURS: String(24 * 30),
        ACCOUNT_MAILS_PER_ADDRESS_MAX: '1000',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses an account after 5 failures in 15 minutes, even the right password, and says when to retry', async () => {
    const person = await t.signUp('Guessed Person');
    for (let i = 0; i < 5; i++)
      expect(codeOf(await attempt(t, person.email, `wrong guess ${i}`))).toBe('UNAUTHENTICATED');
    const refused = await attempt(t, person.email, TEST_PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toBe(
      'Too many failed sign-in attempts for this email address. Try again in 15 minutes, or reset your password.',
    );
    clock.advance(10 * MINUTE);
    expect((await attempt(t, person.email, TEST_PASSWORD, '203.0.113.9')).errors?.[0]?.message).toMatch(
      /Try again in 5 minutes/,
    );
    // The window ends: the right password works again, from anywhere.
    clock.advance(5 * MINUTE);
    expect(codeOf(await attempt(t, person.email, TEST_PASSWORD))).toBe('OK');
  });

  it('limits unknown addresses exactly like known ones, with the same message', async () => {
    const person = await t.signUp('Known Person');
    const unknown = `nobody-${Date.now()}@example.org`;
    const known: (string | undefined)[] = [];
    const stranger: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(codeOf(await attempt(t, person.email, 'wrong password', '192.0.2.1')));
      stranger.push(codeOf(await attempt(t, unknown, 'wrong password', '192.0.2.2')));
    }
    expect(known).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    expect(stranger).toEqual(known);
    const [a, b] = [
      await attempt(t, person.email, 'x', '192.0.2.1'),
      await attempt(t, unknown, 'x', '192.0.2.2'),
    ];
    expect(a.errors?.[0]?.message).toBe(b.errors?.[0]?.message);
  });

  it('clears the account count on a successful sign-in', async () => {
    const person = await t.signUp('Clumsy Typist');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++)
        expect(codeOf(await attempt(t, person.email, 'typo'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await attempt(t, person.email, TEST_PASSWORD))).toBe('OK');
    }
  });

  it('limits one network at 50 failures in 15 minutes across accounts; other networks are unaffected', async () => {
    const from = '100.64.1.1';
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 51; i++)
      results.push(codeOf(await attempt(t, `spray-${i}-${Date.now()}@example.org`, 'Winter2030!', from)));
    expect(results.slice(0, 50).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(results[50]).toBe('TOO_MANY_REQUESTS');
    const blocked = await attempt(t, `spray-last-${Date.now()}@example.org`, 'x', from);
    expect(blocked.errors?.[0]?.message).toBe(
      'Too many failed sign-in attempts from your network. Try again in 15 minutes.',
    );
    const person = await t.signUp('Same Building');
    expect(codeOf(await attempt(t, person.email, TEST_PASSWORD, from))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await attempt(t, person.email, TEST_PASSWORD, '100.64.1.2'))).toBe('OK');
    clock.advance(15 * MINUTE);
  });

  it('counts IPv6 clients by their /64 network', async () => {
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 51; i++)
      results.push(
        codeOf(
          await attempt(t, `v6-${i}-${Date.now()}@example.org`, 'x', `2001:db8:1:2::${(i + 1).toString(16)}`),
        ),
      );
    expect(results[50]).toBe('TOO_MANY_REQUESTS');
    clock.advance(15 * MINUTE);
  });

  it('tries at most 5 of 25 parallel wrong passwords for one account', async () => {
    const person = await t.signUp('Burst Target');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => attempt(t, person.email, `parallel guess ${i}`)),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(20);
    clock.advance(15 * MINUTE);
  });

  it('keeps the counts in one window document per key and sweeps expired windows', async () => {
    const db = t.app.get<Connection>(getConnectionToken());
    const email = `swept-${Date.now()}@example.org`;
    await attempt(t, email, 'x');
    await attempt(t, email, 'y');
    const windows = await db
      .collection('rate_windows')
      .find({ key: `login:account:${email}` })
      .toArray();
    expect(windows).toEqual([expect.objectContaining({ count: 2 })]);
    clock.advance(16 * MINUTE);
    const swept = await t.app.get(AccountHousekeeping).sweep();
    expect(swept.rateWindows).toBeGreaterThan(0);
    expect(await db.collection('rate_windows').countDocuments({ expiresAt: { $lte: clock.now() } })).toBe(0);
  });
});
