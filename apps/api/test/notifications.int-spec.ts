// Notifications reach people through the outbox, the way each person chose: at once (with a
// one-click unsubscribe), in a daily digest in their own time zone, or never.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AuditLog } from '../src/app/audit';
import { Notifier } from '../src/app/notifications';
import {
  CONFIRM,
  INVITE,
  SubmissionSteps,
  expeditedContent,
  fullContent,
  type Person,
} from './submission-helpers';
import { startTestApp, type CaughtMail, type TestApp } from './test-app';

const SET = `mutation($input: SetNotificationDeliveryInput!) { setNotificationDelivery(input: $input) { general { kind delivery } } }`;
const SCHEDULE = `mutation($input: SetDigestScheduleInput!) { setDigestSchedule(input: $input) { nextDigestAt } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;

const bySubject = (pattern: RegExp) => (mail: CaughtMail) => pattern.test(mail.subject);

describe('notifications', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let db: Connection;
  let chair: Person;
  let author: Person;
  let venueId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_POLL_MS: '50' } });
    steps = new SubmissionSteps(t);
    db = t.app.get<Connection>(getConnectionToken());
    chair = await steps.signUp('Notifying Chair');
    author = await steps.signUp('Notified Author');
    venueId = await steps.createVenue(chair);
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells the author at once when a submission is registered, a version submitted and its tier decided', async () => {
    const created = await steps.create(author, venueId, 'Speech synthesis for minority languages');
    const registered = await t.mail.waitFor(
      author.email,
      bySubject(/^Registered at SMW .*: Speech synthesis/),
    );
    expect(registered.text).toContain(`/submissions/${created.id}`);
    expect(registered.headers['list-unsubscribe']).toMatch(/^<http.*\/mail\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(registered.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const submitted = await steps.saveAndSubmit(author, created.id, expeditedContent());
    const version = await t.mail.waitFor(author.email, bySubject(/^Version 1 submitted: Speech synthesis/));
    expect(version.text).toContain('You submitted version 1');

    await chair.client.ok(CONFIRM, {
      id: created.id,
      tier: 'full',
      reason: 'Voice data of a small community.',
      rev: submitted.revision,
    });
    const tier = await t.mail.waitFor(author.email, bySubject(/^Tier set: Full for Speech synthesis/));
    expect(tier.text).toContain("The committee's reason: Voice data of a small community.");
    // The chair made the decision; no author mail goes to them.
    await t.outboxSettled();
    // The chairs' jobs page shows the mail about the submitted version, never the one about the draft.
    const JOBS = `query($v: ID!) { venueJobs(venueId: $v, limit: 100) { jobs { summary } } }`;
    const summaries = (await chair.client.ok(JOBS, { v: venueId })).venueJobs.jobs.map(
      (j: { summary: string }) => j.summary,
    );
    expect(summaries).toEqual(
      expect.arrayContaining([expect.stringMatching(/: Version 1 submitted: Speech synthesis/)]),
    );
    expect(summaries.filter((s: string) => /Registered at|registered/.test(s))).toEqual([]);
    expect((await t.mail.messagesTo(chair.email)).filter((m) => /Speech synthesis/.test(m.subject))).toEqual(
      [],
    );
  });

  it('tells the chair who sent an invitation when it is accepted', async () => {
    const invitee = await steps.signUp('New Reviewer');
    await chair.client.ok(INVITE, { input: { venueId, email: invitee.email, role: 'expert_reviewer' } });
    const invitation = await t.mail.waitFor(invitee.email, (m) => /\/invitations\//.test(m.text));
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(invitation.text)?.[1];
    await invitee.client.ok(ACCEPT, { input: { token } });
    const answered = await t.mail.waitFor(
      chair.email,
      bySubject(/^Invitation accepted: New Reviewer, Expert reviewer at /),
    );
    expect(answered.text).toContain(
      `New Reviewer (${invitee.email}) accepted your invitation and is now an expert reviewer at`,
    );
  });

  it('sends nothing for a kind the person turned off, and a one-click unsubscribe turns a kind off', async () => {
    await author.client.ok(SET, { input: { kind: 'submission_registered', delivery: 'never' } });
    const quiet = await steps.create(author, venueId, 'Quietly registered work');
    await t.outboxSettled();
    const fanOut = await db.collection('jobs').findOne({ key: `notify:submission_registered:${quiet.id}` });
    expect(fanOut?.['state']).toBe('succeeded');
    expect(
      (await t.mail.messagesTo(author.email)).filter((m) => /Quietly registered/.test(m.subject)),
    ).toEqual([]);

    // The unsubscribe link of an earlier "version submitted" mail, used the way a mail client does.
    const version = await t.mail.waitFor(author.email, bySubject(/^Version 1 submitted/));
    const url = /^<(.*)>$/.exec(version.headers['list-unsubscribe'] ?? '')?.[1] ?? '';
    const oneClick = await fetch(`${t.url}${new URL(url).pathname}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const another = await steps.create(author, venueId, 'Unsubscribed work');
    await steps.saveAndSubmit(author, another.id, expeditedContent());
    await t.outboxSettled();
    await t.app.get(Notifier).notify({
      kind: 'version_submitted',
      venueId,
      submissionId: another.id,
      title: 'Unsubscribed work',
      authorIds: [author.id],
      versionNumber: 1,
      submittedAt: new Date().toISOString(),
      actorId: author.id,
    });
    await t.outboxSettled();
    expect(
      (await t.mail.messagesTo(author.email)).filter((m) =>
        /^Version 1 submitted: Unsubscribed/.test(m.subject),
      ),
    ).toEqual([]);
    // Only this venue's "version submitted" mails stopped: other kinds still come.
    await author.client.ok(SET, { input: { kind: 'submission_registered', delivery: 'immediately' } });
  });

  it('collects digest choices into one daily mail at the local hour, each change once', async () => {
    await author.client.ok(SET, { input: { kind: 'tier_decided', delivery: 'daily_digest' } });
    const schedule = (await author.client.ok(SCHEDULE, { input: { timeZone: 'Asia/Tokyo', digestHour: 7 } }))
      .setDigestSchedule;
    const first = await steps.create(author, venueId, 'Digest study one');
    const second = await steps.create(author, venueId, 'Digest study two');
    const one = await steps.saveAndSubmit(author, first.id, expeditedContent());
    const two = await steps.saveAndSubmit(author, second.id, fullContent());
    await chair.client.ok(CONFIRM, { id: first.id, tier: 'expedited', reason: '', rev: one.revision });
    await chair.client.ok(CONFIRM, { id: second.id, tier: 'full', reason: '', rev: two.revision });
    await t.outboxSettled();
    // Announced twice (a retried job): still one line.
    const decided = await db
      .collection('jobs')
      .findOne({ key: new RegExp(`^notify:tier_decided:${first.id}:`) });
    await t.app.get(Notifier).notify(decided?.['payload'] as never);
    await t.outboxSettled();

    expect(
      (await t.mail.messagesTo(author.email)).filter(
        (m) => /^Tier /.test(m.subject) && /Digest study/.test(m.subject),
      ),
    ).toEqual([]);
    const items = await db.collection('digest_items').find({ userId: author.id }).toArray();
    expect(items.map((i) => [i['state'], i['text']]).sort()).toEqual([
      ['pending', '“Digest study one”, version 1: tier confirmed as Expedited'],
      ['pending', '“Digest study two”, version 1: tier confirmed as Full'],
    ]);
    const digestJobs = await db
      .collection('jobs')
      .find({ name: 'notify.digest', 'payload.userId': author.id })
      .toArray();
    expect(digestJobs).toHaveLength(1);
    expect(new Date(digestJobs[0]?.['runAt']).toISOString()).toBe(schedule.nextDigestAt);
    expect(new Date(digestJobs[0]?.['runAt']).getUTCHours()).toBe(22); // 07:00 in Tokyo

    // It is 07:00 in Tokyo.
    await db
      .collection('jobs')
      .updateOne({ _id: digestJobs[0]?._id }, { $set: { runAt: new Date(Date.now() - 1000) } });
    const digest = await t.mail.waitFor(
      author.email,
      bySubject(/^Your Impact Review digest for \d{4}-\d{2}-\d{2}: 2 updates$/),
    );
    expect(digest.text).toContain('“Digest study one”, version 1: tier confirmed as Expedited');
    expect(digest.text).toContain('“Digest study two”, version 1: tier confirmed as Full');
    expect(digest.headers['list-unsubscribe']).toMatch(/\/mail\/unsubscribe\//);
    await t.outboxSettled();
    expect(await db.collection('digest_items').countDocuments({ userId: author.id, state: 'pending' })).toBe(
      0,
    );
    expect((await t.mail.messagesTo(author.email)).filter((m) => /digest/.test(m.subject))).toHaveLength(1);
  });
  it('a change whose process stops before announcing it is still announced, once, by the next process', async () => {
    // A second API process on the same database whose jobs never run: it saves the change and its
    // pending log event (with the notification), and stops there, as a process killed at that point.
    const stalled = await startTestApp({ databaseName: t.databaseName, env: { JOBS_ENABLED: 'false' } });
    try {
      const onStalled = author.client.on(stalled.url);
      const created = (await onStalled.ok(`mutation($input: SubmissionInput!) { createSubmission(input: $input) { id } }`, {
        input: { venueId, title: 'Announced after a crash', abstract: '', links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' }, artifacts: [] },
      })).createSubmission;
      const doc = await db.collection('submissions').findOne({ title: { $exists: false }, 'draft.title': 'Announced after a crash' });
      expect(doc?.['pendingEvents']).toEqual([expect.objectContaining({ kind: 'submission.registered', notification: expect.objectContaining({ submissionId: created.id }) })]);
    } finally {
      await stalled.close();
    }
    // The running process's sweep (at start-up and every minute; here called as the timer would)
    // logs the event and announces it, if its append job did not already.
    await t.app.get(AuditLog).sweep();
    await t.outboxSettled();
    const mails = (await t.mail.messagesTo(author.email)).filter((m) => /Announced after a crash/.test(m.subject));
    expect(mails).toHaveLength(1);
    // Sweeping again announces nothing twice.
    await t.app.get(AuditLog).sweep();
    await t.outboxSettled();
    expect((await t.mail.messagesTo(author.email)).filter((m) => /Announced after a crash/.test(m.subject))).toHaveLength(1);
  });
});
