// The tamper-evident log against the real database: every change of the review workflow is
// logged exactly once, each reader sees what the policy allows, the export verifies offline with
// the independent verifier, proofs come with their checkpoint, two processes append one gap-free
// log, and a process killed in the middle of a burst of changes loses no event and doubles none.
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { leafHash, verifyConsistency, verifyInclusion, verifyCheckpoint } from '@impact-review/audit';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { verifyLog } from '../../../tools/audit-verify/src/verify-log';
import { startApi, type ApiProcess } from '../bench/surge-processes';
import {
  CONFIRM,
  INVITE,
  START_REVISION,
  SubmissionSteps,
  expeditedContent,
  type Person,
} from './submission-helpers';
import { GraphqlClient, startTestApp, type TestApp } from './test-app';

const HISTORY = `query($v: ID!, $f: AuditHistoryFilter, $o: Int, $l: Int) { venueHistory(venueId: $v, filter: $f, offset: $o, limit: $l) {
  total events { index kind label objectType objectId actorId actor { name } summary } } }`;
const EXPORT = `query($v: ID!) { venueLogExport(venueId: $v) }`;
const LOG = `query($v: ID!) { venueLog(venueId: $v) { checkpoint { origin size root timestamp signature publicKey } } }`;
const PROOF = `query($v: ID!, $i: Int, $t: Int, $f: Int) { venueLogProof(venueId: $v, index: $i, treeSize: $t, fromSize: $f) {
  checkpoint { origin size root timestamp signature publicKey } index leafHash inclusion fromSize fromRoot consistency } }`;
const SUBMISSION_HISTORY = `query($id: ID!) { submission(id: $id) { history { kind actorId } } }`;
const UPDATE_VENUE = `mutation($id: ID!, $input: UpdateVenueInput!, $rev: Int!) { updateVenue(id: $id, input: $input, expectedRevision: $rev) { revision } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { state } }`;

const venueInput = (name: string) => ({
  name,
  shortName: 'LOG',
  timeZone: 'UTC',
  description: '',
  deadlines: [],
});
const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

