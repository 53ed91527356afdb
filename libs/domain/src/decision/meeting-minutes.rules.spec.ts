import type { VoteChoice } from './decision.rules';
import {
  minutesAsText,
  minutesOf,
  type MinutesInput,
  type MinutesItem,
  type MinutesMeeting,
  type MinutesMember,
  type MinutesMotion,
} from './meeting-minutes.rules';

const member = (userId: string, name: string, community = false, voting?: boolean): MinutesMember => ({
  userId,
  name,
  community,
  ...(voting === undefined ? {} : { voting }),
});
// Five voting members, one of them from an affected community, and a chair who does not vote.
const MEMBERS = [
  member('eve', 'Eve Ng', true),
  member('bob', 'Bob Brown'),
  member('ada', 'Ada Lovelace'),
  member('dee', 'Dee Diaz'),
  member('cai', 'Cai Wen'),
  member('chair', 'Grace Hopper', false, false),
];
const ALL_PRESENT = ['ada', 'bob', 'cai', 'dee', 'eve', 'chair'];

const MEETING: MinutesMeeting = {
  title: 'March full-review meeting',
  venueName: 'SynthMedia 2025',
  scheduledFor: '2025-03-04T13:00:00Z',
  startedAt: '2025-03-04T13:03:00Z',
  endedAt: '2025-03-04T14:30:00Z',
  timeZone: 'Europe/Berlin',
};

const motion = (
  votes: Record<string, VoteChoice>,
  passed: boolean,
  over: Partial<MinutesMotion> = {},
): MinutesMotion => ({
  text: 'Approve with the watermarking condition.',
  proposedOutcome: 'Approved with conditions',
  votes: Object.entries(votes).map(([userId, choice]) => ({ userId, choice })),
  result: { passed, reason: '' },
  ...over,
});
const item = (over: Partial<MinutesItem> = {}): MinutesItem => ({
  submissionTitle: 'Few-shot voice cloning',
  recusedUserIds: [],
  motions: [],
  outcome: null,
  ...over,
});
const input = (over: Partial<MinutesInput> = {}): MinutesInput => ({
  meeting: MEETING,
  members: MEMBERS,
  attendance: ALL_PRESENT.map((userId) => ({ userId })),
  items: [],
  ...over,
});
const section = (over: Partial<MinutesInput>, heading: string) =>
  minutesOf(input(over)).sections.find((s) => s.heading === heading)?.lines ?? [];
const itemLines = (over: Partial<MinutesInput>) => minutesOf(input(over)).sections[2]?.lines ?? [];
const present = (...ids: string[]) => ids.map((userId) => ({ userId }));

describe('the meeting section', () => {
  it.each<[string, Partial<MinutesMeeting>, string[]]>([
    [
      'a meeting in Berlin in winter time',
      {},
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 4 March 2025, 14:00',
        'Started: 14:03',
        'Ended: 15:30, after 1 hour 27 minutes',
        'Times are in Europe/Berlin.',
      ],
    ],
    [
      'the same instants in New York, where it is still the morning',
      { timeZone: 'America/New_York' },
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 4 March 2025, 08:00',
        'Started: 08:03',
        'Ended: 09:30, after 1 hour 27 minutes',
        'Times are in America/New_York.',
      ],
    ],
    [
      'summer time, a meeting still open',
      {
        scheduledFor: '2025-07-01T16:00:00Z',
        startedAt: '2025-07-01T16:00:00Z',
        endedAt: null,
        timeZone: 'Europe/Berlin',
      },
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 1 July 2025, 18:00',
        'Started: 18:00',
        'Ended: not recorded; the meeting is still open.',
        'Times are in Europe/Berlin.',
      ],
    ],
    [
      'a meeting that started the next day and ran past midnight',
      {
        scheduledFor: '2025-03-04T22:00:00Z',
        startedAt: '2025-03-04T23:10:00Z',
        endedAt: '2025-03-05T23:15:00Z',
        timeZone: 'UTC',
      },
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 4 March 2025, 22:00',
        'Started: 23:10',
        'Ended: Wednesday 5 March 2025, 23:15, after 24 hours 5 minutes',
        'Times are in UTC.',
      ],
    ],
    [
      'a zone that does not exist falls back to UTC and says so',
      { timeZone: 'Mars/Olympus', endedAt: '2025-03-04T13:45:00Z' },
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 4 March 2025, 13:00',
        'Started: 13:03',
        'Ended: 13:45, after 42 minutes',
        'Times are in UTC: the meeting’s time zone “Mars/Olympus” is not known.',
      ],
    ],
    [
      'a start on another day than scheduled is given in full',
      { startedAt: '2025-03-05T13:00:00Z', endedAt: '2025-03-05T15:00:00Z' },
      [
        'Venue: SynthMedia 2025',
        'Scheduled for: Tuesday 4 March 2025, 14:00',
        'Started: Wednesday 5 March 2025, 14:00',
        'Ended: 16:00, after 2 hours',
        'Times are in Europe/Berlin.',
      ],
    ],
  ])('%s', (_name, meeting, expected) => {
    expect(section({ meeting: { ...MEETING, ...meeting } }, 'Meeting')).toEqual(expected);
  });
});

