// `npm run bench:db`: latency and throughput of the embedded database (patched FerretDB on SQLite)
// for the app's hot-path queries, at 1,000 and at 20,000 documents of about 10 KB in one venue.
//
//   npm run bench:db                       # patched launcher
//   npm run bench:db -- --ops 100          # fewer operations per measurement
//   npm run bench:db -- --disable-pushdown --sizes 1000 --ops 30   # every query evaluated in Go (slow)
//   npm run bench:db -- --upstream --sizes 1000 --ops 30           # unpatched FerretDB v1.24.2 (no write gate)
//
// Prints a table; asserts nothing (timings depend on the machine).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient, ObjectId, type Collection } from 'mongodb';
import { ensureUpstreamLauncher, startEmbeddedDb } from '../../scripts/db-launcher.mjs';

const { values: opts } = parseArgs({
  options: {
    ops: { type: 'string', default: '300' },
    sizes: { type: 'string', default: '1000,20000' },
    'disable-pushdown': { type: 'boolean', default: false },
    upstream: { type: 'boolean', default: false },
    'hammer-seconds': { type: 'string', default: '5' },
  },
});
const OPS = Number(opts.ops);
const SIZES = opts.sizes.split(',').map(Number);
const PHASES = ['draft', 'submitted', 'under_review', 'decided'];

interface Submission {
  _id: ObjectId;
  venueId: string;
  phase: string;
  title: string;
  abstract: string;
  authorIds: string[];
  tokenHash: string;
  draft: { content: Record<string, string>; revision: number; updatedAt: Date };
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const words = 'impact review statement model data risk benefit community release plan evaluation misuse'.split(' ');
const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');

function submission(i: number): Submission {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  return {
    _id: new ObjectId(),
    venueId: 'venue-1',
    phase: PHASES[i % PHASES.length],
    title: `Submission ${i}: ${text(6)}`,
    abstract: text(120),
    authorIds: [`user-${i % 500}`, `user-${(i * 7) % 500}`],
    tokenHash: `hash-${i.toString(16).padStart(8, '0')}`,
    // the impact statement: a dozen sections of text, about 8 KB
    draft: { content: Object.fromEntries(Array.from({ length: 12 }, (_, s) => [`section${s}`, text(100)])), revision: 1, updatedAt: at },
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
}

async function measure(ops: number, op: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; opsPerSec: number }> {
  for (let i = 0; i < 10; i++) await op(i); // warm-up
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ops; i++) {
    const t0 = performance.now();
    await op(i);
    times.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(ops * 0.5)], p95: times[Math.floor(ops * 0.95)], opsPerSec: (ops * 1000) / total };
}

async function load(coll: Collection<Submission>, from: number, to: number): Promise<Submission[]> {
  const docs: Submission[] = [];
  for (let i = from; i < to; i += 500) {
    const batch = Array.from({ length: Math.min(500, to - i) }, (_, k) => submission(i + k));
    await coll.insertMany(batch);
    docs.push(...batch);
  }
  return docs;
}

