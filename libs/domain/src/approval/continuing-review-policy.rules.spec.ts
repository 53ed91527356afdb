import {
  addMonths,
  approvalExpiry,
  daysUntil,
  DEFAULT_CONTINUING_REVIEW_POLICY,
  expiryReminderDue,
  reevaluationOpensAt,
  validateContinuingReviewPolicy,
  type ContinuingReviewPolicy,
} from './continuing-review-policy.rules';

const DAY = 86_400_000;
const policy = (change: Partial<ContinuingReviewPolicy> = {}): ContinuingReviewPolicy => ({
  ...DEFAULT_CONTINUING_REVIEW_POLICY,
  ...change,
});

describe('validateContinuingReviewPolicy', () => {
  it.each<[string, Partial<ContinuingReviewPolicy>, string[]]>([
    ['the default', {}, []],
    ['exempt approvals that expire too', { periodMonths: { exempt: 24, expedited: 12, full: 12 } }, []],
    ['no reminders at all', { reminderDays: [] }, []],
    ['a period of 0 months', { periodMonths: { exempt: null, expedited: 0, full: 12 } }, ['periodMonths.expedited']],
    ['a period over five years', { periodMonths: { exempt: null, expedited: 12, full: 61 } }, ['periodMonths.full']],
    ['half a month', { periodMonths: { exempt: null, expedited: 12, full: 6.5 } }, ['periodMonths.full']],
    ['a reminder on the day of expiry', { reminderDays: [30, 0] }, ['reminderDays.1']],
    ['the same reminder twice', { reminderDays: [30, 14, 30] }, ['reminderDays.2']],
    ['nine reminders', { reminderDays: [90, 60, 45, 30, 21, 14, 7, 3, 1] }, ['reminderDays']],
    [
      'a first reminder before a short approval starts',
      { periodMonths: { exempt: null, expedited: 1, full: 12 }, reminderDays: [60, 7] },
      ['reminderDays'],
    ],
  ])('%s', (_label, change, paths) => {
    expect(validateContinuingReviewPolicy(policy(change)).map((e) => e.path)).toEqual(paths);
  });
});

describe('addMonths and approvalExpiry', () => {
  it.each<[string, string, number, string]>([
    ['a plain year', '2027-03-10T09:30:00.000Z', 12, '2028-03-10T09:30:00.000Z'],
    ['the 31st into a shorter month', '2027-01-31T00:00:00.000Z', 1, '2027-02-28T00:00:00.000Z'],
    ['a leap day a year on', '2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['across the year end', '2027-11-15T00:00:00.000Z', 3, '2028-02-15T00:00:00.000Z'],
  ])('%s', (_label, from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });

  it('follows the tier: full and expedited a year by default, exempt never', () => {
    const start = new Date('2027-03-10T00:00:00Z');
    expect(approvalExpiry(start, 'full', DEFAULT_CONTINUING_REVIEW_POLICY)?.toISOString()).toBe('2028-03-10T00:00:00.000Z');
    expect(approvalExpiry(start, 'expedited', DEFAULT_CONTINUING_REVIEW_POLICY)?.toISOString()).toBe('2028-03-10T00:00:00.000Z');
    expect(approvalExpiry(start, 'exempt', DEFAULT_CONTINUING_REVIEW_POLICY)).toBeNull();
    expect(approvalExpiry(start, 'full', policy({ periodMonths: { exempt: null, expedited: 12, full: 6 } }))?.toISOString()).toBe(
      '2027-09-10T00:00:00.000Z',
    );
  });
});

describe('expiryReminderDue', () => {
  const expiresAt = new Date('2028-03-10T00:00:00Z');
  const before = (days: number, extraMs = 0) => new Date(expiresAt.getTime() - days * DAY + extraMs);
  const days = DEFAULT_CONTINUING_REVIEW_POLICY.reminderDays;
  it.each<[string, Date, number[], number | null]>([
    ['61 days before: nothing yet', before(61), [], null],
    ['exactly 60 days before', before(60), [], 60],
    ['59 days before, the 60-day one not sent', before(59), [], 60],
    ['59 days before, the 60-day one sent', before(59), [60], null],
    ['30 days before', before(30), [60], 30],
    ['14 days before', before(14), [60, 30], 14],
    ['7 days before', before(7), [60, 30, 14], 7],
    ['1 day before', before(1), [60, 30, 14, 7], 1],
    ['after an outage from 61 to 13 days before: only the latest', before(13), [], 14],
    ['an hour before expiry, all sent', before(0, -3_600_000), [60, 30, 14, 7, 1], null],
    ['at expiry: the lapse notice says the rest', before(0), [], null],
  ])('%s', (_label, now, sent, expected) => {
    expect(expiryReminderDue(expiresAt, now, days, sent)).toBe(expected);
  });

  it('is never due for an approval without expiry, or with no reminders configured', () => {
    expect(expiryReminderDue(null, before(30), days, [])).toBeNull();
    expect(expiryReminderDue(expiresAt, before(30), [], [])).toBeNull();
  });
});

describe('reevaluationOpensAt and daysUntil', () => {
  it('opens with the first reminder, or at expiry without reminders', () => {
    const expiresAt = new Date('2028-03-10T00:00:00Z');
    expect(reevaluationOpensAt(expiresAt, [60, 30])?.toISOString()).toBe('2028-01-10T00:00:00.000Z');
    expect(reevaluationOpensAt(expiresAt, [])?.toISOString()).toBe(expiresAt.toISOString());
    expect(reevaluationOpensAt(null, [60])).toBeNull();
  });

  it('counts whole days, rounding up, and never below zero', () => {
    const expiresAt = new Date('2028-03-10T00:00:00Z');
    expect(daysUntil(expiresAt, new Date('2028-03-09T23:00:00Z'))).toBe(1);
    expect(daysUntil(expiresAt, new Date('2028-03-08T00:00:00Z'))).toBe(2);
    expect(daysUntil(expiresAt, new Date('2028-03-11T00:00:00Z'))).toBe(0);
  });
});