describe('attendance', () => {
  it.each<[string, MinutesInput['attendance'], string[]]>([
    [
      'everyone',
      present(...ALL_PRESENT),
      [
        'Present (6): Ada Lovelace, Bob Brown, Cai Wen, Dee Diaz, Eve Ng (community member), Grace Hopper (does not vote).',
        'Absent (0): none.',
        'Voting members present: 5 of 5.',
      ],
    ],
    [
      'some absent, the community member among them',
      present('bob', 'chair', 'ada'),
      [
        'Present (3): Ada Lovelace, Bob Brown, Grace Hopper (does not vote).',
        'Absent (3): Cai Wen, Dee Diaz, Eve Ng (community member).',
        'Voting members present: 2 of 5.',
      ],
    ],
    [
      'a late arrival is shown with the time; joining before the start is not news',
      [
        { userId: 'ada', joinedAt: '2025-03-04T12:55:00Z' },
        { userId: 'eve', joinedAt: '2025-03-04T13:20:00Z' },
        { userId: 'bob', joinedAt: null },
      ],
      [
        'Present (3): Ada Lovelace, Bob Brown, Eve Ng (community member; joined at 14:20).',
        'Absent (3): Cai Wen, Dee Diaz, Grace Hopper (does not vote).',
        'Voting members present: 3 of 5.',
      ],
    ],
    [
      'attendees who are not members are left out',
      present('ada', 'visiting-author'),
      [
        'Present (1): Ada Lovelace.',
        'Absent (5): Bob Brown, Cai Wen, Dee Diaz, Eve Ng (community member), Grace Hopper (does not vote).',
        'Voting members present: 1 of 5.',
      ],
    ],
    [
      'nobody',
      [],
      [
        'Present (0): none.',
        'Absent (6): Ada Lovelace, Bob Brown, Cai Wen, Dee Diaz, Eve Ng (community member), Grace Hopper (does not vote).',
        'Voting members present: 0 of 5.',
      ],
    ],
  ])('%s', (_name, attendance, expected) => {
    expect(section({ attendance }, 'Attendance')).toEqual(expected);
  });
});

