// `npm run bench:surge`: the submission deadline as a load test. Authors with open drafts autosave
// every 10 s (with jitter) for a minute; afterwards every draft must hold the last content the
// server acknowledged. Prints latency percentiles, throughput, errors, conflicts, lost drafts, the
// CPU each process used and the database commands one autosave costs.
//
//   npm run bench:surge                                   2,500 drafts, 60 s, own stack (embedded DB)
//   npm run bench:surge -- --drafts 250 --duration 30
//   npm run bench:surge -- --ramp 1000,2500,5000,7500 --step-duration 30   saturation point (p95 > 1 s)
//   npm run bench:surge -- --api-processes 2             two API processes share the load
//   npm run bench:surge -- --profile tmp/surge-profiles   CPU profiles: database (Go pprof) and API (V8)
//   npm run bench:surge -- --db-args="--background-checkpoints=false"   flags for the database launcher
//   npm run bench:surge -- --url http://127.0.0.1:3000 --mongodb-uri mongodb://127.0.0.1:PORT/impact_review
import { mongo } from 'mongoose';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDraft, createVenue, seedAuthors, type BenchAuthor } from './surge-api';
import { runSurge, verifyDrafts, type BenchDraft, type LoadResult, type Verification } from './surge-load';
import { cpuSeconds, findPid, freePort, machineCpu, startApi, startDatabase, startMailCatcher, type ApiProcess } from './surge-processes';

const { values } = parseArgs({
  options: {
    drafts: { type: 'string', default: '2500' },
    interval: { type: 'string', default: '10' },
    duration: { type: 'string', default: '60' },
    jitter: { type: 'string', default: '0.5' },
    'request-timeout': { type: 'string', default: '30' },
    'api-processes': { type: 'string', default: '1' },
    ramp: { type: 'string' },
    'step-duration': { type: 'string', default: '30' },
    url: { type: 'string' },
    'mongodb-uri': { type: 'string' },
    profile: { type: 'string' },
    'db-args': { type: 'string', default: '' },
    help: { type: 'boolean', default: false },
  },
});

