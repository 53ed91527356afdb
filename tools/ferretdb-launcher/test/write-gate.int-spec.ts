import { MongoClient, MongoServerError, ObjectId } from 'mongodb';
import { cleanup, startLauncher, type Launcher } from './launcher';

// MongoDB's single-document guarantees under concurrency: of N parallel conditional updates of
// one document exactly one wins, of N parallel upserts of one key exactly one inserts.

let db: Launcher;

beforeAll(async () => {
  db = await startLauncher({ args: ['--test-commands'], clientOptions: { maxPoolSize: 300 } });
});

afterAll(async () => {
  await db?.stop();
  cleanup();
});

const TRIALS = 20;

describe.each([8, 16, 32])('%i parallel conditional writes on one document', (parallel) => {
  test(`findOneAndUpdate({_id, revision}): exactly one winner in each of ${TRIALS} trials`, async () => {
    const coll = db.client.db('gate').collection<{ _id: ObjectId; revision: number; by?: number }>(`fam${parallel}`);
    const { insertedId } = await coll.insertOne({ _id: new ObjectId(), revision: 1 });

    for (let trial = 1; trial <= TRIALS; trial++) {
      const results = await Promise.all(
        Array.from({ length: parallel }, (_, i) =>
          coll.findOneAndUpdate({ _id: insertedId, revision: trial }, { $inc: { revision: 1 }, $set: { by: i } }, { returnDocument: 'after' }),
        ),
      );
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect(winners[0]?.revision).toBe(trial + 1);
      expect(await coll.findOne({ _id: insertedId })).toEqual({ _id: insertedId, revision: trial + 1, by: winners[0]?.by });
    }
  });

  test(`updateOne({_id, revision}): exactly one modification in each of ${TRIALS} trials`, async () => {
    const coll = db.client.db('gate').collection<{ _id: string; revision: number; log: number[] }>(`uo${parallel}`);
    await coll.insertOne({ _id: 'doc', revision: 1, log: [] });

    for (let trial = 1; trial <= TRIALS; trial++) {
      const results = await Promise.all(
        Array.from({ length: parallel }, (_, i) =>
          coll.updateOne({ _id: 'doc', revision: trial }, { $inc: { revision: 1 }, $push: { log: i } }),
        ),
      );
      expect(results.reduce((n, r) => n + r.modifiedCount, 0)).toBe(1);
      expect(results.reduce((n, r) => n + r.matchedCount, 0)).toBe(1);
    }
    // every winner's $push survived: no lost update
    expect((await coll.findOne({ _id: 'doc' }))?.log).toHaveLength(TRIALS);
  });

  test(`parallel upserts of one key: exactly one insert in each of ${TRIALS} trials`, async () => {
    const coll = db.client.db('gate').collection<{ key: string; hits: number }>(`up${parallel}`);

    for (let trial = 1; trial <= TRIALS; trial++) {
      const key = `k${trial}`;
      const results = await Promise.all(
        Array.from({ length: parallel }, () => coll.updateOne({ key }, { $inc: { hits: 1 } }, { upsert: true })),
      );
      expect(results.filter((r) => r.upsertedCount === 1)).toHaveLength(1);
      expect(await coll.countDocuments({ key })).toBe(1);
      expect((await coll.findOne({ key }))?.hits).toBe(parallel);
    }
  });
});

test('a duplicate key raised by an update is DuplicateKey (11000), as for an insert', async () => {
  const coll = db.client.db('gate').collection('dup');
  await coll.createIndex({ email: 1 }, { unique: true });
  await coll.insertMany([{ email: 'a@x' }, { email: 'b@x' }]);

  await expect(coll.updateOne({ email: 'b@x' }, { $set: { email: 'a@x' } })).rejects.toMatchObject({ code: 11000 });
  await expect(coll.findOneAndUpdate({ email: 'b@x' }, { $set: { email: 'a@x' } })).rejects.toMatchObject({ code: 11000 });
  await expect(coll.insertOne({ email: 'a@x' })).rejects.toMatchObject({ code: 11000 });
  expect(await coll.countDocuments({ email: 'b@x' })).toBe(1);
});