describe('recusals and quorum for an item', () => {
  it.each<[string, string[], string[], boolean, string[]]>([
    [
      'everyone present, nobody recused',
      ALL_PRESENT,
      [],
      true,
      [
        'Recused: none.',
        'Quorum: met. 5 of the 5 voting members who may take part are present (3 needed); community member present: Eve Ng.',
        'Counted for quorum (5): Ada Lovelace, Bob Brown, Cai Wen, Dee Diaz, Eve Ng.',
      ],
    ],
    [
      'a recused member is named and not counted, though present',
      ALL_PRESENT,
      ['dee', 'bob'],
      true,
      [
        'Recused: Bob Brown, Dee Diaz.',
        'Quorum: met. 3 of the 3 voting members who may take part are present (2 needed); community member present: Eve Ng.',
        'Counted for quorum (3): Ada Lovelace, Cai Wen, Eve Ng.',
      ],
    ],
    [
      'a majority present but no community member',
      ['ada', 'bob', 'cai'],
      [],
      true,
      [
        'Recused: none.',
        'Quorum: not met. 3 of the 5 voting members who may take part are present (3 needed); no community member present.',
        'Counted for quorum (3): Ada Lovelace, Bob Brown, Cai Wen.',
      ],
    ],
    [
      'the same where the venue does not require one',
      ['ada', 'bob', 'cai'],
      [],
      false,
      [
        'Recused: none.',
        'Quorum: met. 3 of the 5 voting members who may take part are present (3 needed); no community member present (this venue does not require one).',
        'Counted for quorum (3): Ada Lovelace, Bob Brown, Cai Wen.',
      ],
    ],
    [
      'too few present; the chair who does not vote is not counted',
      ['eve', 'ada', 'chair'],
      [],
      true,
      [
        'Recused: none.',
        'Quorum: not met. 2 of the 5 voting members who may take part are present (3 needed); community member present: Eve Ng.',
        'Counted for quorum (2): Ada Lovelace, Eve Ng.',
      ],
    ],
    [
      'recusing the only community member',
      ALL_PRESENT,
      ['eve'],
      true,
      [
        'Recused: Eve Ng.',
        'Quorum: not met. 4 of the 4 voting members who may take part are present (3 needed); no community member present.',
        'Counted for quorum (4): Ada Lovelace, Bob Brown, Cai Wen, Dee Diaz.',
      ],
    ],
    [
      'everyone recused',
      ALL_PRESENT,
      ['ada', 'bob', 'cai', 'dee', 'eve'],
      true,
      [
        'Recused: Ada Lovelace, Bob Brown, Cai Wen, Dee Diaz, Eve Ng.',
        'Quorum: not met. Every voting member is recused from this item.',
      ],
    ],
    [
      'one member present of two who may take part',
      ['eve'],
      ['ada', 'bob', 'cai'],
      true,
      [
        'Recused: Ada Lovelace, Bob Brown, Cai Wen.',
        'Quorum: not met. 1 of the 2 voting members who may take part is present (2 needed); community member present: Eve Ng.',
        'Counted for quorum (1): Eve Ng.',
      ],
    ],
  ])('%s', (_name, attendees, recusedUserIds, requireCommunityMember, expected) => {
    const lines = itemLines({
      attendance: present(...attendees),
      requireCommunityMember,
      items: [item({ recusedUserIds })],
    });
    expect(lines).toEqual([...expected, 'No motion; deferred.']);
  });
});

