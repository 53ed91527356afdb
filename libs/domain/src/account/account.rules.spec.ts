import {
  normalizeEmail,
  validateAccountDetails,
  validateEmail,
  validateRegistration,
  validateSignIn,
  waitText,
} from './account.rules';

describe('account rules', () => {
  it.each([
    ['ada@example.org', []],
    ['  Ada@Example.ORG ', []],
    ['', ['email']],
    ['ada', ['email']],
    ['ada@example', ['email']],
    ['a da@example.org', ['email']],
  ])('validateEmail(%j)', (email, paths) => {
    expect(validateEmail(email).map((e) => e.path)).toEqual(paths);
  });

  it('normalizes case and spaces', () => {
    expect(normalizeEmail('  Ada@Example.ORG ')).toBe('ada@example.org');
  });

  it.each([
    [{ name: 'Ada Lovelace', email: 'ada@example.org', password: 'correct horse battery' }, []],
    [{ name: 'A', email: 'ada@example.org', password: 'correct horse battery' }, ['name']],
    [{ name: 'Ada', email: 'nope', password: 'short' }, ['email', 'password']],
    [{ name: 'Ada', email: 'ada@example.org', password: 'x'.repeat(201) }, ['password']],
  ])('validateRegistration(%j)', (input, paths) => {
    expect(validateRegistration(input).map((e) => e.path)).toEqual(paths);
  });

  it.each([
    [{ name: 'Ada', password: 'correct horse battery' }, []],
    [{ name: ' ', password: 'short' }, ['name', 'password']],
  ])('validateAccountDetails(%j)', (input, paths) => {
    expect(validateAccountDetails(input).map((e) => e.path)).toEqual(paths);
  });

  const now = new Date('2030-01-01T12:00:00Z');
  it.each([
    [0, 'in 1 minute'],
    [1, 'in 1 minute'],
    [60_000, 'in 1 minute'],
    [60_001, 'in 2 minutes'],
    [14 * 60_000 + 30_000, 'in 15 minutes'],
    [60 * 60_000, 'in 1 hour'],
    [125 * 60_000, 'in 2 hours and 5 minutes'],
    [-5000, 'in 1 minute'],
  ])('waitText(+%d ms) = %s', (ms, text) => {
    expect(waitText(new Date(now.getTime() + ms), now)).toBe(text);
  });
});

describe('validateSignIn', () => {
  it.each<[string, string, string[]]>([
    ['ada@example.org', 'x', []],
    ['ada@example.org', 'short', []],
    ['ada@example.org', '', ['password']],
    ['', 'secret', ['email']],
    ['not an address', '', ['email', 'password']],
  ])('%p with password %p: problems at %p', (email, password, paths) => {
    expect(validateSignIn({ email, password }).map((e) => e.path)).toEqual(paths);
  });
});
