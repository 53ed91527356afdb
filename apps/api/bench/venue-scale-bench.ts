// `npm run bench:venue-scale`: do the everyday requests stay as fast when a venue grows from 1,000 to
// 20,000 submitted statements? Measures, through the API, the requests a person makes every day
// (who am I, a submission, a venue, the chairs' dashboard in each sort order and with each filter,
// "My submissions") at each size and prints p50/p95 and the ratio between sizes (target: within 2x).
//
// Submissions are copies of one that went through the API (registered, autosaved, submitted),
// inserted with the driver with their own ids, titles, authors, dates and tiers, so they have the
// real stored shape; the first size is measured, then the venue grows to the next.
//
//   npm run bench:venue-scale                      sizes 1000,20000, 200 requests per cell
//   npm run bench:venue-scale -- --sizes 1000,5000,20000 --requests 100
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mongo } from 'mongoose';
import { searchWordsOf } from '@impact-review/domain';
import { createDraft, createVenue, graphql, saveDraft, seedAuthors, type BenchAuthor } from './surge-api';
import { startApi, startDatabase, startMailCatcher } from './surge-processes';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,20000' },
    requests: { type: 'string', default: '200' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const requests = Number(values.requests);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(requests) || requests < 1) {
  console.error('--sizes takes whole numbers (e.g. 1000,20000), --requests a whole number');
  process.exit(2);
}

const SUBMIT = `mutation($id: ID!, $rev: Int!) { submitStatement(submissionId: $id, expectedDraftRevision: $rev) { id } }`;
const ME = `query { me { id roles { venueId role } } }`;
const SUBMISSION = `query($id: ID!) { submission(id: $id) { id title abstract tier tierStatus authors { name } latestVersion { number } } }`;
const VENUE = `query($id: ID!) { venue(id: $id) { id name shortName deadlines { label dueAt } workshops { id } } }`;
const PAGE = `query($venueId: ID!, $filter: VenueSubmissionsFilter, $sort: SubmissionSort, $offset: Int) {
  venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: 20) {
    total items { id title tier tierStatus submittedAt authors { name } } } }`;
const MINE = `query { mySubmissions { id title phase } }`;

