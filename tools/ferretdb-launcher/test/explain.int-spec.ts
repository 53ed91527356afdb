import mongoose, { Schema, type Connection } from 'mongoose';
import { ObjectId } from 'mongodb';
import { cleanup, startLauncher, type Launcher } from './launcher';

// The hot-path queries of the app use an index, as `Model.find(filter).explain()` reports it:
// the explain output holds SQLite's EXPLAIN QUERY PLAN of the SQL that is executed.

interface Submission {
  venueId: string;
  phase: string;
  title: string;
  updatedAt: Date;
  createdAt: Date;
}

interface Session {
  tokenHash: string;
  userId: string;
}

let db: Launcher;
let conn: Connection;

const submissionSchema = new Schema<Submission>({
  venueId: String,
  phase: String,
  title: String,
  updatedAt: Date,
  createdAt: Date,
});
submissionSchema.index({ venueId: 1, updatedAt: -1, _id: -1 });
submissionSchema.index({ phase: 1 });
submissionSchema.index({ createdAt: 1 });

const sessionSchema = new Schema<Session>({ tokenHash: String, userId: String });
sessionSchema.index({ tokenHash: 1 }, { unique: true });

const INDEX_USED = /SEARCH \S+ USING (COVERING )?INDEX /;

function plan(explained: unknown): string {
  const e = explained as { queryPlanner: { Plan: string[] } };
  return e.queryPlanner.Plan.join('\n');
}

let Submissions: mongoose.Model<Submission>;
let Sessions: mongoose.Model<Session>;
const ids: ObjectId[] = [];

beforeAll(async () => {
  db = await startLauncher();
  conn = await mongoose.createConnection(db.uri, { dbName: 'explain' }).asPromise();
  Submissions = conn.model('Submission', submissionSchema);
  Sessions = conn.model('Session', sessionSchema);
  await Promise.all([Submissions.init(), Sessions.init()]);

  const docs = Array.from({ length: 200 }, (_, i) => ({
    _id: new ObjectId(),
    venueId: `v${i % 4}`,
    phase: ['draft', 'submitted', 'decided'][i % 3],
    title: `t${i}`,
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 300))),
  }));
  ids.push(...docs.map((d) => d._id));
  await Submissions.insertMany(docs);
  await Sessions.insertMany(Array.from({ length: 50 }, (_, i) => ({ tokenHash: `h${i}`, userId: `u${i % 5}` })));
});

afterAll(async () => {
  await conn?.close();
  await db?.stop();
  cleanup();
});

test('_id equality uses the _id_ index', async () => {
  const explained = await Submissions.find({ _id: ids[7] }).explain();
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(plan(explained)).toContain('__id_');
  expect(explained).toMatchObject({ filterPushdown: true, filterExact: true });
  expect((await Submissions.find({ _id: ids[7] }).lean()).map((d) => d.title)).toEqual(['t7']);
});

test('_id $in (DataLoader batches) uses the _id_ index', async () => {
  const batch = ids.slice(10, 30);
  const explained = await Submissions.find({ _id: { $in: batch } }).explain();
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(plan(explained)).toContain('__id_');
  expect(await Submissions.countDocuments({ _id: { $in: batch } })).toBe(20);
});

test('equality on an indexed string uses its index', async () => {
  const explained = await Submissions.find({ phase: 'submitted' }).explain();
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(plan(explained)).toContain('phase_1');
});

test('compound (venueId, updatedAt desc, _id desc): equality, sort and limit all in SQL, no sorting', async () => {
  const query = () => Submissions.find({ venueId: 'v2' }).sort({ updatedAt: -1, _id: -1 }).skip(5).limit(20);
  const explained = await query().explain();
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(plan(explained)).toContain('venueId_1_updatedAt_-1__id_-1');
  expect(plan(explained)).not.toContain('TEMP B-TREE');
  expect(explained).toMatchObject({ filterExact: true, sortPushdown: true, skipLimitPushdown: true });

  const page = await query().lean();
  expect(page).toHaveLength(20);
  const times = page.map((d) => d.updatedAt.getTime());
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test('countDocuments of the same filter is a COUNT(*) over the index', async () => {
  const explained = await conn.db!.command({
    explain: { aggregate: 'submissions', pipeline: [{ $match: { venueId: 'v2' } }, { $group: { _id: 1, n: { $sum: 1 } } }], cursor: {} },
  });
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(explained.queryPlanner.sql).toMatch(/^SELECT COUNT\(\*\)/);
  expect(explained.countPushdown).toBe(true);
  expect(await Submissions.countDocuments({ venueId: 'v2' })).toBe(50);
});

test('a unique tokenHash lookup uses the unique index', async () => {
  const explained = await Sessions.findOne({ tokenHash: 'h42' }).explain();
  expect(plan(explained)).toMatch(INDEX_USED);
  expect(plan(explained)).toContain('tokenHash_1');
  expect((await Sessions.findOne({ tokenHash: 'h42' }).lean())?.userId).toBe('u2');
});

test('a date range uses the index', async () => {
  const filter = { createdAt: { $gte: new Date(Date.UTC(2025, 1, 1)), $lt: new Date(Date.UTC(2025, 2, 1)) } };
  const explained = await Submissions.find(filter).explain();
  expect(plan(explained)).toMatch(/SEARCH \S+ USING (COVERING )?INDEX \S*createdAt_1 \(<expr>>\? AND <expr><\?\)/);
  expect(explained).toMatchObject({ filterExact: true });
  expect(await Submissions.countDocuments(filter)).toBe(
    (await Submissions.find().lean()).filter((d) => d.createdAt >= filter.createdAt.$gte && d.createdAt < filter.createdAt.$lt).length,
  );
});

test('a filter on a path without an index is not pushed down, and explain says so', async () => {
  const explained = await Submissions.find({ title: 't3' }).explain();
  expect(plan(explained)).toMatch(/SCAN/);
  expect(explained).toMatchObject({ filterPushdown: false, filterExact: false });
});
