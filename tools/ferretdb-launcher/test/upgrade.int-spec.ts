import { BSON, Double, Long, ObjectId, type Document } from 'mongodb';
import { cleanup, newDataDir, startLauncher } from './launcher';

// A data directory written by the unpatched launcher (pristine FerretDB v1.24.2: JSON-text index
// keys, no path statistics) is upgraded in place at start-up: indexes are rebuilt, statistics
// computed by a scan, one stderr line per collection, documents untouched.

const show = (v: unknown) => BSON.EJSON.stringify(v, { relaxed: false });
// promoteValues: false keeps int32, int64 and double apart in snapshots
const raw = { promoteValues: false };

afterAll(cleanup);

test('an upstream data directory is upgraded at start-up, once, and keeps its documents', async () => {
  const dataDir = newDataDir();

  const old = await startLauncher({ build: 'upstream', dataDir });
  const subs = old.client.db('app').collection('submissions');
  await subs.createIndex({ venueId: 1, updatedAt: -1, _id: -1 });
  await subs.createIndex({ authorIds: 1 });
  await subs.createIndex({ 'draft.revision': 1 });
  await old.client.db('app').collection('sessions').createIndex({ tokenHash: 1 }, { unique: true });
  await subs.insertMany([
    { _id: new ObjectId(), venueId: 'v1', updatedAt: new Date(1_767_225_600_000), authorIds: ['a', 'b'], draft: { revision: 3 }, n: new Double(1) },
    { _id: new ObjectId(), venueId: 'v1', updatedAt: new Date(1_767_225_700_000), authorIds: ['c'], draft: null, n: Long.fromNumber(2) },
    { _id: new ObjectId(), venueId: 'v2', authorIds: 'a', draft: { revision: 1 }, tags: [{ k: 'x' }] },
  ]);
  await old.client.db('app').collection('sessions').insertMany([{ tokenHash: 'h1' }, { tokenHash: 'h2' }]);
  await old.client.db('other').collection('things').insertOne({ _id: 'only' as never, x: 1 });
  const snapshot = async (db: typeof old) => ({
    submissions: show(await db.client.db('app').collection('submissions').find({}, raw).sort({ _id: 1 }).toArray()),
    sessions: show(await db.client.db('app').collection('sessions').find({}, raw).sort({ tokenHash: 1 }).project({ _id: 0 }).toArray()),
    things: show(await db.client.db('other').collection('things').find({}, raw).toArray()),
  });
  const before = await snapshot(old);
  await old.stop();

  const upgraded = await startLauncher({ dataDir });
  try {
    const lines = upgraded.stderr().split('\n').filter((l) => l.startsWith('ferretdb-launcher: upgraded'));
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('app.submissions'))).toMatch(
      /upgraded app\.submissions to index layout 1: 4 indexes rebuilt, 3 documents scanned \(.*authorIds: multikey.*venueId: string.*\)/,
    );
    expect(lines.find((l) => l.includes('app.sessions'))).toMatch(/2 indexes rebuilt, 2 documents scanned/);
    expect(lines.find((l) => l.includes('other.things'))).toMatch(/1 index rebuilt, 1 document scanned \(_id: string\)/);

    // documents are untouched and readable
    expect(await snapshot(upgraded)).toEqual(before);

    const coll = upgraded.client.db('app').collection('submissions');
    // the rebuilt indexes are used...
    const explained = (await coll.find({ venueId: 'v1' }).sort({ updatedAt: -1, _id: -1 }).limit(1).explain()) as Document;
    expect(explained.queryPlanner.Plan.join('\n')).toMatch(/SEARCH \S+ USING INDEX \S+venueId_1_updatedAt_-1__id_-1/);
    expect(explained).toMatchObject({ filterExact: true, sortPushdown: true });
    // ...and the scan found the arrays: a multikey path is left to Go, so array elements still match
    expect((await coll.find({ authorIds: 'a' }).toArray()).length).toBe(2);
    expect(await coll.countDocuments({ 'draft.revision': { $gte: 1 } })).toBe(2);
    // unique indexes still reject duplicates
    await expect(upgraded.client.db('app').collection('sessions').insertOne({ tokenHash: 'h1' })).rejects.toMatchObject({ code: 11000 });
    await coll.updateOne({ venueId: 'v2' }, { $set: { updatedAt: new Date(1_767_225_800_000) } });
    expect(await coll.countDocuments({ updatedAt: { $gt: new Date(1_767_225_650_000) } })).toBe(2);
  } finally {
    await upgraded.stop();
  }

  // the second start finds nothing to upgrade
  const again = await startLauncher({ dataDir });
  await again.stop();
  expect(again.stderr()).not.toContain('upgraded');
});