describe('overload', () => {
  test('keeps answering ping while 200 concurrent writers hammer it, without SQLITE_BUSY', async () => {
    const coll = db.client.db('gate').collection<{ _id: number; revision: number }>('hammer');
    await coll.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, revision: 0 })));

    const pinger = new MongoClient(db.uri, { maxPoolSize: 2 });
    await pinger.connect();

    const deadline = Date.now() + 4000;
    let writes = 0;
    let wins = 0;
    const writers = Array.from({ length: 200 }, async (_, w) => {
      while (Date.now() < deadline) {
        const _id = (w + writes) % 20;
        const doc = await coll.findOne({ _id });
        const res = await coll.updateOne({ _id, revision: doc?.revision }, { $inc: { revision: 1 } });
        writes++;
        wins += res.modifiedCount;
      }
    });

    const pingTimes: number[] = [];
    const pings = (async () => {
      while (Date.now() < deadline) {
        const t0 = Date.now();
        // liveness, not speed: a ping that takes 10 s means the server stopped answering
        await pinger.db('admin').command({ ping: 1 }, { timeoutMS: 10000 });
        pingTimes.push(Date.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    await Promise.all([...writers, pings]);
    await pinger.close();

    expect(pingTimes.length).toBeGreaterThan(5);
    expect(writes).toBeGreaterThan(200);
    // every successful conditional update is counted in the documents
    const total = (await coll.find().toArray()).reduce((n, d) => n + d.revision, 0);
    expect(total).toBe(wins);
    expect(db.stderr()).not.toMatch(/SQLITE_BUSY|database is locked/);
  });

  test('a client that closes its connection while waiting gives its place in the write queue up', async () => {
    const admin = db.client.db('gate');
    const status = () => admin.command({ ferretdbLauncherWriteGateStatus: 1 });
    const until = async (cond: (s: Record<string, unknown>) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const s = await status();
        if (cond(s)) return s;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`gate status never matched: ${JSON.stringify(await status())}`);
    };

    const quitter = new MongoClient(db.uri);
    await quitter.connect();
    const coll = quitter.db('gate').collection<{ _id: string }>('quit');
    await coll.insertOne({ _id: 'warm-up' });

    const hold = admin.command({ ferretdbLauncherHoldWriteGate: 3000 });
    await until((s) => s.held === true);

    const queued = coll.insertOne({ _id: 'ghost' }).then(
      () => 'inserted',
      (err: Error) => err.message,
    );
    await until((s) => s.waiting === 1);

    await quitter.close(true);
    expect(await queued).toMatch(/closed/);

    // its place is free while the gate is still held...
    expect(await until((s) => s.waiting === 0)).toMatchObject({ held: true });
    await hold;
    // ...and its write never ran
    expect(await admin.collection('quit').findOne({ _id: 'ghost' as never })).toBeNull();
  });

  test('maxTimeMS bounds the wait for the write gate', async () => {
    const admin = db.client.db('gate');
    const hold = admin.command({ ferretdbLauncherHoldWriteGate: 2000 });
    await new Promise((r) => setTimeout(r, 100));

    const t0 = Date.now();
    const err = await admin
      .collection('mt')
      .insertOne({ a: 1 }, { maxTimeMS: 200 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err).toMatchObject({ code: 50, codeName: 'MaxTimeMSExpired' });
    expect(Date.now() - t0).toBeLessThan(1500); // it did not wait for the holder
    await hold;
    expect(await admin.collection('mt').countDocuments()).toBe(0);
  });
});

