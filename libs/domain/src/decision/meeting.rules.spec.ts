import { validateMeeting, validateMotionText, voteRefusal, type MeetingInput } from './meeting.rules';

const meeting = (change: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'March full-review meeting',
  scheduledFor: new Date('2027-03-10T14:00:00Z'),
  memberIds: ['a', 'b', 'c'],
  submissionIds: ['s1'],
  ...change,
});

describe('validateMeeting', () => {
  it.each<[string, Partial<MeetingInput>, string[]]>([
    ['a complete meeting', {}, []],
    ['no title', { title: '  ' }, ['title']],
    ['an invalid date', { scheduledFor: new Date('nope') }, ['scheduledFor']],
    ['no members', { memberIds: [] }, ['memberIds']],
    ['a member twice', { memberIds: ['a', 'a'] }, ['memberIds']],
    ['a statement twice', { submissionIds: ['s1', 's1'] }, ['submissionIds']],
    ['an empty agenda (items added later)', { submissionIds: [] }, []],
  ])('%s', (_label, change, paths) => {
    expect(validateMeeting(meeting(change)).map((e) => e.path)).toEqual(paths);
  });
});

describe('voteRefusal', () => {
  const may = { member: true, voting: true, present: true, recused: false, motionOpen: true };
  it.each<[string, Partial<typeof may>, RegExp | null]>([
    ['a present member on an open motion', {}, null],
    ['not a member', { member: false }, /Only the meeting’s members/],
    ['without a vote', { voting: false }, /without a vote/],
    ['recused', { recused: true }, /recused/],
    ['absent', { present: false }, /Check in/],
    ['no open motion', { motionOpen: false }, /no open motion/],
  ])('%s', (_label, change, expected) => {
    const refusal = voteRefusal({ ...may, ...change });
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});

describe('validateMotionText', () => {
  it.each<[string, string, number]>([
    ['a motion', 'Approve with the conditions read out.', 0],
    ['empty', ' ', 1],
    ['too long', 'x'.repeat(2_001), 1],
  ])('%s', (_label, text, errors) => {
    expect(validateMotionText(text)).toHaveLength(errors);
  });
});
