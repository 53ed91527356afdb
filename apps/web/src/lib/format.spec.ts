import { countOf, formatDay } from './format';
import { fieldId } from './fieldIds';

describe('countOf', () => {
  it.each([
    [0, 'change', undefined, '0 changes'],
    [1, 'change', undefined, '1 change'],
    [2, 'change', undefined, '2 changes'],
    [1, 'part still needs', 'parts still need', '1 part still needs'],
    [3, 'part still needs', 'parts still need', '3 parts still need'],
  ])('%i %s → %s', (count, singular, plural, text) => {
    expect(countOf(count, singular, plural)).toBe(text);
  });
});

describe('fieldId', () => {
  it.each([
    ['summary', 'field-summary'],
    ['hazards.0.description', 'field-hazards-0-description'],
    ['links.paperUrl', 'field-links-paperUrl'],
  ])('%s → %s', (path, id) => {
    expect(fieldId(path)).toBe(id);
  });
});

describe('formatDay', () => {
  it('shows a calendar day as that day in every time zone, and a dash for anything else', () => {
    expect(formatDay('2030-06-01')).toBe(
      new Date(2030, 5, 1).toLocaleDateString(undefined, { dateStyle: 'medium' }),
    );
    expect(formatDay(null)).toBe('—');
    expect(formatDay('1 June')).toBe('—');
  });
});