// Writes pinned by _id lock only their documents and run in parallel; anything else runs alone.
// Whatever the mix, no write may be lost or applied twice.
describe('per-document locks', () => {
  const DOCS = 12;

  test('parallel _id-pinned updates of different documents all apply', async () => {
    const coll = db.client.db('locks').collection<{ _id: number; n: number }>('different');
    await coll.insertMany(Array.from({ length: DOCS }, (_, i) => ({ _id: i, n: 0 })));
    const results = await Promise.all(
      Array.from({ length: DOCS * 10 }, (_, i) => coll.updateOne({ _id: i % DOCS }, { $inc: { n: 1 } })),
    );
    expect(results.every((r) => r.modifiedCount === 1)).toBe(true);
    expect((await coll.find({}).sort({ _id: 1 }).toArray()).map((d) => d.n)).toEqual(Array(DOCS).fill(10));
  });

  test('pinned updates racing updateMany over the same documents lose neither', async () => {
    const coll = db.client.db('locks').collection<{ _id: string; pinned: number; all: number }>('mixed');
    await coll.insertMany(Array.from({ length: DOCS }, (_, i) => ({ _id: `d${i}`, pinned: 0, all: 0 })));
    const writes: Promise<unknown>[] = [];
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < DOCS; i++) writes.push(coll.updateOne({ _id: `d${i}` }, { $inc: { pinned: 1 } }));
      writes.push(coll.updateMany({}, { $inc: { all: 1 } }));
    }
    await Promise.all(writes);
    const docs = await coll.find({}).toArray();
    expect(docs.map((d) => [d.pinned, d.all])).toEqual(Array(DOCS).fill([10, 10]));
  });

  test('numbers of different types name one _id: 1, 1L and 1.0 serialize on the same document', async () => {
    const coll = db.client.db('locks').collection<{ _id: number; revision: number }>('numeric');
    await coll.insertOne({ _id: 1, revision: 1 });
    const { Double, Long } = await import('mongodb');
    for (let trial = 1; trial <= 10; trial++) {
      const ids = [1, new Long(1), new Double(1), 1, new Long(1), new Double(1)] as unknown as number[];
      const results = await Promise.all(ids.map((id) => coll.updateOne({ _id: id, revision: trial }, { $inc: { revision: 1 } })));
      expect(results.reduce((n, r) => n + r.modifiedCount, 0)).toBe(1);
    }
  });

  test('an insert racing an _id-pinned upsert of the same _id yields one document', async () => {
    const coll = db.client.db('locks').collection<{ _id: string; from: string }>('insert-upsert');
    for (let trial = 0; trial < 20; trial++) {
      const _id = `k${trial}`;
      const outcomes = await Promise.allSettled([
        coll.insertOne({ _id, from: 'insert' }),
        coll.updateOne({ _id }, { $setOnInsert: { from: 'upsert' } }, { upsert: true }),
        coll.insertOne({ _id, from: 'insert' }),
      ]);
      expect(await coll.countDocuments({ _id })).toBe(1);
      // the inserts that lost got DuplicateKey, never a second document
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 11000 });
      }
    }
  });

  test('_id $in multi-updates racing single updates lose nothing', async () => {
    const coll = db.client.db('locks').collection<{ _id: number; n: number }>('in');
    await coll.insertMany(Array.from({ length: DOCS }, (_, i) => ({ _id: i, n: 0 })));
    const writes: Promise<unknown>[] = [];
    for (let round = 0; round < 10; round++) {
      writes.push(coll.updateMany({ _id: { $in: [0, 1, 2, 3] } }, { $inc: { n: 1 } }));
      writes.push(coll.updateMany({ _id: { $in: [2, 3, 4, 5] } }, { $inc: { n: 1 } }));
      for (let i = 0; i < DOCS; i++) writes.push(coll.updateOne({ _id: i }, { $inc: { n: 1 } }));
    }
    await Promise.all(writes);
    const n = (await coll.find({}).sort({ _id: 1 }).toArray()).map((d) => d.n);
    expect(n).toEqual([20, 20, 30, 30, 20, 20, 10, 10, 10, 10, 10, 10]);
  });
});
