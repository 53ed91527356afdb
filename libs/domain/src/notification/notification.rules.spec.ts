import {
  deliveryFor,
  digestDayOf,
  groupDigestItems,
  isNotificationDelivery,
  isNotificationKind,
  nextDigestAt,
  validateDigestSchedule,
  withPreference,
  type NotificationPreference,
} from './notification.rules';

describe('deliveryFor', () => {
  const prefs: NotificationPreference[] = [
    { venueId: null, kind: 'version_submitted', delivery: 'daily_digest' },
    { venueId: 'v1', kind: 'version_submitted', delivery: 'never' },
    { venueId: 'v2', kind: 'tier_decided', delivery: 'daily_digest' },
    // Stored before the kinds became required notices: ignored.
    { venueId: null, kind: 'approval_changed', delivery: 'never' },
    { venueId: 'v1', kind: 'approval_expiring', delivery: 'daily_digest' },
  ];
  test.each([
    ['the venue choice wins', 'v1', 'version_submitted', 'never'],
    ['the general choice covers other venues', 'v9', 'version_submitted', 'daily_digest'],
    ['a venue choice for one kind leaves the others alone', 'v2', 'version_submitted', 'daily_digest'],
    ['a venue choice applies to its kind', 'v2', 'tier_decided', 'daily_digest'],
    ['no choice at all means immediately', 'v1', 'invitation_answered', 'immediately'],
    ['a required notice goes at once whatever was chosen', 'v1', 'approval_changed', 'immediately'],
    ['nor does it wait for a digest', 'v1', 'approval_expiring', 'immediately'],
  ] as const)('%s', (_name, venueId, kind, expected) => {
    expect(deliveryFor(prefs, venueId, kind)).toBe(expected);
  });
});

describe('withPreference', () => {
  test('replaces the same venue and kind, keeps the rest, sorted', () => {
    const before: NotificationPreference[] = [
      { venueId: 'v2', kind: 'tier_decided', delivery: 'never' },
      { venueId: null, kind: 'version_submitted', delivery: 'daily_digest' },
    ];
    expect(withPreference(before, { venueId: 'v2', kind: 'tier_decided', delivery: 'immediately' })).toEqual([
      { venueId: null, kind: 'version_submitted', delivery: 'daily_digest' },
      { venueId: 'v2', kind: 'tier_decided', delivery: 'immediately' },
    ]);
  });
});

describe('vocabulary guards', () => {
  test.each([
    ['tier_decided', true],
    ['tier', false],
    [3, false],
  ])('isNotificationKind(%p) = %p', (value, expected) => expect(isNotificationKind(value)).toBe(expected));
  test.each([
    ['daily_digest', true],
    ['weekly', false],
    [null, false],
  ])('isNotificationDelivery(%p) = %p', (value, expected) =>
    expect(isNotificationDelivery(value)).toBe(expected),
  );
});

describe('nextDigestAt', () => {
  test.each([
    ['later today in UTC', '2026-03-10T06:30:00Z', 'UTC', 8, '2026-03-10T08:00:00.000Z'],
    ['exactly at the hour goes to tomorrow', '2026-03-10T08:00:00Z', 'UTC', 8, '2026-03-11T08:00:00.000Z'],
    ['after the hour goes to tomorrow', '2026-03-10T09:15:00Z', 'UTC', 8, '2026-03-11T08:00:00.000Z'],
    // 08:00 in Tokyo (UTC+9) is 23:00 UTC the day before.
    [
      'in the recipient zone, not the server one',
      '2026-03-10T22:00:00Z',
      'Asia/Tokyo',
      8,
      '2026-03-10T23:00:00.000Z',
    ],
    ['the month rolls over', '2026-01-31T20:00:00Z', 'UTC', 8, '2026-02-01T08:00:00.000Z'],
    ['the year rolls over', '2026-12-31T23:30:00Z', 'UTC', 0, '2027-01-01T00:00:00.000Z'],
    // US clocks skip 02:00-03:00 on 2026-03-08: a 02:00 digest goes at 03:00 EDT (07:00 UTC).
    [
      'a DST gap moves to the next hour that exists',
      '2026-03-08T05:00:00Z',
      'America/New_York',
      2,
      '2026-03-08T07:00:00.000Z',
    ],
    // On 2026-11-01 01:00 happens twice in New York; the digest goes the first time (05:00 UTC).
    [
      'a DST overlap takes the first occurrence',
      '2026-11-01T04:30:00Z',
      'America/New_York',
      1,
      '2026-11-01T05:00:00.000Z',
    ],
    [
      'the day after a DST change keeps the local hour',
      '2026-03-08T14:00:00Z',
      'America/New_York',
      8,
      '2026-03-09T12:00:00.000Z',
    ],
  ])('%s', (_name, after, zone, hour, expected) => {
    expect(nextDigestAt(new Date(after), zone, hour).toISOString()).toBe(expected);
  });

  test.each([
    ['an unknown zone', 'Mars/Olympus', 8],
    ['an hour out of range', 'UTC', 24],
    ['a fractional hour', 'UTC', 7.5],
  ])('refuses %s', (_name, zone, hour) => {
    expect(() => nextDigestAt(new Date('2026-03-10T00:00:00Z'), zone, hour)).toThrow(RangeError);
  });
});

describe('digestDayOf', () => {
  test('names the local day the digest is sent on', () => {
    expect(digestDayOf(new Date('2026-03-10T23:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-11');
    expect(digestDayOf(new Date('2026-03-10T23:00:00Z'), 'UTC')).toBe('2026-03-10');
  });
});

describe('groupDigestItems', () => {
  test('groups by venue in first-seen order, then by kind in catalogue order, oldest first', () => {
    const at = (m: number): Date => new Date(Date.UTC(2026, 0, 1, 0, m));
    const items = [
      { venueId: 'b', kind: 'tier_decided' as const, at: at(5), id: 1 },
      { venueId: 'a', kind: 'tier_decided' as const, at: at(3), id: 2 },
      { venueId: 'a', kind: 'submission_registered' as const, at: at(4), id: 3 },
      { venueId: 'a', kind: 'tier_decided' as const, at: at(1), id: 4 },
    ];
    expect(groupDigestItems(items)).toEqual([
      {
        venueId: 'a',
        sections: [
          { kind: 'submission_registered', items: [items[2]] },
          { kind: 'tier_decided', items: [items[3], items[1]] },
        ],
      },
      { venueId: 'b', sections: [{ kind: 'tier_decided', items: [items[0]] }] },
    ]);
  });

  test('an empty digest has no venues', () => {
    expect(groupDigestItems([])).toEqual([]);
  });
});

describe('validateDigestSchedule', () => {
  it.each<[unknown, unknown, string[]]>([
    ['Europe/Berlin', 8, []],
    ['UTC', 0, []],
    ['America/New_York', 23, []],
    ['Mars/Olympus', 8, ['timeZone']],
    ['', 8, ['timeZone']],
    [undefined, 8, ['timeZone']],
    ['Europe/Berlin', 24, ['digestHour']],
    ['Europe/Berlin', -1, ['digestHour']],
    ['Europe/Berlin', 7.5, ['digestHour']],
    ['Europe/Berlin', '8', ['digestHour']],
    ['nowhere', Number.NaN, ['timeZone', 'digestHour']],
  ])('time zone %p at hour %p: problems at %p', (timeZone, digestHour, paths) => {
    expect(validateDigestSchedule({ timeZone, digestHour }).map((e) => e.path)).toEqual(paths);
  });
});
