// Private calendar feeds over HTTP against the real database: an address is made once (only its
// hash is kept), replaces the previous one, and is revoked; the person's feed holds their venues'
// deadlines, the reviews they owe, and for their approved work the continuing review and release
// dates; a chair's venue feed holds every approval's continuing review except those they are
// conflicted with. Calendar apps read the text; the test reads it as they would.
import { CONFIRM, CREATE_VENUE, SubmissionSteps, errorOf, expeditedContent, unique, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const CREATE_FEED = `mutation($v: ID) { createCalendarFeed(venueId: $v) { url createdAt } }`;
const REVOKE_FEED = `mutation($v: ID) { revokeCalendarFeed(venueId: $v) }`;
const FEEDS = `query { calendarFeeds { venue { id } createdAt } }`;

describe('calendar feeds (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let conflictedChair: Person;
  let author: Person;
  let expert: Person;
  let venueId: string;
  let approved: string;
  let pending: string;

  /** What a calendar app gets from the address (the API answers it; the address names the web origin). */
  const fetchFeed = async (url: string) => {
    const response = await fetch(`${t.url}${new URL(url).pathname}`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  /** The SUMMARY lines of a feed, unfolded and unescaped enough to compare. */
  const summaries = (text: string) =>
    text
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((l) => l.startsWith('SUMMARY:'))
      .map((l) => l.slice('SUMMARY:'.length).replace(/\\,/g, ','));

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    [chair, conflictedChair, author, expert] = (await Promise.all(['Carla Chair', 'Cora Conflicted', 'Ada Author', 'Eve Expert'].map((n) => steps.signUp(n)))) as [Person, Person, Person, Person];
    venueId = (
      await chair.client.ok(CREATE_VENUE, {
        input: { name: 'Synthetic Media Workshop', shortName: `SMW ${unique()}`, kind: 'conference', timeZone: 'UTC', description: '', deadlines: [{ label: 'Impact statements due', dueLocal: '2031-03-01T23:59' }] },
      })
    ).createVenue.id;
    await steps.join(chair, conflictedChair, venueId, 'chair');
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    // One statement approved (its plan has an embargo and a staged release), one still under review.
    ({ id: approved } = await steps.approvedStatement(chair, author, expert, venueId, 'Few-shot voice cloning for audiobooks'));
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: approved, userId: conflictedChair.id, type: 'personal', reason: 'A close friend' },
    });
    const created = await steps.create(author, venueId, 'Emotion transfer for dubbing');
    const submitted = await steps.saveAndSubmit(author, created.id, expeditedContent());
    await chair.client.ok(CONFIRM, { id: created.id, tier: 'expedited', reason: submitted.tier === 'expedited' ? '' : 'Expedited review suffices.', rev: submitted.revision });
    pending = created.id;
    const { assignReplacement } = await chair.client.ok(`mutation($s: ID!, $u: ID!) { assignReplacement(submissionId: $s, reviewerId: $u) { id } }`, { s: pending, u: expert.id });
    await expert.client.ok(`mutation($a: ID!) { respondToAssignment(assignmentId: $a, accept: true, reason: null) { id } }`, { a: assignReplacement.id });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('a person’s feed: deadlines, reviews owed, and for approved work the continuing review and the release dates', async () => {
    const { createCalendarFeed } = await author.client.ok(CREATE_FEED, { v: null });
    expect(createCalendarFeed.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const authorFeed = await fetchFeed(createCalendarFeed.url);
    expect(authorFeed.status).toBe(200);
    expect(authorFeed.type).toMatch(/^text\/calendar/);
    expect(authorFeed.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const mine = summaries(authorFeed.text);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: Impact statements due$/),
        'Continuing review due: Few-shot voice cloning for audiobooks',
        'Release: Voice model (Few-shot voice cloning for audiobooks)',
        'Release stage: Training code (Few-shot voice cloning for audiobooks)',
      ]),
    );
    expect(authorFeed.text).toContain('DTSTART;VALUE=DATE:20300601');
    // The statement still under review has no approval: nothing of it.
    expect(mine.some((s) => s.includes('Emotion transfer'))).toBe(false);

    const reviewer = await fetchFeed((await expert.client.ok(CREATE_FEED, { v: null })).createCalendarFeed.url);
    // The submitted review is not owed any more; the other one is.
    expect(summaries(reviewer.text).filter((s) => s.startsWith('Review due:'))).toEqual(['Review due: Emotion transfer for dubbing']);
  });

  test('a chair’s venue feed leaves out what the chair is conflicted with; only chairs may have one', async () => {
    const venueFeed = await fetchFeed((await chair.client.ok(CREATE_FEED, { v: venueId })).createCalendarFeed.url);
    expect(summaries(venueFeed.text)).toContain('Continuing review due: Few-shot voice cloning for audiobooks');
    const conflicted = await fetchFeed((await conflictedChair.client.ok(CREATE_FEED, { v: venueId })).createCalendarFeed.url);
    expect(conflicted.status).toBe(200);
    expect(conflicted.text).not.toContain('Few-shot voice cloning');
    expect(errorOf(await expert.client.request(CREATE_FEED, { v: venueId })).code).toBe('FORBIDDEN');
    const { calendarFeeds } = await chair.client.ok(FEEDS);
    expect(calendarFeeds.map((f: { venue: { id: string } | null }) => f.venue?.id ?? null)).toEqual([null, venueId]);
    expect(calendarFeeds[1].createdAt).not.toBeNull();
  });

  test('a new address revokes the old one; a revoked address and a made-up one answer the same', async () => {
    const first = (await author.client.ok(CREATE_FEED, { v: null })).createCalendarFeed.url;
    const second = (await author.client.ok(CREATE_FEED, { v: null })).createCalendarFeed.url;
    expect(second).not.toBe(first);
    const old = await fetchFeed(first);
    const madeUp = await fetchFeed(`http://x/calendar/${'A'.repeat(32)}.ics`);
    expect(old.status).toBe(404);
    expect(old.text).toBe(madeUp.text);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await author.client.ok(REVOKE_FEED, { v: null })).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await author.client.ok(REVOKE_FEED, { v: null })).revokeCalendarFeed).toBe(false);
  });
});
