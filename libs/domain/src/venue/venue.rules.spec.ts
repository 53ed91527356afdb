import type { VenueInput } from './venue.rules';
import { formatInZone, isValidTimeZone, validateVenueInput, zonedLocalToUtc } from './venue.rules';

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Etc/GMT+12', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['   ', false],
    ['Berlin', false],
  ])('%j → %s', (tz, valid) => {
    expect(isValidTimeZone(tz)).toBe(valid);
  });
});

describe('zonedLocalToUtc', () => {
  it.each([
    ['a winter time', '2025-01-15T12:00', 'Europe/Berlin', '2025-01-15T11:00:00.000Z'],
    ['a summer time', '2025-07-15T12:00', 'Europe/Berlin', '2025-07-15T10:00:00.000Z'],
    ['the minute before the spring gap', '2025-03-30T01:59', 'Europe/Berlin', '2025-03-30T00:59:00.000Z'],
    [
      'the first minute after the spring gap',
      '2025-03-30T03:00',
      'Europe/Berlin',
      '2025-03-30T01:00:00.000Z',
    ],
    [
      'an autumn overlap (first occurrence, summer time)',
      '2025-10-26T02:30',
      'Europe/Berlin',
      '2025-10-26T00:30:00.000Z',
    ],
    ['an autumn overlap in New York', '2025-11-02T01:30', 'America/New_York', '2025-11-02T05:30:00.000Z'],
    ['a half-hour zone', '2025-06-01T09:00', 'Asia/Kolkata', '2025-06-01T03:30:00.000Z'],
    [
      'a half-hour DST shift (Lord Howe overlap)',
      '2025-04-06T01:45',
      'Australia/Lord_Howe',
      '2025-04-05T14:45:00.000Z',
    ],
    ['anywhere on earth', '2025-05-15T23:59', 'Etc/GMT+12', '2025-05-16T11:59:00.000Z'],
    [
      'a zone that skipped a whole day (Samoa, next day)',
      '2011-12-31T12:00',
      'Pacific/Apia',
      '2011-12-30T22:00:00.000Z',
    ],
    ['midnight', '2025-01-01T00:00', 'Asia/Tokyo', '2024-12-31T15:00:00.000Z'],
  ])('%s: %s in %s → %s', (_name, local, zone, iso) => {
    expect(zonedLocalToUtc(local, zone).toISOString()).toBe(iso);
  });

  it.each([
    ['a spring-forward gap', '2025-03-30T02:30', 'Europe/Berlin', /does not exist in Europe\/Berlin/],
    ['a half-hour gap', '2025-10-05T02:15', 'Australia/Lord_Howe', /does not exist/],
    ['a day Samoa skipped', '2011-12-30T12:00', 'Pacific/Apia', /does not exist/],
    ['a malformed time', '2025-03-30 02:30', 'Europe/Berlin', /YYYY-MM-DDTHH:mm/],
    ['seconds', '2025-03-30T02:30:00', 'Europe/Berlin', /YYYY-MM-DDTHH:mm/],
    ['hour 24', '2025-03-30T24:00', 'Europe/Berlin', /YYYY-MM-DDTHH:mm/],
    ['a day that does not exist', '2025-02-29T12:00', 'Europe/Berlin', /YYYY-MM-DDTHH:mm/],
    ['an unknown zone', '2025-03-30T12:00', 'Mars/Olympus_Mons', /not a known time zone/],
  ])('rejects %s: %s in %s', (_name, local, zone, message) => {
    expect(() => zonedLocalToUtc(local, zone)).toThrow(RangeError);
    expect(() => zonedLocalToUtc(local, zone)).toThrow(message);
  });

  /** Instants in 2025 around which the zone's offset changes (found day by day). */
  function transitionsIn2025(zone: string): number[] {
    const offset = (instant: number): string => formatInZone(new Date(instant), zone).slice(11);
    const found: number[] = [];
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
      if (offset(day) !== offset(day + 86_400_000)) found.push(day);
    }
    return found;
  }

  it.each([
    'Europe/Berlin',
    'America/Sao_Paulo',
    'America/New_York',
    'Australia/Sydney',
    'Australia/Lord_Howe',
  ])('round-trips every quarter hour around the 2025 transitions of %s', (zone) => {
    const transitions = transitionsIn2025(zone);
    // Sao Paulo dropped DST in 2019; the others change twice a year.
    expect(transitions).toHaveLength(zone === 'America/Sao_Paulo' ? 0 : 2);
    const problems: string[] = [];
    for (const day of [Date.UTC(2025, 6, 1), ...transitions]) {
      for (let instant = day - 86_400_000; instant < day + 2 * 86_400_000; instant += 900_000) {
        const local = formatInZone(new Date(instant), zone);
        const back = zonedLocalToUtc(local, zone).getTime();
        // Every wall time read back gives the same instant, except the second occurrence in an
        // overlap, which resolves to the first (at most an hour earlier).
        const ok =
          formatInZone(new Date(back), zone) === local && back <= instant && instant - back <= 3_600_000;
        if (!ok)
          problems.push(`${new Date(instant).toISOString()} → ${local} → ${new Date(back).toISOString()}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('formatInZone', () => {
  it.each([
    ['2025-03-30T00:59:00Z', 'Europe/Berlin', '2025-03-30T01:59'],
    ['2025-03-30T01:00:00Z', 'Europe/Berlin', '2025-03-30T03:00'],
    ['2025-01-01T00:00:59Z', 'UTC', '2025-01-01T00:00'],
    ['2024-12-31T15:00:00Z', 'Asia/Tokyo', '2025-01-01T00:00'],
    ['2025-06-01T03:30:00Z', 'Asia/Kolkata', '2025-06-01T09:00'],
  ])('%s in %s → %s', (iso, zone, local) => {
    expect(formatInZone(new Date(iso), zone)).toBe(local);
  });

  it('refuses an invalid date', () => {
    expect(() => formatInZone(new Date('nope'), 'UTC')).toThrow(RangeError);
  });
});

describe('validateVenueInput', () => {
  const valid = (): VenueInput => ({
    name: 'Workshop on Synthetic Media Safety',
    shortName: 'SMS 2025',
    kind: 'workshop',
    parentVenueId: 'venue-neurips-2025',
    timeZone: 'Europe/Berlin',
    deadlines: [
      { label: 'Statement submission', dueLocal: '2025-03-30T03:00' },
      { label: 'Reviews due', dueLocal: '2025-05-01T23:59' },
    ],
    description: '',
  });
  const withChange = (change: (input: VenueInput) => void): VenueInput => {
    const input = valid();
    change(input);
    return input;
  };

  it.each<{ name: string; input: VenueInput; paths: string[]; message?: RegExp }>([
    { name: 'a valid workshop', input: valid(), paths: [] },
    {
      name: 'a valid conference',
      input: withChange((v) => Object.assign(v, { kind: 'conference', parentVenueId: null })),
      paths: [],
    },
    { name: 'a two-letter name', input: withChange((v) => (v.name = 'AI')), paths: ['name'] },
    { name: 'a name padded to three', input: withChange((v) => (v.name = ' AI ')), paths: ['name'] },
    { name: 'a 201-character name', input: withChange((v) => (v.name = 'x'.repeat(201))), paths: ['name'] },
    { name: 'a 200-character name', input: withChange((v) => (v.name = 'x'.repeat(200))), paths: [] },
    { name: 'a one-letter short name', input: withChange((v) => (v.shortName = 'S')), paths: ['shortName'] },
    {
      name: 'a 41-character short name',
      input: withChange((v) => (v.shortName = 'S'.repeat(41))),
      paths: ['shortName'],
    },
    {
      name: 'a short name with dots and hyphens',
      input: withChange((v) => (v.shortName = 'ML-Safety 2.0')),
      paths: [],
    },
    {
      name: 'a short name starting with a space',
      input: withChange((v) => (v.shortName = ' SMS')),
      paths: ['shortName'],
      message: /Start the short name with a letter or digit/,
    },
    {
      name: 'a short name with a slash',
      input: withChange((v) => (v.shortName = 'SMS/25')),
      paths: ['shortName'],
    },
    { name: 'an unknown kind', input: withChange((v) => (v.kind = 'symposium' as never)), paths: ['kind'] },
    {
      name: 'a workshop without its conference',
      input: withChange((v) => (v.parentVenueId = null)),
      paths: ['parentVenueId'],
      message: /conference this workshop is held at/,
    },
    {
      name: 'a workshop with a blank parent',
      input: withChange((v) => (v.parentVenueId = ' ')),
      paths: ['parentVenueId'],
    },
    {
      name: 'a conference held at another venue',
      input: withChange((v) => (v.kind = 'conference')),
      paths: ['parentVenueId'],
      message: /remove the parent venue/,
    },
    {
      name: 'an unknown time zone',
      input: withChange((v) => (v.timeZone = 'Europe/Atlantis')),
      paths: ['timeZone'],
    },
    {
      name: 'a blank deadline label',
      input: withChange((v) => (v.deadlines[1].label = ' ')),
      paths: ['deadlines.1.label'],
    },
    {
      name: 'a 101-character label',
      input: withChange((v) => (v.deadlines[1].label = 'x'.repeat(101))),
      paths: ['deadlines.1.label'],
    },
    {
      name: 'two deadlines labelled alike',
      input: withChange((v) => (v.deadlines[1].label = ' statement  SUBMISSION')),
      paths: ['deadlines.1.label'],
      message: /Another deadline already has this label/,
    },
    {
      name: 'a malformed due time',
      input: withChange((v) => (v.deadlines[0].dueLocal = '30/03/2025 03:00')),
      paths: ['deadlines.0.dueLocal'],
      message: /YYYY-MM-DDTHH:mm/,
    },
    {
      name: 'a due time in the DST gap',
      input: withChange((v) => (v.deadlines[0].dueLocal = '2025-03-30T02:30')),
      paths: ['deadlines.0.dueLocal'],
      message: /2025-03-30 02:30 does not exist in Europe\/Berlin: the clocks jump past it/,
    },
    {
      name: 'a DST-gap time in a zone without that gap',
      input: withChange((v) => {
        v.timeZone = 'Asia/Tokyo';
        v.deadlines[0].dueLocal = '2025-03-30T02:30';
      }),
      paths: [],
    },
    {
      name: 'an unknown zone (no gap check on top)',
      input: withChange((v) => {
        v.timeZone = 'Nowhere';
        v.deadlines[0].dueLocal = '2025-03-30T02:30';
      }),
      paths: ['timeZone'],
    },
    {
      name: '21 deadlines',
      input: withChange(
        (v) =>
          (v.deadlines = Array.from({ length: 21 }, (_, i) => ({
            label: `D${i}`,
            dueLocal: '2025-06-01T12:00',
          }))),
      ),
      paths: ['deadlines'],
    },
    { name: 'no deadlines', input: withChange((v) => (v.deadlines = [])), paths: [] },
    {
      name: 'a 5001-character description',
      input: withChange((v) => (v.description = 'x'.repeat(5001))),
      paths: ['description'],
    },
  ])('$name → $paths', ({ input, paths, message }) => {
    const errors = validateVenueInput(input);
    expect(errors.map((error) => error.path)).toEqual(paths);
    if (message) expect(errors[0]?.message).toMatch(message);
  });
});