const rows: { size: number; name: string; p50: number; p95: number; opsPerSec: number }[] = [];

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'impact-review-bench-'));
const variant = opts.upstream ? 'unpatched FerretDB v1.24.2' : opts['disable-pushdown'] ? 'pushdown disabled' : 'patched FerretDB';
const db = await startEmbeddedDb({
  dataDir,
  args: opts['disable-pushdown'] ? ['--disable-pushdown'] : [],
  ...(opts.upstream ? { bin: await ensureUpstreamLauncher({ log: () => {} }) } : {}),
  log: () => {},
});
const client = new MongoClient(db.uri, { maxPoolSize: 250 });
try {
  await client.connect();
  const coll = client.db('bench').collection<Submission>('submissions');
  // the app's indexes, plus (venueId, phase) so the dashboard count is exact over an index
  await coll.createIndex({ venueId: 1, updatedAt: -1, _id: -1 });
  await coll.createIndex({ venueId: 1, phase: 1 });
  await coll.createIndex({ authorIds: 1 });
  await coll.createIndex({ tokenHash: 1 }, { unique: true });

  const docs: Submission[] = [];
  for (const size of SIZES) {
    const t0 = performance.now();
    docs.push(...(await load(coll, docs.length, size)));
    process.stderr.write(`loaded ${size} documents (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    const pick = (i: number) => docs[(i * 7919) % docs.length];
    const record = (name: string, r: { p50: number; p95: number; opsPerSec: number }) => rows.push({ size, name, ...r });

    record('find by _id', await measure(OPS, (i) => coll.findOne({ _id: pick(i)._id })));
    record('find by indexed string (tokenHash)', await measure(OPS, (i) => coll.findOne({ tokenHash: pick(i).tokenHash })));
    record('_id $in of 20', await measure(OPS, (i) => coll.find({ _id: { $in: Array.from({ length: 20 }, (_, k) => pick(i * 20 + k)._id) } }).toArray()));
    record(
      'findOneAndUpdate by _id + revision',
      await measure(OPS, async (i) => {
        const doc = pick(i);
        const res = await coll.findOneAndUpdate({ _id: doc._id, revision: doc.revision }, { $inc: { revision: 1 }, $set: { updatedAt: new Date() } }, { returnDocument: 'after' });
        if (!res) throw new Error('conditional update found no document');
        doc.revision = res.revision;
      }),
    );
    const filter = { venueId: 'venue-1', phase: { $in: ['submitted', 'under_review'] } };
    record(
      'page of 20 (sort on compound index) + countDocuments',
      await measure(OPS, (i) =>
        Promise.all([
          coll.find(filter).sort({ updatedAt: -1, _id: -1 }).skip((i % 10) * 20).limit(20).toArray(),
          coll.countDocuments(filter),
        ]),
      ),
    );
  }

  // 200 concurrent writers, two per document, each in an optimistic loop: read the revision,
  // update if it has not moved, re-read when another writer won
  const hot = docs.slice(0, 100);
  const deadline = performance.now() + Number(opts['hammer-seconds']) * 1000;
  let attempts = 0;
  let wins = 0;
  const errors = new Map<string, number>();
  await Promise.all(
    Array.from({ length: 200 }, async (_, w) => {
      const doc = hot[w % hot.length];
      const read = async () => (await coll.findOne({ _id: doc._id }, { projection: { revision: 1 } }))!.revision;
      let revision = await read();
      while (performance.now() < deadline) {
        try {
          const res = await coll.updateOne({ _id: doc._id, revision }, { $inc: { revision: 1 } });
          attempts++;
          if (res.modifiedCount === 1) {
            wins++;
            revision++;
          } else {
            revision = await read();
          }
        } catch (err) {
          const key = (err as Error).message.replace(/^.*\] /, '').slice(0, 60);
          errors.set(key, (errors.get(key) ?? 0) + 1);
          revision = await read().catch(() => revision);
        }
      }
    }),
  );
  const lost = hot.length ? (await coll.find({ _id: { $in: hot.map((d) => d._id) } }).toArray()).reduce((n, d) => n + d.revision, 0) : 0;
  const seconds = Number(opts['hammer-seconds']);

  const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  const header = ['operation', ...SIZES.flatMap((s) => [`p50 ms @${s}`, `p95 ms @${s}`, `ops/s @${s}`]), `p50 ${SIZES.at(-1)}/${SIZES[0]}`];
  const table = [...new Set(rows.map((r) => r.name))].map((name) => {
    const bySize = SIZES.map((s) => rows.find((r) => r.name === name && r.size === s)!);
    return [name, ...bySize.flatMap((r) => [fmt(r.p50), fmt(r.p95), fmt(r.opsPerSec)]), `${(bySize.at(-1)!.p50 / bySize[0].p50).toFixed(2)}x`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\nferretdb-launcher benchmark (${variant}), ${OPS} sequential operations per cell, ${os.cpus().length} CPUs`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log(
    `\n200 concurrent writers (2 per document, read-revision-then-conditional-update loops) for ${seconds} s on ${docs.length} documents: ` +
      `${fmt(attempts / seconds)} conditional updates/s, ${fmt(wins / seconds)} successful/s; ${attempts - wins} lost the race and re-read` +
      (errors.size ? `; errors: ${[...errors].map(([m, n]) => `${n}x ${m}`).join(', ')}` : '; no errors'),
  );
  // with an atomic conditional update every success is one increment: nothing counted twice
  const expected = hot.reduce((n, d) => n + d.revision, 0) + wins;
  console.log(
    `revisions after the run: ${lost}, expected ${expected} (${lost === expected ? 'no lost update' : `${expected - lost} successes lost`})`,
  );
} finally {
  await client.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
