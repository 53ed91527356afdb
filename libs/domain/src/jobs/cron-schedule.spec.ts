import { isValidCron, nextCronTime, parseCron } from './cron-schedule';

describe('parseCron', () => {
  test('reads lists, ranges and steps', () => {
    const s = parseCron('*/15 9-17/4 1,15 * 1-5');
    expect([...s.minutes]).toEqual([0, 15, 30, 45]);
    expect([...s.hours]).toEqual([9, 13, 17]);
    expect([...s.daysOfMonth]).toEqual([1, 15]);
    expect(s.months.size).toBe(12);
    expect([...s.daysOfWeek]).toEqual([1, 2, 3, 4, 5]);
  });

  test('reads 7 as Sunday', () => {
    expect([...parseCron('0 0 * * 7').daysOfWeek]).toEqual([0]);
  });

  test.each([
    ['four fields', '0 0 * *'],
    ['a minute of 60', '60 * * * *'],
    ['a zero step', '*/0 * * * *'],
    ['a backwards range', '0 5-3 * * *'],
    ['day 0 of a month', '0 0 0 * *'],
    ['words', 'every day'],
  ])('refuses %s', (_name, expression) => {
    expect(() => parseCron(expression)).toThrow(RangeError);
    expect(isValidCron(expression)).toBe(false);
  });
});

describe('nextCronTime', () => {
  test.each([
    ['every 10 minutes, UTC', '*/10 * * * *', '2026-03-10T10:01:00Z', 'UTC', '2026-03-10T10:10:00.000Z'],
    [
      'strictly after the current minute',
      '*/10 * * * *',
      '2026-03-10T10:10:00Z',
      'UTC',
      '2026-03-10T10:20:00.000Z',
    ],
    [
      'daily 03:00 in Berlin (winter, UTC+1)',
      '0 3 * * *',
      '2026-01-10T12:00:00Z',
      'Europe/Berlin',
      '2026-01-11T02:00:00.000Z',
    ],
    [
      'daily 03:00 in Berlin (summer, UTC+2)',
      '0 3 * * *',
      '2026-07-10T12:00:00Z',
      'Europe/Berlin',
      '2026-07-11T01:00:00.000Z',
    ],
    // Berlin skips 02:00-03:00 on 2026-03-29: a 02:30 job does not run that day.
    [
      'a wall time in a DST gap is skipped that day',
      '30 2 * * *',
      '2026-03-28T02:00:00Z',
      'Europe/Berlin',
      '2026-03-30T00:30:00.000Z',
    ],
    // Berlin repeats 02:00-03:00 on 2026-10-25: a 02:30 job runs the first time only (00:30 UTC).
    [
      'a repeated wall time runs once',
      '30 2 * * *',
      '2026-10-25T00:00:00Z',
      'Europe/Berlin',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      '... and not again at the second 02:30',
      '30 2 * * *',
      '2026-10-25T00:30:00Z',
      'Europe/Berlin',
      '2026-10-26T01:30:00.000Z',
    ],
    [
      'weekdays only (2026-03-14 is a Saturday)',
      '0 9 * * 1-5',
      '2026-03-13T10:00:00Z',
      'UTC',
      '2026-03-16T09:00:00.000Z',
    ],
    [
      'day of month or weekday when both are given',
      '0 0 13 * 5',
      '2026-03-01T00:00:00Z',
      'UTC',
      '2026-03-06T00:00:00.000Z',
    ],
    ['29 February', '0 0 29 2 *', '2026-03-01T00:00:00Z', 'UTC', '2028-02-29T00:00:00.000Z'],
    [
      'in the zone, not the server: 08:00 Tokyo',
      '0 8 * * *',
      '2026-03-10T22:00:00Z',
      'Asia/Tokyo',
      '2026-03-10T23:00:00.000Z',
    ],
  ])('%s', (_name, expression, after, zone, expected) => {
    expect(nextCronTime(expression, new Date(after), zone).toISOString()).toBe(expected);
  });

  test('refuses an unknown zone and a schedule that never fires', () => {
    expect(() => nextCronTime('0 0 * * *', new Date(), 'Nowhere/City')).toThrow(RangeError);
    expect(() => nextCronTime('0 0 31 2 *', new Date('2026-01-01T00:00:00Z'), 'UTC')).toThrow(/never fires/);
  });
});
