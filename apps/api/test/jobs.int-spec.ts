// The durable job queue and the mail outbox against the real database and real SMTP servers:
// two API processes over 1,000 mails (each sent exactly once), a worker that loses its lease and
// is fenced off, retries into the dead letter and a chair's retry, delayed and recurring jobs, and
// a mail server stopped in the middle of a run (mail delayed, none lost).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { startApi, type ApiProcess } from '../bench/surge-processes';
import { JobQueue, type JobContext } from '../src/app/jobs';
import { JobRepository } from '../src/app/jobs/job.repository';
import { MailService } from '../src/app/mail/mail.service';
import { CREATE_VENUE, errorOf, unique } from './submission-helpers';
import { startTestApp, type TestApp } from './test-app';

interface Catcher {
  child: ChildProcess;
  smtpUrl: string;
  mailApi: string;
}

/** A mail catcher (a real SMTP server) of this spec's own, in a process of its own. */
function startCatcher(maxMessages: number): Promise<Catcher> {
  const script = path.resolve(__dirname, '../../../tools/scripts/mail-catcher.mjs');
  const child = spawn(
    process.execPath,
    [script, '--smtp-port', '0', '--http-port', '0', '--max-messages', String(maxMessages)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /mail-catcher ready smtp:\/\/127\.0\.0\.1:(\d+) http:\/\/127\.0\.0\.1:(\d+)/.exec(buffer);
      if (match)
        resolve({ child, smtpUrl: `smtp://127.0.0.1:${match[1]}`, mailApi: `http://127.0.0.1:${match[2]}` });
    });
    child.once('exit', (code) => reject(new Error(`the mail catcher exited with ${code}`)));
  });
}

async function subjectsAt(catcher: Catcher): Promise<string[]> {
  const response = await fetch(`${catcher.mailApi}/api/messages`);
  return ((await response.json()) as { subject: string }[]).map((m) => m.subject);
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const FAST = { JOBS_POLL_MS: '50', JOBS_RETRY_BASE_MS: '50', JOBS_RETRY_MAX_MS: '300' };

function jobsOf(t: TestApp) {
  return t.app.get<Connection>(getConnectionToken()).collection('jobs');
}

describe('two API processes over 1,000 mails', () => {
  let catcher: Catcher;
  let t: TestApp;
  let second: ApiProcess;

  beforeAll(async () => {
    catcher = await startCatcher(5000);
    t = await startTestApp({ env: { ...FAST, SMTP_URL: catcher.smtpUrl, JOBS_CONCURRENCY: '8' } });
    const base = String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '');
    second = await startApi({
      MONGODB_URI: `${base}/${t.databaseName}`,
      SMTP_URL: catcher.smtpUrl,
      LOG_LEVEL: 'silent',
      ...FAST,
      JOBS_CONCURRENCY: '8',
    });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await t?.close();
    catcher?.child.kill();
  });

  it('sends each of 1,000 mails exactly once, shared by both processes, and enqueueing twice changes nothing', async () => {
    const mail = t.app.get(MailService);
    const run = unique();
    const enqueueAll = async (): Promise<void> => {
      for (let i = 0; i < 1000; i += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, j) =>
            mail.enqueue({
              key: `bulk-${run}-${i + j}`,
              to: `bulk-${i + j}@example.org`,
              content: { subject: `bulk ${run} #${i + j}`, text: 'x', html: '<p>x</p>' },
            }),
          ),
        );
      }
    };
    await enqueueAll();
    await enqueueAll(); // the same keys again: no new jobs, no second mail
    await waitUntil('1,000 mails arrived', async () => (await subjectsAt(catcher)).length >= 1000, 120_000);
    await t.outboxSettled(30_000);
    await sleep(300);
    const subjects = (await subjectsAt(catcher)).filter((s) => s.startsWith(`bulk ${run} `));
    const distinct = new Set(subjects);
    const jobs = await jobsOf(t).find({ name: 'mail.send' }).toArray();
    const byWorker = new Map<string, number>();
    for (const job of jobs)
      byWorker.set(String(job['lastWorker']), (byWorker.get(String(job['lastWorker'])) ?? 0) + 1);
    console.log(
      `jobs ${jobs.length}, mails received ${subjects.length}, distinct ${distinct.size}, duplicates ${subjects.length - distinct.size}, ` +
        `per process ${[...byWorker.values()].join(' + ')}`,
    );
    expect(jobs).toHaveLength(1000);
    expect(jobs.every((job) => job['state'] === 'succeeded')).toBe(true);
    expect(distinct.size).toBe(1000);
    expect(subjects).toHaveLength(1000);
    // Both processes took part.
    expect(byWorker.size).toBe(2);
  }, 180_000);
});

