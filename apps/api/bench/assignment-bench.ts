// `npm run bench:assignment`: the whole matching job at venue scale, from the database to a stored
// proposal, through the API as a chair starts it. Seeds a synthetic venue (assignment-venue.seed.ts)
// into a fresh embedded database, starts the run, follows its progress, and prints seconds per
// phase, the end-to-end time, the API process's peak memory (the matcher runs in a worker thread
// of it), and p50/p95 of the venue's pages at that size: the dashboard, the proposal view and the
// reviewer list. Targets on the 2-core machine: <= 120 s end to end at 20,000 x 15,000, peak RSS
// <= 2 GB, pages p95 <= 200 ms.
//
//   npm run bench:assignment                                  20,000 statements, 15,000 reviewers
//   npm run bench:assignment -- --statements 2000 --reviewers 1500 --requests 50
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedAssignmentVenue } from './assignment-venue.seed';
import { graphql } from './surge-api';
import { startApi, startDatabase, startMailCatcher } from './surge-processes';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '20000' },
    reviewers: { type: 'string', default: '15000' },
    requests: { type: 'string', default: '100' },
    objective: { type: 'string', default: 'total' },
  },
});
const statements = Number(values.statements);
const reviewers = Number(values.reviewers);
const requests = Number(values.requests);
if (![statements, reviewers, requests].every((n) => Number.isInteger(n) && n > 0) || !['total', 'fair'].includes(values.objective ?? '')) {
  console.error('--statements, --reviewers and --requests take whole numbers; --objective total or fair');
  process.exit(2);
}

const START = `mutation($v: ID!, $o: MatchingObjective!) { startMatchingRun(venueId: $v, objective: $o) { id } }`;
const RUN = `query($id: ID!) { matchingRun(id: $id) { state phase percent error
  result { status objective statements reviewers proposed kept uncoveredStatements diagnosis detectedConflicts candidatePairs phaseSeconds { phase seconds } loadHistogram { label count } } } }`;
const DASHBOARD = `query($venueId: ID!) { venueSubmissions(venueId: $venueId, limit: 20) { total items { id title tier tierStatus submittedAt authors { name } } } }`;
const PROPOSAL = `query($id: ID!, $after: ID) { matchingRun(id: $id) { proposal(after: $after, limit: 20) { nextAfter statements {
  submission { id title tier } demand { expert community } missing { expert community }
  reviewers { reviewer { id name } kind score origin terms areas bid } } } } }`;
const REVIEWER_LIST = `query($id: ID!, $offset: Int) { venue(id: $id) { reviewerProfileCount reviewerProfiles(offset: $offset, limit: 50) { areas maxLoad affiliations { institution } person { id name } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ir-assignment-bench-'));
  const dbProcess = await startDatabase(dataDir);
  const mail = await startMailCatcher();
  const mongodbUri = `${dbProcess.uri.replace(/\/$/, '')}/impact_review`;
  const api = await startApi({ MONGODB_URI: mongodbUri, SMTP_URL: mail.smtpUrl, LOG_LEVEL: 'warn', SITE_ADMIN_EMAILS: 'surge-author-1000000@bench.example.org' });
  try {
    const seedStarted = Date.now();
    const venue = await seedAssignmentVenue({
      mongodbUri,
      apiUrl: api.url,
      statements,
      reviewers,
      log: (line) => console.log(`  seed: ${line}`),
    });
    console.log(`seeded ${JSON.stringify(venue.counts)} in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
    const rssBefore = peakRssMb(api.pid);

    const started = performance.now();
    const startAnswer = await graphql(api.url, venue.chair.cookie, START, { v: venue.venueId, o: values.objective });
    const runId = startAnswer.body.data?.['startMatchingRun']?.id as string | undefined;
    if (!runId) throw new Error(`startMatchingRun: ${JSON.stringify(startAnswer.body.errors)}`);
    let last = '';
    let run: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any -- read field by field
    for (;;) {
      const answer = await graphql(api.url, venue.chair.cookie, RUN, { id: runId });
      run = answer.body.data?.['matchingRun'] ?? {};
      const line = `${run['state']} ${run['phase']} ${run['percent']}%`;
      if (line !== last) {
        console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`);
        last = line;
      }
      if (!['queued', 'running'].includes(run['state'])) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const endToEnd = (performance.now() - started) / 1000;
    if (run['state'] !== 'succeeded') throw new Error(`the run ended ${run['state']}: ${run['error']}`);
    const result = run['result'];
    console.log(`\nmatching job at ${statements} statements x ${reviewers} reviewers (objective ${values.objective})`);
    for (const p of result.phaseSeconds as { phase: string; seconds: number }[]) console.log(`  ${p.phase.padEnd(10)} ${p.seconds.toFixed(1).padStart(7)} s`);
    console.log(`  end to end ${endToEnd.toFixed(1).padStart(7)} s   (target <= 120 s)`);
    console.log(`  peak RSS of the API process ${peakRssMb(api.pid).toFixed(0)} MB (before the run ${rssBefore.toFixed(0)} MB; target <= 2048 MB)`);
    console.log(
      `  result: ${result.status}; ${result.proposed} pairs proposed for ${result.statements} statements; ${result.uncoveredStatements} statements short; ${result.detectedConflicts} conflicts found by the matcher; ${result.candidatePairs} candidate pairs`,
    );
    console.log(`  loads: ${(result.loadHistogram as { label: string; count: number }[]).map((b) => `${b.label}:${b.count}`).join(' ')}`);

    // The venue's pages at this size, as the chair reads them.
    const cases: { name: string; run: (i: number) => Promise<{ body: { errors?: unknown } }> }[] = [
      { name: 'dashboard, page 1', run: () => graphql(api.url, venue.chair.cookie, DASHBOARD, { venueId: venue.venueId }) },
      { name: 'proposal view, page 1', run: () => graphql(api.url, venue.chair.cookie, PROPOSAL, { id: runId }) },
      { name: 'reviewer list, page n', run: (i) => graphql(api.url, venue.chair.cookie, REVIEWER_LIST, { id: venue.venueId, offset: (i * 50) % reviewers }) },
    ];
    console.log(`\n${'page'.padEnd(26)}${'p50'.padStart(10)}${'p95'.padStart(10)}   (target p95 <= 200 ms)`);
    for (const c of cases) {
      for (let i = 0; i < 3; i++) await c.run(i);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        const answer = await c.run(i);
        times.push(performance.now() - t0);
        if (answer.body.errors) throw new Error(`${c.name}: ${JSON.stringify(answer.body.errors)}`);
      }
      times.sort((a, b) => a - b);
      console.log(`${c.name.padEnd(26)}${`${percentile(times, 50).toFixed(1)} ms`.padStart(10)}${`${percentile(times, 95).toFixed(1)} ms`.padStart(10)}`);
    }
  } finally {
    await api.stop();
    mail.child.kill('SIGTERM');
    await dbProcess.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
