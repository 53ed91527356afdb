// Continuing review across processes: API processes whose clock stands at the same moment run the
// approvals schedule against one database. One is killed with SIGKILL in the middle of its runs
// and two more take over side by side. Every reminder, opened re-evaluation and lapse must happen
// exactly once: in the approvals, in the venue's log and in the authors' mailbox.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import { SubmissionSteps, type Person } from './submission-helpers';
import { FixedClock, startTestApp, type TestApp } from './test-app';

const ROOT = path.resolve(__dirname, '../../..');
const DAY = 86_400_000;
const NOW = new Date('2029-03-01T08:00:00Z');
const GROUP = 20;
/**
 * Jobs polled often; a killed process's jobs back within two seconds; and quick retries, since
 * three processes appending forty approvals' events to one venue log lose many races for a position.
 */
const FAST_JOBS = { JOBS_POLL_MS: '50', JOBS_LEASE_MS: '2000', JOBS_RETRY_BASE_MS: '50', JOBS_RETRY_MAX_MS: '500' };

interface Runner {
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** One API process running the schedule at NOW (test/support/approval-schedule-runner.ts). */
async function startRunner(databaseUri: string): Promise<Runner> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/test/support/approval-schedule-runner.ts'), NOW.toISOString()],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: path.join(ROOT, 'apps/api/tsconfig.json'),
        MONGODB_URI: databaseUri,
        SMTP_URL: String(process.env['TEST_SMTP_URL']),
        LOG_LEVEL: 'silent',
        PORT: '0',
        ...FAST_JOBS,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('runner ready')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the runner exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the approvals schedule across processes (SIGKILL, two processes)', () => {
  const clock = new FixedClock(NOW);
  let t: TestApp;
  let author: Person;
  const runners: Runner[] = [];

  beforeAll(async () => {
    t = await startTestApp({ clock, env: FAST_JOBS });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await t?.close();
  });

  it('sends every reminder and applies every lapse exactly once when a process dies mid-run and two take over', async () => {
    const steps = new SubmissionSteps(t);
    const [chair, expert] = await Promise.all([steps.signUp('Kai Chair'), steps.signUp('Eli Expert')]);
    author = await steps.signUp('Ana Author');
    const venueId = await steps.createVenue(chair);
    await steps.join(chair, expert, venueId, 'expert_reviewer');
    const created = await steps.approvedStatement(chair, author, expert, venueId, 'Few-shot voice cloning for audiobooks');
    await t.outboxSettled(15_000);

    // Forty approvals of the statement fall due at once: twenty need their 30-day reminder (and the
    // re-evaluation opened with it), twenty have expired without a decision.
    const db = t.app.get<Connection>(getConnectionToken());
    const approvals = db.collection('approvals');
    const original = await approvals.findOne({ submissionId: created.id });
    if (!original) throw new Error('no approval was granted');
    const { _id: _original, pendingEvents: _events, hasPendingEvents: _flag, ...template } = original;
    const clones = Array.from({ length: 2 * GROUP }, (_, i) => ({
      ...template,
      _id: new Types.ObjectId(),
      decisionId: `clone-${i}`,
      expiresAt: i < GROUP ? new Date(NOW.getTime() + 20 * DAY) : new Date(NOW.getTime() - 3_600_000),
      remindersSent: [],
      revision: 1,
    }));
    await approvals.deleteOne({ _id: original._id });
    await approvals.insertMany(clones);
    const ids = clones.map((c) => c._id);
    const remindIds = ids.slice(0, GROUP).map(String);
    const lapseIds = ids.slice(GROUP).map(String);
    const progressed = async () =>
      approvals.countDocuments({ _id: { $in: ids }, $or: [{ state: 'expired' }, { remindersSent: 30 }] });

    // The first process is killed as soon as it has done part of the work.
    const victim = await startRunner(`${String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '')}/${t.databaseName}`);
    await waitUntil('the first process did some of the work', async () => (await progressed()) >= 3, 60_000);
    victim.child.kill('SIGKILL');
    await victim.stop();
    const doneAtKill = await progressed();

    // Two processes take over side by side.
    const uri = `${String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '')}/${t.databaseName}`;
    runners.push(...(await Promise.all([startRunner(uri), startRunner(uri)])));
    await waitUntil('every approval is done', async () => (await progressed()) === 2 * GROUP);
    await waitUntil('every event is logged', async () => (await approvals.countDocuments({ _id: { $in: ids }, hasPendingEvents: true })) === 0);
    await t.outboxSettled(60_000);
    const logged = async (kind: string) =>
      (await db.collection('audit_entries').find({ venueId, kind }).toArray()).map((e) => {
        const event = JSON.parse(String(e['entry'])) as { summary: unknown };
        const summary = typeof event.summary === 'string' ? JSON.parse(event.summary) : event.summary;
        return (summary as { approvalId: string }).approvalId;
      });
    const mailsTo = async (subject: RegExp) => (await t.mail.messagesTo(author.email)).filter((m) => subject.test(m.subject));
    await waitUntil('the mail arrived', async () => (await mailsTo(/^(Continuing review due|Approval lapsed)/)).length >= 2 * GROUP, 30_000);
    // The runners stay up a moment more: nothing further may come.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await Promise.all(runners.splice(0).map((r) => r.stop()));

    const reminded = await approvals.find({ _id: { $in: ids.slice(0, GROUP) } }).toArray();
    const lapsed = await approvals.find({ _id: { $in: ids.slice(GROUP) } }).toArray();
    const reminderMails = await mailsTo(/^Continuing review due in 20 days/);
    const lapseMails = await mailsTo(/^Approval lapsed/);
    const reminderEvents = await logged('approval.reminder_sent');
    const openedEvents = await logged('approval.reevaluation_opened');
    const lapseEvents = await logged('approval.lapsed');
    const distinct = (list: readonly unknown[]) => new Set(list).size;
    const messageIds = (mails: { headers: Record<string, string> }[]) => mails.map((m) => m.headers['message-id']);
    console.log(
      `approval schedule kill test: ${2 * GROUP} approvals due, ${doneAtKill} done before SIGKILL; then two processes: ` +
        `${reminderEvents.length} reminders logged (${distinct(reminderEvents)} approvals), ${openedEvents.length} re-evaluations opened, ` +
        `${lapseEvents.length} lapses logged; the author got ${reminderMails.length} reminders (${distinct(messageIds(reminderMails))} distinct) ` +
        `and ${lapseMails.length} lapse notices (${distinct(messageIds(lapseMails))} distinct)`,
    );
    expect(doneAtKill).toBeLessThan(2 * GROUP);
    expect(reminded.map((a) => [a['state'], a['remindersSent']])).toEqual(Array.from({ length: GROUP }, () => ['under_reevaluation', [30]]));
    expect(lapsed.map((a) => a['state'])).toEqual(Array.from({ length: GROUP }, () => 'expired'));
    expect(reminderEvents.sort()).toEqual([...remindIds].sort());
    expect(openedEvents.sort()).toEqual([...remindIds].sort());
    expect(lapseEvents.sort()).toEqual([...lapseIds].sort());
    expect(reminderMails).toHaveLength(GROUP);
    expect(distinct(messageIds(reminderMails))).toBe(GROUP);
    expect(lapseMails).toHaveLength(GROUP);
    expect(distinct(messageIds(lapseMails))).toBe(GROUP);
  }, 300_000);
});