async function logSettled(t: TestApp): Promise<void> {
  await t.outboxSettled(15_000);
  const db = t.app.get<Connection>(getConnectionToken());
  const deadline = Date.now() + 15_000;
  for (;;) {
    let pending = 0;
    for (const c of ['venues', 'invitations', 'venue_roles', 'submissions'])
      pending += await db.collection(c).countDocuments({ hasPendingEvents: true });
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} documents still hold unlogged events`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the venue log (real FerretDB)', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  let chair: Person;
  let author: Person;
  let venueId: string;
  let submissionId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_POLL_MS: '50' } });
    steps = new SubmissionSteps(t);
    chair = await steps.signUp('Log Chair');
    author = await steps.signUp('Log Author');
    venueId = await steps.createVenue(chair);
    await chair.client.ok(UPDATE_VENUE, { id: venueId, input: venueInput('Logged Workshop'), rev: 1 });
    const reviewer = await steps.signUp('Log Reviewer');
    await chair.client.ok(INVITE, { input: { venueId, email: reviewer.email, role: 'expert_reviewer' } });
    const mail = await t.mail.waitFor(reviewer.email, (m) => /\/invitations\//.test(m.text));
    await reviewer.client.ok(ACCEPT, {
      input: { token: /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] },
    });
    const second = await chair.client.ok(INVITE, {
      input: { venueId, email: 'never-answers@example.org', role: 'community_reviewer' },
    });
    await chair.client.ok(REVOKE, { id: second.inviteToVenue.id });
    const created = await steps.create(author, venueId, 'Logged study');
    submissionId = created.id;
    const submitted = await steps.saveAndSubmit(author, submissionId, expeditedContent());
    await chair.client.ok(CONFIRM, {
      id: submissionId,
      tier: 'full',
      reason: 'Reaches children.',
      rev: submitted.revision,
    });
    await author.client.ok(START_REVISION, { id: submissionId });
    await logSettled(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('logs every change once and shows chairs all but draft events', async () => {
    const page = (await chair.client.ok(HISTORY, { v: venueId, l: 200 })).venueHistory;
    // Entries are in the order they reached the log (changes to one object keep their order).
    const kinds = page.events.map((e: { kind: string }) => e.kind).sort();
    expect(kinds).toEqual(
      [
        'venue.created',
        'role.granted',
        'venue.changed',
        'invitation.sent',
        'invitation.accepted',
        'role.granted',
        'invitation.sent',
        'invitation.revoked',
        'submission.version_submitted',
        'tier.suggested',
        'role.granted',
        'tier.overridden',
      ].sort(),
    );
    const ofSubmission = [...page.events]
      .reverse()
      .filter((e: { objectId: string }) => e.objectId === submissionId)
      .map((e: { kind: string }) => e.kind);
    expect(ofSubmission).toEqual(['submission.version_submitted', 'tier.suggested', 'tier.overridden']);
    expect(page.total).toBe(kinds.length);
    const changed = page.events.find((e: { kind: string }) => e.kind === 'venue.changed');
    expect(JSON.parse(changed.summary)).toMatchObject({
      name: { before: 'Synthetic Media Workshop', after: 'Logged Workshop' },
    });
    expect(changed.actor).toEqual({ name: 'Log Chair' });
    const overridden = page.events.find((e: { kind: string }) => e.kind === 'tier.overridden');
    expect(JSON.parse(overridden.summary)).toMatchObject({
      tier: 'full',
      suggestedTier: 'expedited',
      reason: 'Reaches children.',
    });
    // The log holds the draft events too (the chair's view hides them): 14 entries in all.
    expect((await chair.client.ok(LOG, { v: venueId })).venueLog.checkpoint.size).toBe(kinds.length + 2);
  });

  it('filters by object, person and kind', async () => {
    const byKind = (await chair.client.ok(HISTORY, { v: venueId, f: { kind: 'role.granted' } })).venueHistory;
    expect(byKind.total).toBe(3);
    const byObject = (await chair.client.ok(HISTORY, { v: venueId, f: { objectId: submissionId } }))
      .venueHistory;
    expect(byObject.events.map((e: { kind: string }) => e.kind)).toEqual([
      'tier.overridden',
      'tier.suggested',
      'submission.version_submitted',
    ]);
    const byPerson = (await chair.client.ok(HISTORY, { v: venueId, f: { actorId: author.id } })).venueHistory;
    expect(byPerson.events.every((e: { actorId: string }) => e.actorId === author.id)).toBe(true);
    expect(byPerson.total).toBe(2); // version submitted and the author role it granted
    const hidden = (await chair.client.ok(HISTORY, { v: venueId, f: { kind: 'submission.registered' } }))
      .venueHistory;
    expect(hidden).toEqual({ total: 0, events: [] });
  });

  it("shows a submission's history to its author in full and to chairs without draft events; others get nothing", async () => {
    const mine = (await author.client.ok(SUBMISSION_HISTORY, { id: submissionId })).submission.history;
    expect(mine.map((e: { kind: string }) => e.kind)).toEqual([
      'submission.revision_started',
      'tier.overridden',
      'tier.suggested',
      'submission.version_submitted',
      'submission.registered',
    ]);
    const chairs = (await chair.client.ok(SUBMISSION_HISTORY, { id: submissionId })).submission.history;
    expect(chairs.map((e: { kind: string }) => e.kind)).toEqual([
      'tier.overridden',
      'tier.suggested',
      'submission.version_submitted',
    ]);
    const stranger = await steps.signUp('Log Stranger');
    const refused = await stranger.client.request(HISTORY, { v: venueId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stranger.client.request(EXPORT, { v: venueId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('exports a log the independent verifier accepts, with draft entries as hashes only', async () => {
    const text = (await chair.client.ok(EXPORT, { v: venueId })).venueLogExport as string;
    const file = JSON.parse(text);
    const verdict = verifyLog(file);
    expect(verdict).toMatchObject({ ok: true, size: 14, redacted: 2 });
    expect(text).not.toContain('Logged study"'); // the registered draft's title stays hidden
    const checkpoint = (await chair.client.ok(LOG, { v: venueId })).venueLog.checkpoint;
    expect(verifyCheckpoint(checkpoint)).toBe(true);
    expect(verdict.ok && verdict.root).toBe(checkpoint.root);
    // Tampering with the stored log is caught at its position.
    const db = t.app.get<Connection>(getConnectionToken());
    const entry = await db.collection('audit_entries').findOne({ venueId, index: 4 });
    await db
      .collection('audit_entries')
      .updateOne(
        { _id: entry!._id },
        { $set: { entry: String(entry!['entry']).replace('expert_reviewer', 'chair') } },
      );
    const tampered = verifyLog(JSON.parse((await chair.client.ok(EXPORT, { v: venueId })).venueLogExport));
    expect(tampered).toMatchObject({ ok: false, position: 4 });
    await db.collection('audit_entries').updateOne({ _id: entry!._id }, { $set: { entry: entry!['entry'] } });
  });

  it('returns inclusion and consistency proofs with the checkpoint they refer to', async () => {
    const proof = (await chair.client.ok(PROOF, { v: venueId, i: 3, t: 10, f: 6 })).venueLogProof;
    expect(proof.checkpoint.size).toBe(10);
    expect(verifyCheckpoint(proof.checkpoint)).toBe(true);
    const root = b64(proof.checkpoint.root);
    expect(verifyInclusion(3, 10, b64(proof.leafHash), proof.inclusion.map(b64), root)).toBe(true);
    expect(verifyConsistency(6, 10, b64(proof.fromRoot), root, proof.consistency.map(b64))).toBe(true);
    const file = JSON.parse((await chair.client.ok(EXPORT, { v: venueId })).venueLogExport);
    expect(proof.leafHash).toBe(leafHash(file.entries[3].entry).toString('base64'));
    const bad = await chair.client.request(PROOF, { v: venueId, i: 20 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the venue log across processes', () => {
  let t: TestApp;
  let steps: SubmissionSteps;
  const processes: ApiProcess[] = [];
  const base = () => String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '');
  const env = (t: TestApp) => ({
    MONGODB_URI: `${base()}/${t.databaseName}`,
    SMTP_URL: String(process.env['TEST_SMTP_URL']),
    LOG_LEVEL: 'silent',
    JOBS_POLL_MS: '50',
    // A killed process's jobs come back to the queue within two seconds.
    JOBS_LEASE_MS: '2000',
  });

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_POLL_MS: '50', JOBS_LEASE_MS: '2000' } });
    steps = new SubmissionSteps(t);
  });
  afterAll(async () => {
    for (const p of processes) await p.stop();
    await t.close();
  });

  it('appends one gap-free log when two processes record changes at once', async () => {
    const second = await startApi(env(t));
    processes.push(second);
    const chair = await steps.signUp('Parallel Chair');
    const venueId = await steps.createVenue(chair);
    const viaSecond = new GraphqlClient(second.url);
    (viaSecond as unknown as { cookie: string }).cookie = chair.client.sessionCookie;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? viaSecond : chair.client).ok(INVITE, {
          input: { venueId, email: `parallel-${i}@example.org`, role: 'expert_reviewer' },
        }),
      ),
    );
    await logSettled(t);
    const db = t.app.get<Connection>(getConnectionToken());
    const entries = await db.collection('audit_entries').find({ venueId }).sort({ index: 1 }).toArray();
    expect(entries.map((e) => e['index'])).toEqual(Array.from({ length: 32 }, (_, i) => i));
    expect(new Set(entries.map((e) => e['eventId'])).size).toBe(32);
    const file = JSON.parse((await chair.client.ok(EXPORT, { v: venueId })).venueLogExport);
    expect(verifyLog(file)).toMatchObject({ ok: true, size: 32 });
  });

  it('loses no event and doubles none when a process is killed in the middle of a burst', async () => {
    const victim = await startApi(env(t));
    const chair = await steps.signUp('Killed Chair');
    const venueId = await steps.createVenue(chair);
    const viaVictim = new GraphqlClient(victim.url);
    (viaVictim as unknown as { cookie: string }).cookie = chair.client.sessionCookie;
    // A burst: each update waits for the previous one; SIGKILL lands while they are flowing.
    let revision = 1;
    let acknowledged = 0;
    const burst = (async () => {
      for (let i = 0; i < 200; i += 1) {
        try {
          const done = await viaVictim.ok(UPDATE_VENUE, {
            id: venueId,
            input: venueInput(`Burst ${i}`),
            rev: revision,
          });
          revision = done.updateVenue.revision;
          acknowledged += 1;
        } catch {
          return;
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(victim.pid, 'SIGKILL');
    const killedAt = new Date().toISOString();
    await burst;
    await victim.stop();
    // Start again: the new process appends what the dead one left in the documents.
    const revived = await startApi(env(t));
    processes.push(revived);
    await logSettled(t);
    const db = t.app.get<Connection>(getConnectionToken());
    const venue = await db
      .collection('venues')
      .findOne({ _id: (await import('mongoose')).Types.ObjectId.createFromHexString(venueId) });
    const saved = Number(venue?.['revision']) - 1;
    const entries = await db.collection('audit_entries').find({ venueId }).sort({ index: 1 }).toArray();
    const changes = entries.filter((e) => e['kind'] === 'venue.changed');
    console.log(
      `kill test: ${acknowledged} updates acknowledged before SIGKILL, ${saved} saved, ${changes.length} logged, ` +
        `${changes.length - new Set(changes.map((e) => e['eventId'])).size} duplicates, ${entries.length} entries in the venue log ` +
        `(${entries.filter((e) => String(e['timestamp']) > killedAt).length} appended after the kill)`,
    );
    expect(acknowledged).toBeGreaterThan(5);
    expect(saved).toBeGreaterThanOrEqual(acknowledged);
    expect(changes).toHaveLength(saved);
    expect(new Set(changes.map((e) => e['eventId'])).size).toBe(saved);
    expect(entries.map((e) => e['index'])).toEqual(entries.map((_, i) => i));
    const file = JSON.parse((await chair.client.ok(EXPORT, { v: venueId })).venueLogExport);
    expect(verifyLog(file)).toMatchObject({ ok: true, size: saved + 2 });
  }, 120_000);
});
