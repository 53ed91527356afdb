import { controlCharacterMessage, findControlCharacter } from './text.rules';

describe('findControlCharacter', () => {
  it.each<[string, boolean, { index: number; codePoint: number } | null]>([
    ['Ada Lovelace', false, null],
    ['Ünïcödé – “quotes” 日本語 🎉', false, null],
    ['', false, null],
    ['nul\u0000byte', false, { index: 3, codePoint: 0 }],
    ['nul\u0000byte', true, { index: 3, codePoint: 0 }],
    ['bell\u0007', true, { index: 4, codePoint: 7 }],
    ['esc\u001b[31m', true, { index: 3, codePoint: 0x1b }],
    ['del\u007f', true, { index: 3, codePoint: 0x7f }],
    ['two\nlines', false, { index: 3, codePoint: 0x0a }],
    ['two\nlines', true, null],
    ['windows\r\nlines', true, null],
    ['a\ttab', false, { index: 1, codePoint: 0x09 }],
    ['a\ttab', true, null],
    ['vertical\u000btab', true, { index: 8, codePoint: 0x0b }],
    ['form\u000cfeed', true, { index: 4, codePoint: 0x0c }],
    // C1 controls and other invisible characters are printable enough to keep.
    ['next\u0085line', false, null],
  ])('%j (multi-line %s)', (value, multiLine, expected) => {
    expect(findControlCharacter(value, { multiLine })).toEqual(expected);
  });
});

describe('controlCharacterMessage', () => {
  it.each([
    [
      { index: 0, codePoint: 0 },
      'Remove a null character (U+0000) from this text; it may have come with pasted text.',
    ],
    [
      { index: 0, codePoint: 7 },
      'Remove an invisible control character (U+0007) from this text; it may have come with pasted text.',
    ],
    [{ index: 0, codePoint: 0x0a }, 'This field takes a single line: remove a line break (U+000A).'],
    [{ index: 0, codePoint: 0x09 }, 'This field takes a single line: remove a tab (U+0009).'],
  ])('%j', (found, message) => {
    expect(controlCharacterMessage(found)).toBe(message);
  });
});
