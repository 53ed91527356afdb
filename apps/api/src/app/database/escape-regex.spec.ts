import { escapeRegex } from './escape-regex';

describe('escapeRegex', () => {
  it('escapes every regular-expression character in a search', () => {
    const text = 'a.b*(c)[d]+?^$|{e}\\';
    expect(new RegExp(escapeRegex(text)).test(text)).toBe(true);
    expect(new RegExp(escapeRegex('a.b')).test('axb')).toBe(false);
  });
});
