import { escapeCalendarText, foldCalendarLine, renderCalendar } from './calendar-feed.rules';

describe('escapeCalendarText', () => {
  it.each([
    ['plain', 'Review due', 'Review due'],
    ['commas and semicolons', 'Paper, code; model', 'Paper\\, code\\; model'],
    ['backslashes first', 'a\\b', 'a\\\\b'],
    ['newlines', 'line one\nline two\r\nthree', 'line one\\nline two\\nthree'],
  ])('%s', (_label, text, escaped) => {
    expect(escapeCalendarText(text)).toBe(escaped);
  });
});

describe('foldCalendarLine', () => {
  it('leaves short lines alone', () => {
    expect(foldCalendarLine('SUMMARY:Short')).toBe('SUMMARY:Short');
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = foldCalendarLine(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'x'.repeat(200)}`);
  });

  it('never splits a character that takes several octets', () => {
    const folded = foldCalendarLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});

describe('renderCalendar', () => {
  const feed = renderCalendar({
    name: 'Impact Review: Ada Lovelace',
    generatedAt: new Date('2030-01-02T03:04:05.678Z'),
    events: [
      { uid: 'release-a1-model@impact-review', summary: 'Release: Voice model', description: '', url: null, start: '2030-06-01' },
      {
        uid: 'review-x1@impact-review',
        summary: 'Review due: Voice cloning, revisited',
        description: 'Your expert review.',
        url: 'https://review.example.org/submissions/s1/review',
        start: new Date('2030-02-01T17:00:00Z'),
      },
    ],
  });

  it('is one calendar with CRLF lines and the product’s id', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Impact Review//Calendar feed//EN\r\n')).toBe(true);
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(feed).not.toMatch(/[^\r]\n/);
  });

  it('writes moments in UTC and whole days as dates, in time order', () => {
    const review = feed.indexOf('UID:review-x1@impact-review');
    const release = feed.indexOf('UID:release-a1-model@impact-review');
    expect(review).toBeLessThan(release);
    expect(feed).toContain('DTSTART:20300201T170000Z');
    expect(feed).toContain('DTSTART;VALUE=DATE:20300601\r\nDTEND;VALUE=DATE:20300602');
    expect(feed).toContain('DTSTAMP:20300102T030405Z');
    expect(feed).toContain('SUMMARY:Review due: Voice cloning\\, revisited');
    expect(feed).toContain('URL:https://review.example.org/submissions/s1/review');
  });
});
