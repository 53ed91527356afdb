import {
  countWords,
  responseWindow,
  unreadCount,
  validateComment,
  validateResponse,
  validateResponsePhase,
  type ResponsePhase,
} from './discussion.rules';

const readers = new Set(['chair', 'expert']);
const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('validateComment', () => {
  it.each<[string, unknown, string[], string[]]>([
    ['a comment mentioning a reader', 'What do you think, @Eve?', ['expert'], []],
    ['an empty comment', '   ', [], ['body']],
    ['a comment too long', 'x'.repeat(10_001), [], ['body']],
    ['a mention of someone who cannot read it', 'Ask them', ['expert', 'author'], ['mentions.1']],
    ['too many mentions', 'All of you', Array.from({ length: 21 }, () => 'chair'), ['mentions']],
    ['a body that is not text', 42, [], ['body']],
  ])('%s', (_label, body, mentions, expected) => {
    expect(paths(validateComment(body, mentions, readers))).toEqual(expected);
  });
});

describe('unreadCount', () => {
  const at = (minute: number) => new Date(Date.UTC(2027, 0, 1, 10, minute));
  const comments = [
    { authorId: 'a', createdAt: at(1) },
    { authorId: 'b', createdAt: at(2) },
    { authorId: 'a', createdAt: at(3) },
  ];
  it.each<[string, string, Date | null, number]>([
    ['never read: every comment of others', 'b', null, 2],
    ['read after the second', 'b', at(2), 1],
    ['read after all', 'b', at(3), 0],
    ['one’s own comments never count', 'a', null, 1],
  ])('%s', (_label, reader, lastRead, expected) => {
    expect(unreadCount(comments, reader, lastRead)).toBe(expected);
  });
});

describe('countWords', () => {
  it.each<[unknown, number]>([
    ['', 0],
    ['  one  ', 1],
    ['We thank the reviewers.\nThe model stays withheld.', 8],
    ['state-of-the-art, well—mostly', 2],
    [null, 0],
  ])('%p has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('responseWindow', () => {
  const now = new Date('2027-04-01T12:00:00Z');
  const phase = (change: Partial<ResponsePhase>): ResponsePhase => ({ open: true, deadline: new Date('2027-04-10T00:00:00Z'), wordLimit: 500, ...change });
  it.each<[string, ResponsePhase, boolean, boolean]>([
    ['open, released, before the deadline', phase({}), true, true],
    ['the phase closed', phase({ open: false }), true, false],
    ['past the deadline', phase({ deadline: new Date('2027-03-31T00:00:00Z') }), true, false],
    ['reviews not released', phase({}), false, false],
  ])('%s', (_label, p, released, open) => {
    const window = responseWindow(p, released, now);
    expect(window.open).toBe(open);
    if (!window.open) expect(window.reason).toMatch(/\.$/);
  });
});

describe('validateResponse', () => {
  it.each<[string, string, number, string | null]>([
    ['within the limit', 'We agree and will withhold the model.', 10, null],
    ['empty', '  ', 10, 'Write your response.'],
    ['over the limit', 'one two three four five six', 5, 'Keep the response to 5 words; it has 6.'],
  ])('%s', (_label, text, limit, message) => {
    const errors = validateResponse(text, limit);
    expect(errors.map((e) => e.message)).toEqual(message ? [message] : []);
  });
});

describe('validateResponsePhase', () => {
  const now = new Date('2027-04-01T12:00:00Z');
  it.each<[string, ResponsePhase, string[]]>([
    ['open with a future deadline', { open: true, deadline: new Date('2027-04-10T00:00:00Z'), wordLimit: 500 }, []],
    ['closed without a deadline', { open: false, deadline: null, wordLimit: 500 }, []],
    ['open without a deadline', { open: true, deadline: null, wordLimit: 500 }, ['deadline']],
    ['open with a past deadline', { open: true, deadline: new Date('2027-03-01T00:00:00Z'), wordLimit: 500 }, ['deadline']],
    ['a word limit too small', { open: false, deadline: null, wordLimit: 10 }, ['wordLimit']],
    ['a fractional word limit', { open: false, deadline: null, wordLimit: 100.5 }, ['wordLimit']],
  ])('%s', (_label, p, expected) => {
    expect(paths(validateResponsePhase(p, now))).toEqual(expected);
  });
});