describe('leases, retries, schedules and the outbox in one process', () => {
  let t: TestApp;
  let other: TestApp;
  let queue: JobQueue;

  beforeAll(async () => {
    t = await startTestApp({ env: { ...FAST, JOBS_LEASE_MS: '600', JOBS_MAX_ATTEMPTS: '3' } });
    other = await startTestApp({
      databaseName: t.databaseName,
      env: { ...FAST, JOBS_LEASE_MS: '600', JOBS_MAX_ATTEMPTS: '3' },
    });
    queue = t.app.get(JobQueue);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('fences off a claim whose lease was taken over: its heartbeat and its result are refused', async () => {
    // A database of its own with no worker, so the test decides who claims and when a lease runs out.
    const quiet = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    try {
      const repository = quiet.app.get(JobRepository);
      const key = `test.fence.${unique()}`;
      await repository.insert(
        {
          name: 'test.none',
          key,
          venueId: null,
          summary: 'fence',
          payload: {},
          runAt: new Date(),
          maxAttempts: 3,
        },
        new Date(),
      );
      const first = await repository.claimDue('worker-a', new Date(), 600);
      expect(first).toMatchObject({ job: { key, attempts: 1, lastWorker: 'worker-a' }, token: 1 });
      expect(await repository.claimDue('worker-c', new Date(), 600)).toBeNull();
      expect(await repository.claimExpired('worker-c', new Date(), 600)).toBeNull();
      // worker-a stalls; nothing renews its lease; a minute later worker-b takes the job over.
      const second = await repository.claimExpired('worker-b', new Date(Date.now() + 60_000), 600_000);
      expect(second).toMatchObject({ job: { key, attempts: 2, lastWorker: 'worker-b' }, token: 2 });
      expect(await repository.heartbeat(first!, new Date(), 600)).toBe(false);
      expect(await repository.settle(first!, { state: 'failed', lastError: 'stale' }, new Date())).toBe(
        false,
      );
      expect(await repository.replacePayload(first!, { overwritten: true }, new Date())).toBe(false);
      expect(await repository.heartbeat(second!, new Date(), 600_000)).toBe(true);
      expect(await repository.settle(second!, { state: 'succeeded' }, new Date())).toBe(true);
      const job = await repository.findByKey(key);
      expect(job).toMatchObject({ state: 'succeeded', lastWorker: 'worker-b', lastError: null, payload: {} });
    } finally {
      await quiet.close();
    }
  });

  it('performs an effect once even when its job runs twice', async () => {
    const name = `test.twice.${unique()}`;
    const effects: number[] = [];
    const outcomes: string[] = [];
    const handler = async (_payload: Record<string, unknown>, context: JobContext): Promise<void> => {
      outcomes.push(
        await context.once(`${context.job.key}:effect`, async () => {
          effects.push(context.job.attempts);
        }),
      );
      // The attempt dies after its effect (before recording success): the job runs again.
      if (context.job.attempts === 1) throw new Error('crashed after the effect');
    };
    queue.register(name, handler);
    other.app.get(JobQueue).register(name, handler);
    await queue.enqueue({ name, key: `${name}:1`, summary: 'twice' });
    await waitUntil(
      'the job succeeded',
      async () => (await jobsOf(t).findOne({ key: `${name}:1` }))?.['state'] === 'succeeded',
      5000,
    );
    expect(outcomes).toEqual(['ran', 'skipped']);
    expect(effects).toEqual([1]);
  });

  it('retries with backoff, then keeps a failed job with its reason; a chair retries it, others cannot see it', async () => {
    const chair = await t.signUp('Jobs Chair', { canCreateVenues: true });
    const venueId = (
      await chair.client.ok(CREATE_VENUE, {
        input: {
          name: 'Jobs Venue',
          shortName: `JV ${unique()}`,
          kind: 'conference',
          timeZone: 'UTC',
          deadlines: [],
        },
      })
    ).createVenue.id as string;
    const name = `test.flaky.${unique()}`;
    const attemptsSeen: number[] = [];
    let succeedFrom = Number.POSITIVE_INFINITY;
    const handler = async (_payload: Record<string, unknown>, context: JobContext): Promise<void> => {
      attemptsSeen.push(context.job.attempts);
      if (attemptsSeen.length < succeedFrom)
        throw new Error(`SMTP said no (attempt ${context.job.attempts})`);
    };
    queue.register(name, handler);
    other.app.get(JobQueue).register(name, handler);
    const job = await queue.enqueue({ name, key: `${name}:1`, summary: 'Flaky thing', venueId });
    await waitUntil(
      'the job is dead-lettered',
      async () => (await jobsOf(t).findOne({ key: `${name}:1` }))?.['state'] === 'failed',
    );
    expect(attemptsSeen).toEqual([1, 2, 3]);

    const PAGE = `query($v: ID!, $s: JobState) { venueJobs(venueId: $v, state: $s) { total counts { waiting running succeeded failed }
      jobs { id summary state attempts maxAttempts lastError } } }`;
    const page = (await chair.client.ok(PAGE, { v: venueId, s: 'failed' })).venueJobs;
    expect(page.total).toBe(1);
    expect(page.counts.failed).toBe(1);
    expect(page.jobs[0]).toMatchObject({
      id: job.id,
      state: 'failed',
      attempts: 3,
      maxAttempts: 3,
      lastError: 'SMTP said no (attempt 3)',
    });

    const stranger = await t.signUp('Curious Stranger');
    expect(errorOf(await stranger.client.request(PAGE, { v: venueId })).code).toBe('FORBIDDEN');
    const RETRY = `mutation($id: ID!) { retryJob(id: $id) { id state attempts } }`;
    const refused = await stranger.client.request(RETRY, { id: job.id });
    const missing = await stranger.client.request(RETRY, { id: '0123456789abcdef01234567' });
    expect(refused.errors).toEqual(missing.errors);
    expect(errorOf(refused).code).toBe('NOT_FOUND');

    succeedFrom = 4;
    expect((await chair.client.ok(RETRY, { id: job.id })).retryJob).toMatchObject({
      state: 'waiting',
      attempts: 0,
    });
    await waitUntil(
      'the retried job succeeds',
      async () => (await jobsOf(t).findOne({ key: `${name}:1` }))?.['state'] === 'succeeded',
    );
    expect(attemptsSeen).toEqual([1, 2, 3, 1]);
    expect(errorOf(await chair.client.request(RETRY, { id: job.id })).code).toBe('CONFLICT');
  });

  it('runs a delayed job when it is due, not before', async () => {
    const name = `test.delayed.${unique()}`;
    const ranAt: number[] = [];
    const handler = async (): Promise<void> => {
      ranAt.push(Date.now());
    };
    queue.register(name, handler);
    other.app.get(JobQueue).register(name, handler);
    const due = Date.now() + 700;
    await queue.enqueue({ name, key: `${name}:1`, summary: 'later', runAt: new Date(due) });
    await sleep(400);
    expect(ranAt).toEqual([]);
    await waitUntil('the delayed job ran', async () => ranAt.length === 1, 5000);
    expect(ranAt[0]).toBeGreaterThanOrEqual(due);
  });

  it('keeps one schedule per recurring job for all processes and re-arms it after each run', async () => {
    const recurring = await jobsOf(t)
      .find({ key: /^recurring:/ })
      .toArray();
    expect(recurring.map((j) => j['key']).sort()).toEqual([
      'recurring:approvals.schedule',
      'recurring:audit.sweep',
      'recurring:housekeeping.accounts',
      'recurring:housekeeping.digests',
      'recurring:housekeeping.jobs',
      'recurring:reviews.remind',
    ]);
    const accounts = recurring.find((j) => j['key'] === 'recurring:housekeeping.accounts');
    expect(accounts).toMatchObject({ cron: '*/10 * * * *', timeZone: 'UTC', state: 'waiting' });
    // Make it due now: one process runs it, and it waits for its next time again.
    await jobsOf(t).updateOne(
      { key: 'recurring:housekeeping.accounts' },
      { $set: { runAt: new Date(Date.now() - 1000) } },
    );
    await waitUntil('the housekeeping job ran and re-armed', async () => {
      const doc = await jobsOf(t).findOne({ key: 'recurring:housekeeping.accounts' });
      return (
        doc?.['state'] === 'waiting' &&
        (doc['runAt'] as Date).getTime() > Date.now() &&
        doc['lastWorker'] !== null
      );
    });
    const after = await jobsOf(t).findOne({ key: 'recurring:housekeeping.accounts' });
    expect(after).toMatchObject({ attempts: 0, lastError: null });
    expect((after?.['runAt'] as Date).getUTCMinutes() % 10).toBe(0);
  });
});

describe('a mail server stopped in the middle of a run', () => {
  let catcher: Catcher;
  let t: TestApp;

  beforeAll(async () => {
    catcher = await startCatcher(1000);
    t = await startTestApp({ env: { ...FAST, SMTP_URL: catcher.smtpUrl, JOBS_MAX_ATTEMPTS: '50' } });
  });
  afterAll(async () => {
    await t?.close();
    catcher?.child.kill();
  });

  it('delays mail while it is away and loses none', async () => {
    const mail = t.app.get(MailService);
    const run = unique();
    const send = (i: number) =>
      mail.enqueue({
        key: `outage-${run}-${i}`,
        to: `outage-${i}@example.org`,
        content: { subject: `outage ${run} #${i}`, text: 'x', html: 'x' },
      });
    await Promise.all(Array.from({ length: 20 }, (_, i) => send(i)));
    await waitUntil('the first mails arrived', async () => (await subjectsAt(catcher)).length >= 20, 20_000);

    await fetch(`${catcher.mailApi}/api/smtp?listen=false`, { method: 'POST' });
    await Promise.all(Array.from({ length: 30 }, (_, i) => send(20 + i)));
    await waitUntil(
      'sends fail and wait for a retry',
      async () =>
        (await jobsOf(t).countDocuments({ name: 'mail.send', state: 'waiting', lastError: { $ne: null } })) >
        0,
    );
    const whileDown = (await subjectsAt(catcher)).length;
    expect(whileDown).toBe(20);

    await fetch(`${catcher.mailApi}/api/smtp?listen=true`, { method: 'POST' });
    await waitUntil('every mail arrived', async () => (await subjectsAt(catcher)).length >= 50, 30_000);
    await t.outboxSettled(10_000);
    const subjects = (await subjectsAt(catcher)).filter((s) => s.startsWith(`outage ${run} `));
    const retried = await jobsOf(t).countDocuments({ name: 'mail.send', attempts: { $gt: 1 } });
    console.log(
      `outage: 50 mails, ${subjects.length} received, ${new Set(subjects).size} distinct, ${retried} needed more than one attempt`,
    );
    expect(new Set(subjects).size).toBe(50);
    expect(subjects).toHaveLength(50);
    expect(retried).toBeGreaterThan(0);
  });
});
