// A convened meeting for full review, over HTTP against the real database and SMTP server: a chair
// convenes members with an agenda; members read the statement before the meeting, a conflicted
// member never does; attendance, the item taken up with its automatic recusal and quorum; a motion
// with 2 for, 1 against and 2 abstaining fails (a majority of those present is needed); the next
// passes and records the decision; the letter goes out; the end writes the minutes.
import { SubmissionSteps, CONFIRM, MISSING_ID, errorOf, fullContent, type Person } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

const MEETING = `query($id: ID!) { meeting(id: $id) { id state viewerPresent viewerCan { manage vote }
  members { person { id } present community }
  items { position state recused recusedCount outcome submission { id title } quorum { met counted needed communityCounted explanation } }
  currentItem { position recused submission { id } quorum { met counted } }
  openMotion { id text state votesCast myVote for against abstain }
  motions { id state for against abstain result votes { person { id } choice } }
  minutes } }`;
const CONVENE = `mutation($v: ID!, $i: ConveneMeetingInput!) { conveneMeeting(venueId: $v, input: $i) { id state items { submission { id } } } }`;
const START = `mutation($m: ID!) { startMeeting(meetingId: $m) { state } }`;
const ATTEND = `mutation($m: ID!, $u: ID!, $p: Boolean!) { setAttendance(meetingId: $m, userId: $u, present: $p) { viewerPresent } }`;
const TAKE = `mutation($m: ID!, $s: ID!) { takeAgendaItem(meetingId: $m, submissionId: $s) { currentItem { recusedCount quorum { met counted needed communityCounted } } } }`;
const OPEN = `mutation($m: ID!, $t: String!, $d: DecisionInput!) { openMotion(meetingId: $m, text: $t, decision: $d) { openMotion { id } } }`;
const VOTE = `mutation($m: ID!, $o: ID!, $c: VoteChoice!) { castVote(meetingId: $m, motionId: $o, choice: $c) { openMotion { votesCast myVote } } }`;
const CLOSE = `mutation($m: ID!, $o: ID!) { closeMotion(meetingId: $m, motionId: $o) { motions { state result } items { state outcome } } }`;
const END = `mutation($m: ID!) { endMeeting(meetingId: $m) { state minutes } }`;
const CANDIDATES = `query($v: ID!) { venue(id: $v) { meetingCandidates { id } meetings { id } } }`;
const SUBMISSION = `query($id: ID!) { submission(id: $id) { id title latestVersion { content { releasePlan { artifactKey contentLevel timing distribution embargoUntil reviewEveryMonths releaseEvent stages { description opensOn trigger } accessConditions } } } } }`;

