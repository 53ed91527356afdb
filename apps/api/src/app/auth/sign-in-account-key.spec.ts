import { signInAccountKey } from './auth.service';

describe('signInAccountKey', () => {
  it('counts an address however it is written', () => {
    expect(signInAccountKey(' Ada@Example.ORG ')).toBe('login:account:ada@example.org');
  });

  it('stores an address longer than any real one as its hash', () => {
    const key = signInAccountKey(`${'a'.repeat(5000)}@example.org`);
    expect(key).toMatch(/^login:account:[0-9a-f]{64}$/);
  });
});
