// Minutes of a convened meeting, written from what was recorded during it: who attended, and for
// each agenda item who was recused, whether there was quorum, every motion with its votes by name and
// its result with the reason in numbers (a majority of those present, 45 CFR 46.108(b)). The quorum
// and the tally come from decision.rules so the minutes count exactly as the meeting did. The output
// is deterministic: where the record gives no order, names are sorted.
import { isValidTimeZone } from '../venue/venue.rules';
import {
  motionOutcome,
  quorumFor,
  type MeetingMember,
  type QuorumFacts,
  type VoteChoice,
} from './decision.rules';

export interface MinutesMeeting {
  readonly title: string;
  readonly venueName: string;
  /** ISO instants. */
  readonly scheduledFor: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** IANA zone the minutes show times in (the venue's). */
  readonly timeZone: string;
}

export interface MinutesMember {
  readonly userId: string;
  readonly name: string;
  readonly community: boolean;
  /** false for a chair who convenes without voting; a member votes unless this says otherwise. */
  readonly voting?: boolean;
}

export interface MinutesAttendance {
  readonly userId: string;
  /** ISO instant; a member who joined after the start is shown with the time. */
  readonly joinedAt?: string | null;
}

export interface MinutesVote {
  readonly userId: string;
  readonly choice: VoteChoice;
}

export interface MinutesMotion {
  readonly text: string;
  /** The outcome the motion proposes, in words (e.g. "Approved with conditions"). */
  readonly proposedOutcome: string;
  /** In the order cast; a member's last vote counts. */
  readonly votes: readonly MinutesVote[];
  /** As declared at the meeting. */
  readonly result: { readonly passed: boolean; readonly reason: string };
}

export interface MinutesItem {
  readonly submissionTitle: string;
  readonly recusedUserIds: readonly string[];
  readonly motions: readonly MinutesMotion[];
  /** The outcome decided for the item, in words, or null when none was. */
  readonly outcome: string | null;
}

export interface MinutesInput {
  readonly meeting: MinutesMeeting;
  readonly members: readonly MinutesMember[];
  /** Attendees who are not members are left out: the minutes name members only. */
  readonly attendance: readonly MinutesAttendance[];
  /** In agenda order. */
  readonly items: readonly MinutesItem[];
  /** The venue's quorum setting (default true). */
  readonly requireCommunityMember?: boolean;
}

export interface MinutesSection {
  readonly heading: string;
  /** One statement each; a line starting with two spaces belongs to the line above it. */
  readonly lines: readonly string[];
}

export interface MinutesDocument {
  readonly title: string;
  readonly sections: readonly MinutesSection[];
}

export function minutesOf(input: MinutesInput): MinutesDocument {
  const members = [...input.members].sort(byName);
  const byId = new Map(members.map((m) => [m.userId, m]));
  const joined = new Map<string, string | null>();
  for (const entry of input.attendance)
    if (byId.has(entry.userId)) joined.set(entry.userId, entry.joinedAt ?? null);
  const present = new Set(joined.keys());
  const clock = clockFor(input.meeting.timeZone);
  const started = Date.parse(input.meeting.startedAt);
  const requireCommunityMember = input.requireCommunityMember ?? true;

  const meetingFacts = (recused: ReadonlySet<string>): QuorumFacts => ({
    members: members.map(toMeetingMember),
    present,
    recused,
    requireCommunityMember,
  });
  const nameOf = (userId: string) => byId.get(userId)?.name ?? `an unknown member (${userId})`;

  return {
    title: `Minutes: ${oneLine(input.meeting.title)}`,
    sections: [
      { heading: 'Meeting', lines: meetingLines(input.meeting, clock) },
      {
        heading: 'Attendance',
        lines: attendanceLines(members, joined, (at) => {
          const time = Date.parse(at);
          return Number.isNaN(time) || Number.isNaN(started) || time <= started ? null : clock.time(time);
        }),
      },
      ...input.items.map((item, i) => ({
        heading: `Item ${i + 1}: ${oneLine(item.submissionTitle)}`,
        lines: itemLines(item, meetingFacts(new Set(item.recusedUserIds)), members, nameOf),
      })),
    ],
  };
}

/** Plain text with Markdown headings and bullets, so it reads the same raw or rendered. */
export function minutesAsText(doc: MinutesDocument): string {
  const blocks = [`# ${doc.title}`];
  for (const section of doc.sections) {
    const lines = section.lines.map((line) =>
      line.startsWith('  ') ? `  - ${line.trimStart()}` : `- ${line}`,
    );
    blocks.push([`## ${section.heading}`, ...lines].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

// --- Sections ------------------------------------------------------------------------------------

function meetingLines(meeting: MinutesMeeting, clock: Clock): string[] {
  const scheduled = Date.parse(meeting.scheduledFor);
  const started = Date.parse(meeting.startedAt);
  const ended = meeting.endedAt === null ? NaN : Date.parse(meeting.endedAt);
  const lines = [
    `Venue: ${oneLine(meeting.venueName)}`,
    `Scheduled for: ${clock.dayAndTime(scheduled)}`,
    `Started: ${Number.isNaN(started) || clock.day(started) !== clock.day(scheduled) ? clock.dayAndTime(started) : clock.time(started)}`,
  ];
  if (meeting.endedAt === null) lines.push('Ended: not recorded; the meeting is still open.');
  else {
    const when = clock.day(ended) === clock.day(started) ? clock.time(ended) : clock.dayAndTime(ended);
    const length = ended >= started ? `, after ${duration(ended - started)}` : '';
    lines.push(`Ended: ${when}${length}`);
  }
  lines.push(clock.note);
  return lines;
}

function attendanceLines(
  members: readonly MinutesMember[],
  joined: ReadonlyMap<string, string | null>,
  lateJoin: (at: string) => string | null,
): string[] {
  const describe = (member: MinutesMember) => {
    const notes = [
      member.community ? 'community member' : '',
      member.voting === false ? 'does not vote' : '',
    ];
    const at = joined.get(member.userId);
    const late = at ? lateJoin(at) : null;
    if (late) notes.push(`joined at ${late}`);
    const said = notes.filter((n) => n.length > 0);
    return said.length > 0 ? `${member.name} (${said.join('; ')})` : member.name;
  };
  const present = members.filter((m) => joined.has(m.userId));
  const absent = members.filter((m) => !joined.has(m.userId));
  const voting = members.filter((m) => m.voting !== false);
  const votingPresent = voting.filter((m) => joined.has(m.userId)).length;
  return [
    `Present (${present.length}): ${listOrNone(present.map(describe))}`,
    `Absent (${absent.length}): ${listOrNone(absent.map(describe))}`,
    `Voting members present: ${votingPresent} of ${voting.length}.`,
  ];
}

function itemLines(
  item: MinutesItem,
  facts: QuorumFacts,
  members: readonly MinutesMember[],
  nameOf: (userId: string) => string,
): string[] {
  const recused = [...facts.recused].map(nameOf).sort(compareNames);
  const lines = [`Recused: ${listOrNone(recused)}`];
  const quorum = quorumFor(facts);
  const eligible = members.filter((m) => m.voting !== false && !facts.recused.has(m.userId));
  const counted = eligible.filter((m) => facts.present.has(m.userId));
  const community = counted.filter((m) => m.community).map((m) => m.name);
  if (eligible.length === 0) lines.push('Quorum: not met. Every voting member is recused from this item.');
  else {
    const communityWords =
      community.length > 0
        ? `community ${community.length === 1 ? 'member' : 'members'} present: ${community.join(', ')}`
        : `no community member present${facts.requireCommunityMember ? '' : ' (this venue does not require one)'}`;
    lines.push(
      `Quorum: ${quorum.met ? 'met' : 'not met'}. ${counted.length} of the ${eligible.length} voting members who may take part ${counted.length === 1 ? 'is' : 'are'} present (${quorum.needed} needed); ${communityWords}.`,
      `Counted for quorum (${counted.length}): ${listOrNone(counted.map((m) => m.name))}`,
    );
  }

  item.motions.forEach((motion, i) => lines.push(...motionLines(motion, i, facts, members, nameOf)));
  if (item.outcome !== null) lines.push(`Outcome: ${oneLine(item.outcome)}.`);
  else lines.push(item.motions.length === 0 ? 'No motion; deferred.' : 'No outcome decided; deferred.');
  return lines;
}

const CHOICE_HEADINGS: Readonly<Record<VoteChoice, string>> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstaining',
};

function motionLines(
  motion: MinutesMotion,
  index: number,
  facts: QuorumFacts,
  members: readonly MinutesMember[],
  nameOf: (userId: string) => string,
): string[] {
  const votes = new Map(motion.votes.map((v) => [v.userId, v.choice]));
  const verdict = motionOutcome(facts, votes);
  const counted = members.filter(
    (m) => m.voting !== false && !facts.recused.has(m.userId) && facts.present.has(m.userId),
  );
  const countedIds = new Set(counted.map((m) => m.userId));
  const lines = [
    `Motion ${index + 1}, proposing “${oneLine(motion.proposedOutcome)}”: ${oneLine(motion.text)}`,
  ];
  for (const choice of ['for', 'against', 'abstain'] as const) {
    const names = counted.filter((m) => votes.get(m.userId) === choice).map((m) => m.name);
    lines.push(`  ${CHOICE_HEADINGS[choice]} (${names.length}): ${listOrNone(names)}`);
  }
  const silent = counted.filter((m) => !votes.has(m.userId)).map((m) => m.name);
  if (silent.length > 0) lines.push(`  Did not vote (${silent.length}): ${silent.join(', ')}.`);
  const ignored = [...votes.keys()]
    .filter((userId) => !countedIds.has(userId))
    .map((userId) => `${nameOf(userId)} (${whyNotCounted(userId, facts, members)})`)
    .sort(compareNames);
  if (ignored.length > 0) lines.push(`  Votes not counted: ${ignored.join(', ')}.`);

  let why: string;
  if (!quorumFor(facts).met) why = 'there was no quorum for this item.';
  else {
    const tally = [`${verdict.for} for`, `${verdict.against} against`, `${verdict.abstain} abstaining`];
    if (verdict.silent > 0) tally.push(`${verdict.silent} not voting`);
    const present = counted.length === 1 ? '1 member present' : `${counted.length} members present`;
    why = `${tally.join(', ')}: a majority of the ${present} is ${verdict.needed}.`;
  }
  lines.push(`  Result: ${motion.result.passed ? 'passed' : 'failed'}; ${why}`);
  if (motion.result.passed !== verdict.passes)
    lines.push(
      `  Note: the result was declared ${motion.result.passed ? 'passed' : 'failed'}, but by the votes recorded the motion ${verdict.passes ? 'passes' : 'fails'}.`,
    );
  const reason = oneLine(motion.result.reason);
  if (reason.length > 0 && reason !== verdict.explanation) lines.push(`  Reason given: ${reason}`);
  return lines;
}

function whyNotCounted(userId: string, facts: QuorumFacts, members: readonly MinutesMember[]): string {
  const member = members.find((m) => m.userId === userId);
  if (!member) return 'not a member';
  if (facts.recused.has(userId)) return 'recused';
  if (!facts.present.has(userId)) return 'absent';
  return 'does not vote';
}

// --- Words ---------------------------------------------------------------------------------------

function toMeetingMember(member: MinutesMember): MeetingMember {
  return { userId: member.userId, community: member.community, voting: member.voting !== false };
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
}

function byName(a: MinutesMember, b: MinutesMember): number {
  return compareNames(a.name, b.name) || compareNames(a.userId, b.userId);
}

function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'none.' : `${names.join(', ')}.`;
}

function oneLine(text: string): string {
  return (typeof text === 'string' ? text : '').trim().replace(/\s+/g, ' ');
}

function duration(millis: number): string {
  const minutes = Math.floor(millis / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ];
  return parts.filter((p) => p.length > 0).join(' ');
}

// --- Times in the meeting's zone -----------------------------------------------------------------

interface Clock {
  /** "Tuesday 4 March 2025, 14:00" */
  dayAndTime(instant: number): string;
  /** "14:00" */
  time(instant: number): string;
  /** "2025-03-04", to tell whether two instants fall on the same day. */
  day(instant: number): string;
  /** Which zone the times are in, as a line of the minutes. */
  readonly note: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Words built from numeric parts only, so the text does not change with the ICU version. */
function clockFor(timeZone: string): Clock {
  const known = isValidTimeZone(timeZone);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: known ? timeZone : 'UTC',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const parts = (instant: number) => {
    const found: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(instant)))
      if (part.type !== 'literal') found[part.type] = Number(part.value);
    return {
      year: found['year'] ?? 0,
      month: found['month'] ?? 1,
      day: found['day'] ?? 1,
      hour: (found['hour'] ?? 0) % 24,
      minute: found['minute'] ?? 0,
    };
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = (instant: number) => {
    if (Number.isNaN(instant)) return 'not recorded';
    const p = parts(instant);
    return `${pad(p.hour)}:${pad(p.minute)}`;
  };
  return {
    time,
    day: (instant) => {
      if (Number.isNaN(instant)) return '';
      const p = parts(instant);
      return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    },
    dayAndTime: (instant) => {
      if (Number.isNaN(instant)) return 'not recorded';
      const p = parts(instant);
      const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
      return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${time(instant)}`;
    },
    note: known
      ? `Times are in ${timeZone}.`
      : `Times are in UTC: the meeting’s time zone “${timeZone}” is not known.`,
  };
}