function count(name: string, raw: string | undefined, min: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    console.error(`--${name} must be a number >= ${min}, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

interface Stack {
  apis: string[];
  mongodbUri: string;
  /** Processes whose CPU the report shows. */
  processes: { name: string; pid: number }[];
  /** Where the database serves its Go profiler, when profiling. */
  pprofUrl: string | null;
  stop(): Promise<void>;
}

async function startStack(apiProcesses: number, profileDir: string | null, dbArgs: string[]): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ir-surge-'));
  const pprofPort = profileDir ? await freePort() : 0;
  const db = await startDatabase(dataDir, [...dbArgs, ...(profileDir ? ['--pprof', `127.0.0.1:${pprofPort}`] : [])]);
  const mail = await startMailCatcher();
  const mongodbUri = `${db.uri.replace(/\/$/, '')}/impact_review`;
  const apis: ApiProcess[] = [];
  for (let i = 0; i < apiProcesses; i++) {
    apis.push(
      await startApi({
        MONGODB_URI: mongodbUri,
        SMTP_URL: mail.smtpUrl,
        LOG_LEVEL: 'warn',
        DB_COMMAND_STATS: 'true',
        SITE_ADMIN_EMAILS: 'surge-author-0@bench.example.org',
      }, profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    );
  }
  const dbPid = findPid(dataDir);
  return {
    apis: apis.map((api) => api.url),
    mongodbUri,
    processes: [
      ...(dbPid ? [{ name: 'database (FerretDB)', pid: dbPid }] : []),
      ...apis.map((api, i) => ({ name: apis.length > 1 ? `API ${i + 1}` : 'API', pid: api.pid })),
      ...(mail.child.pid ? [{ name: 'mail catcher', pid: mail.child.pid }] : []),
      { name: 'load generator (this)', pid: process.pid },
    ],
    pprofUrl: profileDir ? `http://127.0.0.1:${pprofPort}` : null,
    async stop() {
      await Promise.all(apis.map((api) => api.stop()));
      mail.child.kill('SIGTERM');
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates authors and drafts until there are `total`, spread over the API processes. */
async function ensureDrafts(stack: Stack, drafts: BenchDraft[], total: number, venue: { id: string; chair: BenchAuthor } | null): Promise<{ id: string; chair: BenchAuthor }> {
  const missing = total - drafts.length;
  if (missing <= 0 && venue) return venue;
  const started = Date.now();
  const authors = await seedAuthors(stack.mongodbUri, Math.max(missing, 0) + (venue ? 0 : 1), drafts.length + (venue ? 1 : 0));
  const chair = venue?.chair ?? authors.shift();
  if (!chair) throw new Error('no chair');
  const venueId = venue?.id ?? (await createVenue(stack.apis[0] ?? '', chair));
  let next = 0;
  const base = drafts.length;
  const worker = async (): Promise<void> => {
    while (next < authors.length) {
      const i = next++;
      const author = authors[i];
      if (!author) return;
      const api = stack.apis[(base + i) % stack.apis.length] ?? '';
      const created = await createDraft(api, author, venueId, base + i);
      drafts.push({ index: base + i, id: created.id, author, api, revision: created.revision, sequence: 0, acknowledged: null, unanswered: new Set(), inFlight: false });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  console.log(`  set up ${authors.length} authors with drafts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await backgroundWorkDone(stack.mongodbUri);
  return { id: venueId, chair };
}

/**
 * Registering a draft also queues work (its log entry, the author's mail): the surge starts once that
 * is done, so it measures autosaves; the wait is reported as the job queue's throughput.
 */
async function backgroundWorkDone(mongodbUri: string): Promise<void> {
  const client = await mongo.MongoClient.connect(mongodbUri);
  try {
    const jobs = client.db().collection('jobs');
    const open = async (): Promise<number> =>
      (await jobs.countDocuments({ state: 'running' })) + (await jobs.countDocuments({ state: 'waiting', runAt: { $lte: new Date() } }));
    const started = Date.now();
    const before = await jobs.countDocuments({ state: 'succeeded' });
    const initiallyOpen = await open();
    while ((await open()) > 0) {
      if (Date.now() - started > 15 * 60_000) {
        console.log('  background work still open after 15 min; starting the surge anyway');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seconds = (Date.now() - started) / 1000;
    const done = (await jobs.countDocuments({ state: 'succeeded' })) - before;
    console.log(
      `  background work after set-up (log entries, registration mail): ${initiallyOpen} jobs open, ${done} done in ${seconds.toFixed(1)} s` +
        (seconds > 0 ? ` (${(done / seconds).toFixed(0)} jobs/s)` : ''),
    );
  } finally {
    await client.close();
  }
}

interface StepReport {
  load: LoadResult;
  verification: Verification;
  cpu: { name: string; percentOfCore: number }[];
  machineBusyPercent: number;
  /** How late the load generator's own timers ran (p99), which inflates every latency it measures. */
  generatorLagP99Ms: number;
}

async function measure(stack: Stack, drafts: BenchDraft[], durationMs: number, intervalMs: number, jitter: number, timeoutMs: number): Promise<StepReport> {
  const cpuBefore = stack.processes.map((p) => cpuSeconds(p.pid));
  const machineBefore = machineCpu();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const wallStarted = Date.now();
  const load = await runSurge(drafts, { intervalMs, durationMs, jitter, requestTimeoutMs: timeoutMs });
  const wall = (Date.now() - wallStarted) / 1000;
  lag.disable();
  const machineAfter = machineCpu();
  const cpu = stack.processes.map((p, i) => ({ name: p.name, percentOfCore: (100 * (cpuSeconds(p.pid) - (cpuBefore[i] ?? 0))) / wall }));
  const verification = await verifyDrafts(drafts);
  const machineBusyPercent = (100 * (machineAfter.busy - machineBefore.busy)) / Math.max(1e-9, machineAfter.total - machineBefore.total);
  return { load, verification, cpu, machineBusyPercent, generatorLagP99Ms: lag.percentile(99) / 1e6 };
}

function printReport(report: StepReport): void {
  const { load, verification } = report;
  const sorted = [...load.latenciesMs].sort((a, b) => a - b);
  const errors = Object.values(load.errorsByCode).reduce((a, b) => a + b, 0);
  const commands = [...load.dbCommands].sort((a, b) => a - b);
  const serverTimes = [...load.serverMs].sort((a, b) => a - b);
  const rows: [string, string][] = [
    ['drafts (authors with an open editor)', String(load.drafts)],
    ['saves sent', String(load.latenciesMs.length)],
    ['saves acknowledged per second', (load.acknowledged / load.durationSeconds).toFixed(1)],
    ['latency p50 / p95 / p99 / max', `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))} / ${ms(percentile(sorted, 99))} / ${ms(sorted.at(-1) ?? 0)}`],
    ['  as timed by the API (arrival to answer) p50 / p95 / p99', serverTimes.length ? `${ms(percentile(serverTimes, 50))} / ${ms(percentile(serverTimes, 95))} / ${ms(percentile(serverTimes, 99))}` : 'n/a'],
    ['errors', errors === 0 ? '0' : `${errors} (${Object.entries(load.errorsByCode).map(([c, n]) => `${c} ${n}`).join(', ')})`],
    ['conflicts', String(load.conflicts)],
    ['drafts checked after the surge', String(verification.checked)],
    ['lost drafts (server older than acknowledged)', String(verification.lost)],
    ['drafts holding an unanswered later save', String(verification.newerThanAcknowledged)],
    ['unreadable drafts', String(verification.unreadable)],
    ['database commands per autosave (min / median / max)', commands.length ? `${commands[0]} / ${percentile(commands, 50)} / ${commands.at(-1)}` : 'n/a (DB_COMMAND_STATS off)'],
    ...report.cpu.map((c): [string, string] => [`CPU ${c.name}`, `${c.percentOfCore.toFixed(0)} % of one core`]),
    ['CPU machine busy (2 cores)', `${report.machineBusyPercent.toFixed(0)} %`],
    ['load generator event-loop lag p99', ms(report.generatorLagP99Ms)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`);
}

/** Records the database's CPU over the measured window (the API writes its V8 profile when it stops). */
async function profileDatabase(pprofUrl: string, windowMs: number, file: string): Promise<string> {
  const seconds = Math.max(1, Math.floor(windowMs / 1000) - 2);
  const response = await fetch(`${pprofUrl}/debug/pprof/profile?seconds=${seconds}`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log('see the header of apps/api/bench/surge-bench.ts');
    return;
  }
  const intervalMs = count('interval', values.interval, 0.1) * 1000;
  const durationMs = count('duration', values.duration, 1) * 1000;
  const jitter = count('jitter', values.jitter, 0);
  const timeoutMs = count('request-timeout', values['request-timeout'], 1) * 1000;
  const steps = values.ramp ? values.ramp.split(',').map((s) => count('ramp', s, 1)) : [count('drafts', values.drafts, 1)];
  const stepMs = values.ramp ? count('step-duration', values['step-duration'], 1) * 1000 : durationMs;

  let stack: Stack;
  if (values.url) {
    if (!values['mongodb-uri']) throw new Error('--url needs --mongodb-uri (the database of that API: authors are seeded there)');
    stack = { apis: [values.url], mongodbUri: values['mongodb-uri'], processes: [{ name: 'load generator (this)', pid: process.pid }], pprofUrl: null, stop: async () => undefined };
  } else {
    console.log(`starting the stack: embedded database, mail catcher, ${values['api-processes']} API process(es)...`);
    const profileDir = values.profile ? path.resolve(values.profile) : null;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const dbArgs = (values['db-args'] ?? '').split(/\s+/).filter(Boolean);
    stack = await startStack(count('api-processes', values['api-processes'], 1), profileDir, dbArgs);
  }
  const drafts: BenchDraft[] = [];
  let venue: { id: string; chair: BenchAuthor } | null = null;
  const summary: { drafts: number; p95: number; errors: number; lost: number; savesPerSecond: number }[] = [];
  try {
    for (const size of steps) {
      console.log(`\n== ${size} drafts, each autosaving every ${intervalMs / 1000} s for ${stepMs / 1000} s (${(size / (intervalMs / 1000)).toFixed(0)} saves/s offered)`);
      venue = await ensureDrafts(stack, drafts, size, venue);
      const active = drafts.slice(0, size);
      const profile = stack.pprofUrl && values.profile ? profileDatabase(stack.pprofUrl, stepMs, path.resolve(values.profile, `database-${size}.pprof`)) : null;
      const report = await measure(stack, active, stepMs, intervalMs, jitter, timeoutMs);
      if (profile) console.log(`  database CPU profile: ${await profile} (go tool pprof -top ...)`);
      printReport(report);
      const sorted = [...report.load.latenciesMs].sort((a, b) => a - b);
      summary.push({
        drafts: size,
        p95: percentile(sorted, 95),
        errors: Object.values(report.load.errorsByCode).reduce((a, b) => a + b, 0),
        lost: report.verification.lost,
        savesPerSecond: report.load.acknowledged / report.load.durationSeconds,
      });
    }
    if (steps.length > 1) {
      console.log('\n== saturation (p95 per step)');
      for (const s of summary) console.log(`  ${String(s.drafts).padStart(6)} drafts  p95 ${ms(s.p95).padStart(9)}  ${s.savesPerSecond.toFixed(1).padStart(6)} saves/s  errors ${s.errors}  lost ${s.lost}`);
      const first = summary.find((s) => s.p95 > 1000);
      const before = first ? summary[summary.indexOf(first) - 1] : undefined;
      console.log(
        first
          ? `  saturation point: p95 passes 1 s between ${before?.drafts ?? 0} and ${first.drafts} drafts`
          : `  p95 stayed under 1 s up to ${summary.at(-1)?.drafts} drafts`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