const TIERS = [
  { tier: 'exempt', rank: 1 },
  { tier: 'expedited', rank: 2 },
  { tier: 'full', rank: 3 },
];
const STATUSES = ['suggested', 'confirmed', 'overridden', 'needs_confirmation'];
const WORDS = ['voice', 'cloning', 'deepfake', 'detection', 'watermark', 'consent', 'speech', 'face', 'video', 'audio', 'synthesis', 'provenance'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Grows the venue to `total` submissions by copying the template with new ids and values. */
async function growVenue(db: mongo.Db, template: mongo.Document, version: mongo.Document, authors: BenchAuthor[], from: number, total: number): Promise<void> {
  const base = new Date('2030-01-01T00:00:00Z').getTime();
  for (let start = from; start < total; start += 1000) {
    const submissions: mongo.Document[] = [];
    const versions: mongo.Document[] = [];
    const authorships: mongo.Document[] = [];
    const terms: mongo.Document[] = [];
    for (let i = start; i < Math.min(total, start + 1000); i++) {
      const id = new mongo.ObjectId();
      // Five statements per author at every size: "My submissions" measures the venue, not a busier author.
      const author = authors[Math.floor(i / 5) % authors.length] as BenchAuthor;
      const title = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} study ${i}`;
      const tier = TIERS[i % TIERS.length] as { tier: string; rank: number };
      const at = new Date(base + i * 60_000);
      submissions.push({
        ...template,
        _id: id,
        authorIds: [author.userId],
        submitted: { ...template['submitted'], title, authorIds: [author.userId] },
        searchText: `${title} surge author ${i}`,
        titleKey: title,
        listedAt: at,
        submittedAt: at,
        updatedAt: at,
        tierRank: tier.rank,
        tierStatus: STATUSES[i % STATUSES.length],
      });
      versions.push({ ...version, _id: new mongo.ObjectId(), submissionId: id.toHexString(), title });
      authorships.push({ submissionId: id.toHexString(), userId: author.userId, createdAt: at });
      for (const term of searchWordsOf(`${title} surge author ${i}`)) {
        terms.push({ venueId: template['venueId'], term, submissionId: id.toHexString() });
      }
    }
    await db.collection('submissions').insertMany(submissions);
    await db.collection('statement_versions').insertMany(versions);
    await db.collection('submission_authors').insertMany(authorships);
    await db.collection('submission_search_terms').insertMany(terms);
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ir-venue-scale-'));
  const dbProcess = await startDatabase(dataDir);
  const mail = await startMailCatcher();
  const mongodbUri = `${dbProcess.uri.replace(/\/$/, '')}/impact_review`;
  const api = await startApi({ MONGODB_URI: mongodbUri, SMTP_URL: mail.smtpUrl, LOG_LEVEL: 'warn', SITE_ADMIN_EMAILS: 'surge-author-0@bench.example.org' });
  const client = await mongo.MongoClient.connect(mongodbUri);
  try {
    const largest = Math.max(...sizes);
    const [chair, ...authors] = await seedAuthors(mongodbUri, Math.ceil(largest / 5) + 1, 0);
    if (!chair) throw new Error('no chair');
    const venueId = await createVenue(api.url, chair);
    // One submission through the API: its stored documents are the template for the rest.
    const author = authors[0] as BenchAuthor;
    const draft = await createDraft(api.url, author, venueId, 0);
    const saved = await saveDraft(api.url, author, draft, 'template', AbortSignal.timeout(30_000));
    const revision = saved.body.data?.['saveDraft']?.revision;
    const submitted = await graphql(api.url, author.cookie, SUBMIT, { id: draft.id, rev: revision });
    if (submitted.body.errors) throw new Error(`submit failed: ${JSON.stringify(submitted.body.errors)}`);
    const db = client.db();
    const { _id: _ignored, ...template } = (await db.collection('submissions').findOne({ _id: new mongo.ObjectId(draft.id) })) ?? {};
    const { _id: _ignoredVersion, ...version } = (await db.collection('statement_versions').findOne({ submissionId: draft.id })) ?? {};

    const cases: { name: string; run: (i: number) => Promise<unknown> }[] = [
      { name: 'me (session and roles)', run: () => graphql(api.url, author.cookie, ME, {}) },
      { name: 'submission by id (author)', run: () => graphql(api.url, author.cookie, SUBMISSION, { id: draft.id }) },
      { name: 'venue page', run: () => graphql(api.url, chair.cookie, VENUE, { id: venueId }) },
      { name: 'dashboard: newest first, page 1', run: () => graphql(api.url, chair.cookie, PAGE, { venueId }) },
      { name: 'dashboard: by title, page 10', run: () => graphql(api.url, chair.cookie, PAGE, { venueId, sort: { field: 'title', direction: 'asc' }, offset: 180 }) },
      { name: 'dashboard: by tier, page 3', run: () => graphql(api.url, chair.cookie, PAGE, { venueId, sort: { field: 'tier', direction: 'desc' }, offset: 40 }) },
      { name: 'dashboard: tier filter', run: () => graphql(api.url, chair.cookie, PAGE, { venueId, filter: { tier: 'full' } }) },
      { name: 'dashboard: status filter', run: () => graphql(api.url, chair.cookie, PAGE, { venueId, filter: { tierStatus: 'confirmed' } }) },
      { name: 'dashboard: search, common words', run: () => graphql(api.url, chair.cookie, PAGE, { venueId, filter: { search: 'watermark consent' } }) },
      { name: 'dashboard: search, one match', run: (i) => graphql(api.url, chair.cookie, PAGE, { venueId, filter: { search: `author ${500 + (i % 400)}` } }) },
      // Authors among the first 200, who hold five statements at every size.
      { name: 'my submissions', run: (i) => graphql(api.url, (authors[i % 200] as BenchAuthor).cookie, MINE, {}) },
    ];
    const results = new Map<string, { p50: number; p95: number }[]>();
    let current = 1;
    for (const size of sizes) {
      const started = Date.now();
      await growVenue(db, template, version, authors, current, size);
      current = size;
      console.log(`venue holds ${size} submitted statements (grown in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      for (const c of cases) {
        for (let i = 0; i < 5; i++) await c.run(i); // warm-up
        const times: number[] = [];
        for (let i = 0; i < requests; i++) {
          const t0 = performance.now();
          const response = (await c.run(i)) as { body: { errors?: unknown } };
          times.push(performance.now() - t0);
          if (response.body.errors) throw new Error(`${c.name}: ${JSON.stringify(response.body.errors)}`);
        }
        times.sort((a, b) => a - b);
        results.set(c.name, [...(results.get(c.name) ?? []), { p50: percentile(times, 50), p95: percentile(times, 95) }]);
      }
    }
    const header = ['request', ...sizes.map((n) => `p50 / p95 @${n}`), `p50 ${sizes.at(-1)}/${sizes[0]}`];
    console.log(`\n${header[0]?.padEnd(34)}${header.slice(1).map((h) => h.padStart(22)).join('')}`);
    for (const [name, cells] of results) {
      const ratio = (cells.at(-1)?.p50 ?? 0) / Math.max(0.001, cells[0]?.p50 ?? 0);
      console.log(
        `${name.padEnd(34)}${cells.map((c) => `${c.p50.toFixed(1)} / ${c.p95.toFixed(1)} ms`.padStart(22)).join('')}${`${ratio.toFixed(2)}x`.padStart(22)}`,
      );
    }
  } finally {
    await client.close();
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
