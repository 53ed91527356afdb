// `npm run seed:venue -- --statements 20000 --reviewers 15000`: fills the embedded database (the
// one `npm start` uses, in ./.data) with a synthetic venue at assignment scale: statements with
// confirmed tiers, a reviewer pool with profiles, publications and affiliations, declared
// conflicts and bids (see assignment-venue.seed.ts). For benchmarks and manual tests: sign in as
// the printed chair and open the venue's Assignment tab.
//
// With `npm start` running, it seeds that database through that API; otherwise it starts the
// embedded database on ./.data/db (or uses MONGODB_URI) and an API of its own for the duration.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedAssignmentVenue } from './assignment-venue.seed';
import { BENCH_PASSWORD } from './surge-api';
import { ROOT, startApi, startDatabase, startMailCatcher } from './surge-processes';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '2000' },
    reviewers: { type: 'string', default: '1500' },
    seed: { type: 'string', default: '20301' },
  },
});
const statements = Number(values.statements);
const reviewers = Number(values.reviewers);
const seed = Number(values.seed);
if (![statements, reviewers, seed].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: npm run seed:venue -- --statements 20000 --reviewers 15000 [--seed N] (whole numbers)');
  process.exit(2);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const runningFile = path.join(ROOT, '.data/run/database.json');
  const running = existsSync(runningFile) ? (JSON.parse(readFileSync(runningFile, 'utf8')) as { uri: string; pid: number }) : null;
  const stops: (() => Promise<void> | void)[] = [];
  try {
    let mongodbUri: string;
    let apiUrl: string;
    if (running && alive(running.pid)) {
      mongodbUri = running.uri;
      apiUrl = `http://127.0.0.1:${process.env['PORT'] ?? 3000}`;
      console.log(`Seeding the database of the running \`npm start\` (${mongodbUri}) through ${apiUrl}.`);
    } else {
      if (process.env['MONGODB_URI']) {
        mongodbUri = process.env['MONGODB_URI'];
      } else {
        const db = await startDatabase(path.join(ROOT, '.data/db'));
        stops.push(() => db.stop());
        mongodbUri = `${db.uri.replace(/\/$/, '')}/impact_review`;
      }
      const mail = await startMailCatcher();
      stops.push(() => void mail.child.kill('SIGTERM'));
      const api = await startApi({ MONGODB_URI: mongodbUri, SMTP_URL: mail.smtpUrl, LOG_LEVEL: 'warn' });
      stops.unshift(() => api.stop());
      apiUrl = api.url;
      console.log(`Seeding ${mongodbUri}.`);
    }
    const started = Date.now();
    const venue = await seedAssignmentVenue({ mongodbUri, apiUrl, statements, reviewers, seed, log: (line) => console.log(`  ${line}`) });
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(venue.counts)}`);
    console.log(`Venue: /venues/${venue.venueId}/assignment`);
    console.log(`Chair: surge-author-1000000@bench.example.org, password ${BENCH_PASSWORD}`);
    console.log(`A reviewer: surge-author-${1_000_001 + Math.ceil(statements / 4)}@bench.example.org, same password`);
  } finally {
    for (const stop of stops) await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