describe('motions', () => {
  const motionLines = (m: MinutesMotion, attendees = ALL_PRESENT, recused: string[] = []) =>
    itemLines({
      attendance: present(...attendees),
      items: [item({ recusedUserIds: recused, motions: [m], outcome: 'Approved with conditions' })],
    }).filter((line) => line.startsWith('  '));

  it.each<[string, MinutesMotion, string[], string[], string[]]>([
    [
      'a majority of those present votes for',
      motion({ ada: 'for', bob: 'for', eve: 'for', cai: 'against', dee: 'abstain' }, true),
      ALL_PRESENT,
      [],
      [
        '  For (3): Ada Lovelace, Bob Brown, Eve Ng.',
        '  Against (1): Cai Wen.',
        '  Abstaining (1): Dee Diaz.',
        '  Result: passed; 3 for, 1 against, 1 abstaining: a majority of the 5 members present is 3.',
      ],
    ],
    // The example the Common Rule turns on: more for than against, yet not a majority of those present.
    [
      '2 for, 1 against, 2 abstaining fails',
      motion({ ada: 'for', bob: 'for', cai: 'against', dee: 'abstain', eve: 'abstain' }, false),
      ALL_PRESENT,
      [],
      [
        '  For (2): Ada Lovelace, Bob Brown.',
        '  Against (1): Cai Wen.',
        '  Abstaining (2): Dee Diaz, Eve Ng.',
        '  Result: failed; 2 for, 1 against, 2 abstaining: a majority of the 5 members present is 3.',
      ],
    ],
    [
      'members who did not vote are named and counted',
      motion({ ada: 'for', bob: 'for' }, false),
      ALL_PRESENT,
      [],
      [
        '  For (2): Ada Lovelace, Bob Brown.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Did not vote (3): Cai Wen, Dee Diaz, Eve Ng.',
        '  Result: failed; 2 for, 0 against, 0 abstaining, 3 not voting: a majority of the 5 members present is 3.',
      ],
    ],
    [
      'votes of the recused, the absent, the chair and strangers are named and not counted',
      motion({ ada: 'for', eve: 'for', bob: 'for', dee: 'for', chair: 'for', stranger: 'against' }, true),
      ['ada', 'bob', 'cai', 'eve', 'chair'],
      ['bob'],
      [
        '  For (2): Ada Lovelace, Eve Ng.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Did not vote (1): Cai Wen.',
        '  Votes not counted: an unknown member (stranger) (not a member), Bob Brown (recused), Dee Diaz (absent), Grace Hopper (does not vote).',
        '  Result: passed; 2 for, 0 against, 0 abstaining, 1 not voting: a majority of the 3 members present is 2.',
      ],
    ],
    [
      'a member’s last vote counts',
      motion({}, true, {
        votes: [
          { userId: 'ada', choice: 'against' },
          { userId: 'bob', choice: 'for' },
          { userId: 'cai', choice: 'for' },
          { userId: 'ada', choice: 'for' },
        ],
      }),
      ['ada', 'bob', 'cai', 'eve'],
      [],
      [
        '  For (3): Ada Lovelace, Bob Brown, Cai Wen.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Did not vote (1): Eve Ng.',
        '  Result: passed; 3 for, 0 against, 0 abstaining, 1 not voting: a majority of the 4 members present is 3.',
      ],
    ],
    [
      'without quorum nothing passes',
      motion({ ada: 'for', bob: 'for', cai: 'for' }, false),
      ['ada', 'bob', 'cai'],
      [],
      [
        '  For (3): Ada Lovelace, Bob Brown, Cai Wen.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Result: failed; there was no quorum for this item.',
      ],
    ],
    [
      'a declared result the votes do not support is flagged',
      motion({ ada: 'for', bob: 'for', cai: 'against' }, true),
      ['ada', 'bob', 'cai', 'dee', 'eve'],
      [],
      [
        '  For (2): Ada Lovelace, Bob Brown.',
        '  Against (1): Cai Wen.',
        '  Abstaining (0): none.',
        '  Did not vote (2): Dee Diaz, Eve Ng.',
        '  Result: passed; 2 for, 1 against, 0 abstaining, 2 not voting: a majority of the 5 members present is 3.',
        '  Note: the result was declared passed, but by the votes recorded the motion fails.',
      ],
    ],
    [
      'a reason given at the meeting is kept',
      motion({ ada: 'for', bob: 'for', eve: 'for' }, false, {
        result: { passed: false, reason: 'Withdrawn by the mover\nbefore the count.' },
      }),
      ['ada', 'bob', 'eve'],
      ['cai', 'dee'],
      [
        '  For (3): Ada Lovelace, Bob Brown, Eve Ng.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Result: failed; 3 for, 0 against, 0 abstaining: a majority of the 3 members present is 2.',
        '  Note: the result was declared failed, but by the votes recorded the motion passes.',
        '  Reason given: Withdrawn by the mover before the count.',
      ],
    ],
    [
      'a reason that only repeats the count is not repeated',
      motion({ ada: 'for', bob: 'for', cai: 'for' }, true, {
        result: { passed: true, reason: 'Passed: 3 of 5 members present voted for (3 needed).' },
      }),
      ALL_PRESENT,
      [],
      [
        '  For (3): Ada Lovelace, Bob Brown, Cai Wen.',
        '  Against (0): none.',
        '  Abstaining (0): none.',
        '  Did not vote (2): Dee Diaz, Eve Ng.',
        '  Result: passed; 3 for, 0 against, 0 abstaining, 2 not voting: a majority of the 5 members present is 3.',
      ],
    ],
  ])('%s', (_name, m, attendees, recused, expected) => {
    expect(motionLines(m, attendees, recused)).toEqual(expected);
  });

  it('states each motion with what it proposes, then the outcome', () => {
    const lines = itemLines({
      items: [
        item({
          motions: [
            motion({ ada: 'for' }, false, { text: 'Approve  as\nproposed.', proposedOutcome: 'Approved' }),
            motion({ ada: 'for', bob: 'for', cai: 'for' }, true),
          ],
          outcome: 'Approved with conditions',
        }),
      ],
    }).filter((line) => !line.startsWith('  '));
    expect(lines.slice(3)).toEqual([
      'Motion 1, proposing “Approved”: Approve as proposed.',
      'Motion 2, proposing “Approved with conditions”: Approve with the watermarking condition.',
      'Outcome: Approved with conditions.',
    ]);
  });

  it.each<[string, MinutesMotion[], string | null, string]>([
    ['no motion', [], null, 'No motion; deferred.'],
    [
      'a failed motion and no outcome',
      [motion({ ada: 'for' }, false)],
      null,
      'No outcome decided; deferred.',
    ],
    [
      'a passed motion',
      [motion({ ada: 'for', bob: 'for', cai: 'for' }, true)],
      'Approved',
      'Outcome: Approved.',
    ],
  ])('%s ends with “%s”', (_name, motions, outcome, last) => {
    expect(itemLines({ items: [item({ motions, outcome })] }).at(-1)).toBe(last);
  });
});

