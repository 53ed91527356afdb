import { normalizeEmail, validateEmail, validateRegistration } from './account.rules';

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
});