describe('a convened meeting (real FerretDB and SMTP)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let author: Person;
  let eve: Person;
  let ezra: Person;
  let enid: Person;
  let cam: Person;
  let cleo: Person;
  let outsider: Person;
  let venueId: string;
  let statement: string;
  let meetingId: string;
  let releasePlan: unknown[];

  beforeAll(async () => {
    t = await startTestApp();
    steps = new SubmissionSteps(t);
    [chair, author, eve, ezra, enid, cam, cleo, outsider] = (await Promise.all(
      ['Carla Chair', 'Ada Author', 'Eve Expert', 'Ezra Expert', 'Enid Expert', 'Cam Community', 'Cleo Community', 'Olga Outsider'].map((n) => steps.signUp(n)),
    )) as [Person, Person, Person, Person, Person, Person, Person, Person];
    venueId = await steps.createVenue(chair);
    for (const person of [eve, ezra, enid]) await steps.join(chair, person, venueId, 'expert_reviewer');
    for (const person of [cam, cleo]) await steps.join(chair, person, venueId, 'community_reviewer');
    const created = await steps.create(author, venueId, 'Open-weight voice cloning model');
    const submitted = await steps.saveAndSubmit(author, created.id, fullContent());
    await chair.client.ok(CONFIRM, { id: created.id, tier: 'full', reason: submitted.tier === 'full' ? '' : 'Open weights reach everyone.', rev: submitted.revision });
    statement = created.id;
    // Ezra co-wrote a paper with the authors: declared, he is recused from the item.
    await author.client.ok(`mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { submissionId: statement, userId: ezra.id, type: 'personal', reason: 'Co-authored a paper in 2026' },
    });
    releasePlan = (await chair.client.ok(SUBMISSION, { id: statement })).submission.latestVersion.content.releasePlan;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('a chair convenes members with the statements awaiting full review; members read them, a conflicted member does not', async () => {
    expect((await chair.client.ok(CANDIDATES, { v: venueId })).venue.meetingCandidates).toEqual([{ id: statement }]);
    expect((await eve.client.ok(CANDIDATES, { v: venueId })).venue.meetingCandidates).toEqual([]);
    // Not a member of the venue's committee: refused with the field named.
    const bad = errorOf(await chair.client.request(CONVENE, { v: venueId, i: { title: 'March', scheduledFor: new Date().toISOString(), memberIds: [outsider.id], submissionIds: [statement] } }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', paths: ['memberIds.0'] });
    expect(errorOf(await eve.client.request(CONVENE, { v: venueId, i: { title: 'March', scheduledFor: new Date().toISOString(), memberIds: [eve.id], submissionIds: [] } })).code).toBe('FORBIDDEN');
    const members = [chair, eve, ezra, enid, cam, cleo];
    const { mail, result } = await t.mail.nextAfter(eve.email, () =>
      chair.client.ok(CONVENE, {
        v: venueId,
        i: { title: 'March full-review meeting', scheduledFor: new Date(Date.now() + 3_600_000).toISOString(), memberIds: members.map((m) => m.id), submissionIds: [statement] },
      }),
    );
    meetingId = result.conveneMeeting.id;
    expect(mail.subject).toBe(`Meeting: March full-review meeting (${mail.subject.split('(')[1]?.replace(')', '')})`);
    expect(mail.text).toContain(`/meetings/${meetingId}`);
    // Eve reviews nothing here, but as a member she reads the statement she will decide.
    expect((await eve.client.ok(SUBMISSION, { id: statement })).submission.title).toBe('Open-weight voice cloning model');
    // Ezra is a member, conflicted: the statement does not exist for him, and the agenda hides it.
    expect(JSON.stringify(await ezra.client.request(SUBMISSION, { id: statement }))).toBe(JSON.stringify(await ezra.client.request(SUBMISSION, { id: MISSING_ID })));
    const asEzra = (await ezra.client.ok(MEETING, { id: meetingId })).meeting;
    expect(asEzra.items).toEqual([expect.objectContaining({ recused: true, submission: null })]);
    // Outsiders: the meeting does not exist.
    expect(JSON.stringify(await outsider.client.request(MEETING, { id: meetingId }))).toBe(JSON.stringify(await outsider.client.request(MEETING, { id: MISSING_ID })));
  });

  test('quorum with a recusal; 2 for, 1 against, 2 abstaining fails; a majority of those present passes and records the decision', async () => {
    await chair.client.ok(START, { m: meetingId });
    for (const person of [chair, eve, ezra, enid, cleo]) await chair.client.ok(ATTEND, { m: meetingId, u: person.id, p: true });
    // Cam checks in himself; he may not mark anyone else.
    expect((await cam.client.ok(ATTEND, { m: meetingId, u: cam.id, p: true })).setAttendance.viewerPresent).toBe(true);
    expect(errorOf(await cam.client.request(ATTEND, { m: meetingId, u: eve.id, p: false })).code).toBe('FORBIDDEN');
    const taken = (await chair.client.ok(TAKE, { m: meetingId, s: statement })).takeAgendaItem.currentItem;
    // Six members, Ezra recused: five counted, three needed, a community member among them.
    expect(taken).toEqual({ recusedCount: 1, quorum: { met: true, counted: 5, needed: 3, communityCounted: 2 } });
    const proposal = (outcome: string, conditions: { text: string }[] = []) => ({
      outcome,
      conditions: conditions.map((c) => ({ libraryId: null, text: c.text, artifactKey: null, dueOn: null })),
      releasePlan,
      withoutReviewsReason: 'The committee read the statement together at the meeting.',
    });
    // A motion that cannot be recorded is refused before anyone votes.
    const invalid = errorOf(await chair.client.request(OPEN, { m: meetingId, t: 'Approve', d: { outcome: 'approved_with_conditions', releasePlan } }));
    expect(invalid.code).toBe('BAD_USER_INPUT');
    const first = (await chair.client.ok(OPEN, { m: meetingId, t: 'Approve as proposed.', d: proposal('approved') })).openMotion.openMotion.id;
    expect(errorOf(await chair.client.request(OPEN, { m: meetingId, t: 'Another', d: proposal('approved') })).code).toBe('CONFLICT');
    await Promise.all([
      chair.client.ok(VOTE, { m: meetingId, o: first, c: 'for' }),
      eve.client.ok(VOTE, { m: meetingId, o: first, c: 'for' }),
      cam.client.ok(VOTE, { m: meetingId, o: first, c: 'against' }),
      enid.client.ok(VOTE, { m: meetingId, o: first, c: 'abstain' }),
      cleo.client.ok(VOTE, { m: meetingId, o: first, c: 'abstain' }),
    ]);
    // Recused: no vote, and no sight of the motion.
    const recused = errorOf(await ezra.client.request(VOTE, { m: meetingId, o: first, c: 'against' }));
    expect(recused.code).toBe('FORBIDDEN');
    expect((await ezra.client.ok(MEETING, { id: meetingId })).meeting.openMotion).toBeNull();
    const live = (await eve.client.ok(MEETING, { id: meetingId })).meeting.openMotion;
    expect(live).toMatchObject({ votesCast: 5, myVote: 'for', for: null });
    const failed = (await chair.client.ok(CLOSE, { m: meetingId, o: first })).closeMotion;
    expect(failed.motions[0]).toMatchObject({ state: 'failed' });
    expect(failed.motions[0].result).toMatch(/2 of 5 members present voted for; 3 needed/);
    expect(failed.items[0]).toMatchObject({ state: 'pending', outcome: null });
    // The next motion passes with three of the five present.
    const second = (await chair.client.ok(OPEN, { m: meetingId, t: 'Approve with a watermark.', d: proposal('approved_with_conditions', [{ text: 'Watermark generated audio.' }]) }))
      .openMotion.openMotion.id;
    for (const [person, choice] of [[chair, 'for'], [eve, 'for'], [enid, 'for'], [cam, 'against'], [cleo, 'abstain']] as const)
      await person.client.ok(VOTE, { m: meetingId, o: second, c: choice });
    // Two closes at once: one closes it.
    const closes = await Promise.all([chair.client.request(CLOSE, { m: meetingId, o: second }), chair.client.request(CLOSE, { m: meetingId, o: second })]);
    expect(closes.filter((r) => !r.errors)).toHaveLength(1);
    const decided = (await chair.client.ok(MEETING, { id: meetingId })).meeting;
    expect(decided.items[0]).toMatchObject({ state: 'decided', outcome: 'approved_with_conditions' });
    expect(decided.motions[1]).toMatchObject({ state: 'passed', for: 3, against: 1, abstain: 1 });
    expect(decided.motions[1].votes).toHaveLength(5);
    // The decision is recorded for the chair to send.
    const { submission } = await chair.client.ok(`query($id: ID!) { submission(id: $id) { revision decision { outcome meetingId sent conditions { text } } letterDraft { subject body } } }`, { id: statement });
    expect(submission.decision).toEqual({ outcome: 'approved_with_conditions', meetingId, sent: false, conditions: [{ text: 'Watermark generated audio.' }] });
    const sent = await t.mail.nextAfter(author.email, () =>
      chair.client.ok(`mutation($s: ID!, $rev: Int!, $l: LetterInput!) { sendDecision(submissionId: $s, expectedRevision: $rev, letter: $l) { id } }`, {
        s: statement,
        rev: submission.revision,
        l: submission.letterDraft,
      }),
    );
    expect(sent.mail.text).toContain('Watermark generated audio.');
  });

  test('the end writes the minutes; members no longer read statements through the agenda', async () => {
    const ended = (await chair.client.ok(END, { m: meetingId })).endMeeting;
    expect(ended.state).toBe('ended');
    expect(ended.minutes).toContain('Ezra Expert');
    expect(ended.minutes).toMatch(/2 for, 1 against, 2 abstaining/);
    expect(ended.minutes).toContain('Approved with conditions');
    // Members keep the minutes; the statement is the committee's and its authors' again.
    expect((await eve.client.ok(MEETING, { id: meetingId })).meeting.minutes).toBe(ended.minutes);
    expect(errorOf(await eve.client.request(SUBMISSION, { id: statement })).code).toBe('NOT_FOUND');
    // Ezra, recused from the item, reads the minutes without its record (no title, votes or outcome).
    const asEzra = (await ezra.client.ok(MEETING, { id: meetingId })).meeting.minutes;
    expect(asEzra).toContain('You were recused from this item');
    expect(asEzra).not.toContain('Open-weight voice cloning model');
    expect(asEzra).not.toContain('Approved with conditions');
    expect(errorOf(await chair.client.request(START, { m: meetingId })).code).toBe('CONFLICT');
  });
});