describe('the whole minutes', () => {
  const meeting = input({
    attendance: present('ada', 'bob', 'cai', 'eve', 'chair'),
    items: [
      item({
        recusedUserIds: ['cai'],
        motions: [motion({ ada: 'for', bob: 'for', eve: 'against' }, true)],
        outcome: 'Approved with conditions',
      }),
      item({ submissionTitle: 'Deepfake detection\ndataset' }),
    ],
  });

  it('reads as plain text with headings', () => {
    expect(minutesAsText(minutesOf(meeting))).toBe(
      [
        '# Minutes: March full-review meeting',
        '',
        '## Meeting',
        '- Venue: SynthMedia 2025',
        '- Scheduled for: Tuesday 4 March 2025, 14:00',
        '- Started: 14:03',
        '- Ended: 15:30, after 1 hour 27 minutes',
        '- Times are in Europe/Berlin.',
        '',
        '## Attendance',
        '- Present (5): Ada Lovelace, Bob Brown, Cai Wen, Eve Ng (community member), Grace Hopper (does not vote).',
        '- Absent (1): Dee Diaz.',
        '- Voting members present: 4 of 5.',
        '',
        '## Item 1: Few-shot voice cloning',
        '- Recused: Cai Wen.',
        '- Quorum: met. 3 of the 4 voting members who may take part are present (3 needed); community member present: Eve Ng.',
        '- Counted for quorum (3): Ada Lovelace, Bob Brown, Eve Ng.',
        '- Motion 1, proposing “Approved with conditions”: Approve with the watermarking condition.',
        '  - For (2): Ada Lovelace, Bob Brown.',
        '  - Against (1): Eve Ng.',
        '  - Abstaining (0): none.',
        '  - Result: passed; 2 for, 1 against, 0 abstaining: a majority of the 3 members present is 2.',
        '- Outcome: Approved with conditions.',
        '',
        '## Item 2: Deepfake detection dataset',
        '- Recused: none.',
        '- Quorum: met. 4 of the 5 voting members who may take part are present (3 needed); community member present: Eve Ng.',
        '- Counted for quorum (4): Ada Lovelace, Bob Brown, Cai Wen, Eve Ng.',
        '- No motion; deferred.',
        '',
      ].join('\n'),
    );
  });

  it('does not depend on the order members, attendance and votes arrive in', () => {
    const reversed: MinutesInput = {
      ...meeting,
      members: [...meeting.members].reverse(),
      attendance: [...meeting.attendance].reverse(),
      items: meeting.items.map((i) => ({
        ...i,
        recusedUserIds: [...i.recusedUserIds].reverse(),
        motions: i.motions.map((m) => ({ ...m, votes: [...m.votes].reverse() })),
      })),
    };
    expect(minutesAsText(minutesOf(reversed))).toBe(minutesAsText(minutesOf(meeting)));
  });

  it('keeps the agenda order', () => {
    const headings = minutesOf(
      input({ items: [item({ submissionTitle: 'Zeta' }), item({ submissionTitle: 'Alpha' })] }),
    ).sections.map((s) => s.heading);
    expect(headings).toEqual(['Meeting', 'Attendance', 'Item 1: Zeta', 'Item 2: Alpha']);
  });

  it.each([
    [
      'names sort by letter, not by code point',
      ['Émile Zola', 'Zoe Adams', 'anna Berg'],
      'anna Berg, Émile Zola, Zoe Adams.',
    ],
    ['the same name twice is listed twice', ['Sam Lee', 'Sam Lee'], 'Sam Lee, Sam Lee.'],
  ])('%s', (_name, names, expected) => {
    const members = names.map((name, i) => member(`m${names.length - i}`, name));
    const lines = section({ members, attendance: members.map((m) => ({ userId: m.userId })) }, 'Attendance');
    expect(lines[0]).toBe(`Present (${names.length}): ${expected}`);
  });

  it('a heading for every item, and the title from the meeting', () => {
    const doc = minutesOf(meeting);
    expect(doc.title).toBe('Minutes: March full-review meeting');
    expect(doc.sections).toHaveLength(4);
  });
});
