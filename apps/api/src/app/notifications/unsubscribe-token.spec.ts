import { signUnsubscribeToken, verifyUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token';

const secret = 'test-secret-0123456789';
const scope: UnsubscribeScope = { userId: '64b7f0c2a1b2c3d4e5f60718', venueId: 'v1', kind: 'tier_decided' };

describe('unsubscribe tokens', () => {
  test('a signed token verifies to its scope', () => {
    expect(verifyUnsubscribeToken(signUnsubscribeToken(scope, secret), secret)).toEqual(scope);
    const general = { ...scope, venueId: null };
    expect(verifyUnsubscribeToken(signUnsubscribeToken(general, secret), secret)).toEqual(general);
  });

  test('the same scope always gives the same token (links in two mails agree)', () => {
    expect(signUnsubscribeToken(scope, secret)).toBe(signUnsubscribeToken({ ...scope }, secret));
  });

  const token = signUnsubscribeToken(scope, secret);
  const [payload, signature] = token.split('.') as [string, string];
  const otherPayload = Buffer.from(
    JSON.stringify(['64b7f0c2a1b2c3d4e5f60719', 'v1', 'tier_decided']),
  ).toString('base64url');
  test.each([
    ['another secret', token, 'other-secret'],
    ['a changed person', `${otherPayload}.${signature}`, secret],
    ['a truncated signature', `${payload}.${signature.slice(0, -2)}`, secret],
    ['no signature', payload, secret],
    ['an extra part', `${token}.x`, secret],
    ['an empty string', '', secret],
    ['garbage', '!!!.???', secret],
    ['an oversized token', `${'a'.repeat(600)}.${signature}`, secret],
  ])('refuses %s', (_name, candidate, key) => {
    expect(verifyUnsubscribeToken(candidate, key)).toBeNull();
  });

  test('refuses a well-signed payload of the wrong shape', () => {
    const bad = Buffer.from(JSON.stringify(['u', 'v', 'not_a_kind'])).toString('base64url');
    const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const sig = createHmac('sha256', secret)
      .update(`impact-review/unsubscribe/v1\n${bad}`)
      .digest('base64url');
    expect(verifyUnsubscribeToken(`${bad}.${sig}`, secret)).toBeNull();
  });
});
