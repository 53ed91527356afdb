import { BSON, Double, Int32, Long, ObjectId, type Collection, type Document, type Filter, type Sort } from 'mongodb';
import { cleanup, seededRandom, startLauncher, type Launcher } from './launcher';

// Differential test of query pushdown: the same seeded random documents in two launchers, one
// with pushdown and one with --disable-pushdown (every filter, sort, skip, limit and count
// evaluated by FerretDB's Go code, as upstream does without pushdown). Every query must give
// the same answer from both.

const SEED = 20261205;
const DOCS = 300;
const QUERIES = 300;
const WRITES = 60;

let fast: Launcher;
let ref: Launcher;
// the fuzzer builds documents and filters of any shape
let fastColl: Collection<any>;
let refColl: Collection<any>;

const random = seededRandom(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;
const int = (n: number) => Math.floor(random() * n);

const oids = Array.from({ length: 4 }, (_, i) => new ObjectId(`650abcdef0123456789abc0${i}`));
const strings = ['', 'a', 'ab', 'b', 'B', 'é', 'z', 'a\u0000b', oids[0].toHexString(), '10'];
const dates = Array.from({ length: 5 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)));

function num(): unknown {
  switch (int(7)) {
    case 0:
      return int(7) - 3; // int32
    case 1:
      return Long.fromNumber(int(7) - 3); // int64
    case 2:
      return new Double(int(7) - 3); // integral double
    case 3:
      return (int(7) - 3) / 2;
    case 4:
      return Long.fromString('9007199254740993');
    case 5:
      return 1e59;
    default:
      return -0.5;
  }
}

function scalar(kind: string): unknown {
  switch (kind) {
    case 's':
      return pick(strings);
    case 'n':
      return num();
    case 'd':
      return pick(dates);
    case 'b':
      return chance(0.5);
    case 'o':
      return pick(oids);
    default:
      return scalar(pick(['s', 'n', 'd', 'b', 'o']));
  }
}

/** null, missing, or a value of the field's kind; mixed fields also get other types and arrays. */
function field(doc: Document, name: string, kind: string, mixed: boolean) {
  const r = random();
  if (r < 0.08) return; // missing
  if (r < 0.15) doc[name] = null;
  else if (mixed && r < 0.25) doc[name] = scalar('any');
  else if (mixed && r < 0.32) doc[name] = [scalar(kind), scalar(kind)];
  else doc[name] = scalar(kind);
}

function randomDoc(id: number): Document {
  const doc: Document = { _id: id };
  field(doc, 's', 's', true);
  field(doc, 's2', 's', false);
  field(doc, 'n', 'n', true);
  field(doc, 'n2', 'n', false);
  field(doc, 'd', 'd', false);
  field(doc, 'b', 'b', false);
  field(doc, 'o', 'o', false);
  field(doc, 'm', 'any', true);
  switch (int(5)) {
    case 0:
      break;
    case 1:
      doc.x = scalar('n');
      break;
    case 2:
      doc.x = [{ y: scalar('n') }];
      break;
    default:
      doc.x = { y: scalar('n') };
  }
  if (chance(0.8)) doc.p = { q: pick(strings), r: { t: int(3) } };
  doc.v = pick(['v0', 'v1', 'v2']);
  doc.u = pick(dates);
  if (chance(0.3)) doc.tags = [pick(strings)];
  return doc;
}

const FIELDS: Record<string, string> = {
  s: 's', s2: 's', n: 'n', n2: 'n', d: 'd', b: 'b', o: 'o', m: 'any',
  'x.y': 'n', 'p.q': 's', 'p.r.t': 'n', v: 's', u: 'd', tags: 's', _id: 'n', unindexed: 's',
};

function condition(): [string, unknown] {
  const path = pick(Object.keys(FIELDS));
  const kind = chance(0.8) ? FIELDS[path] : 'any';
  const value = () => (chance(0.1) ? null : path === '_id' && kind === 'n' ? int(DOCS + 5) : scalar(kind));
  switch (int(10)) {
    case 0:
      return [path, { $eq: value() }];
    case 1:
      return [path, { [int(2) === 0 ? '$nin' : '$in']: Array.from({ length: int(4) }, value) }];
    case 2:
    case 3: {
      const ops = ['$gt', '$gte', '$lt', '$lte'];
      const op = pick(ops);
      const other = pick(ops.filter((o) => o !== op));
      return [path, chance(0.3) ? { [op]: value(), [other]: value() } : { [op]: value() }];
    }
    case 4:
      return [path, { $ne: value() }];
    case 5:
      return [path, { $exists: chance(0.5) }];
    case 6:
      return [path, { $regex: pick(['^a', 'b', '^$']) }];
    default:
      return [path, value()];
  }
}

function randomFilter(): Filter<Document> {
  const filter: Document = {};
  for (let i = int(4); i > 0; i--) {
    const [k, v] = condition();
    filter[k] = v;
  }
  if (chance(0.1)) filter.$and = [Object.fromEntries([condition()])];
  if (chance(0.1)) filter.$or = [Object.fromEntries([condition()]), Object.fromEntries([condition()])];
  return filter;
}

function randomSort(): Sort | undefined {
  if (chance(0.25)) return undefined;
  const sort: Record<string, 1 | -1> = {};
  for (let i = 1 + int(2); i > 0; i--) sort[pick(Object.keys(FIELDS).filter((f) => f !== '_id' && f !== 'tags'))] = pick([1, -1] as const);
  if (chance(0.7)) sort._id = pick([1, -1] as const); // a unique tie-breaker makes the order total
  return sort;
}

const show = (v: unknown) => BSON.EJSON.stringify(v, { relaxed: false });

/** Runs op on both launchers: same result, or the same error code. */
async function both<T>(op: (c: Collection<any>) => Promise<T>): Promise<[T, T] | 'same error'> {
  const [a, b] = await Promise.allSettled([op(fastColl), op(refColl)]);
  if (a.status === 'rejected' || b.status === 'rejected') {
    const code = (r: PromiseSettledResult<T>) => (r.status === 'rejected' ? (r.reason as { code?: number }).code ?? String(r.reason) : 'ok');
    expect(code(a)).toEqual(code(b));
    return 'same error';
  }
  return [a.value, b.value];
}

const ids = (docs: Document[]) => docs.map((d) => Number(d._id)).sort((a, b) => a - b);

function sortKey(doc: Document, sort: Record<string, number>): unknown[] {
  return Object.keys(sort).map((path) => {
    let v: unknown = doc;
    for (const p of path.split('.')) v = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Document)[p] : undefined;
    return sortValue(v ?? null); // missing sorts as null
  });
}

/** Numbers of different BSON types with the same value are the same sort key (a tie). */
function sortValue(v: unknown): unknown {
  if (v instanceof Int32) return `n:${v.value}`;
  if (v instanceof Long) return `n:${v.toString()}`;
  if (v instanceof Double) return `n:${Number.isInteger(v.value) ? BigInt(v.value).toString() : String(v.value)}`;
  if (v instanceof Date) return `date:${v.getTime()}`;
  if (v instanceof ObjectId) return `oid:${v.toHexString()}`;
  if (typeof v === 'string') return `s:${v}`;
  return v;
}

beforeAll(async () => {
  // promoteValues: false keeps int32, int64 and double apart in the results we compare
  const clientOptions = { promoteValues: false };
  [fast, ref] = await Promise.all([startLauncher({ clientOptions }), startLauncher({ args: ['--disable-pushdown'], clientOptions })]);
  fastColl = fast.client.db('diff').collection('docs');
  refColl = ref.client.db('diff').collection('docs');

  for (const c of [fastColl, refColl]) {
    for (const key of ['s', 's2', 'n', 'n2', 'd', 'b', 'o', 'm', 'x.y', 'p.q', 'p.r.t', 'tags'])
      await c.createIndex({ [key]: 1 });
    await c.createIndex({ v: 1, u: -1, _id: -1 });
    await c.createIndex({ s2: 1, n2: -1 });
  }
  const docs = Array.from({ length: DOCS }, (_, i) => randomDoc(i));
  await fastColl.insertMany(docs.map((d) => ({ ...d })));
  await refColl.insertMany(docs.map((d) => ({ ...d })));
});

afterAll(async () => {
  await Promise.all([fast?.stop(), ref?.stop()]);
  cleanup();
});

test(`${QUERIES} random find/countDocuments/count queries give the same answers with and without pushdown`, async () => {
  let pushedExact = 0;

  for (let q = 0; q < QUERIES; q++) {
    const filter = randomFilter();
    const sort = randomSort();
    const skip = chance(0.5) ? int(30) : 0;
    const limit = chance(0.6) ? 1 + int(15) : 0;
    const context = `query ${q}: find(${show(filter)}).sort(${show(sort)}).skip(${skip}).limit(${limit})`;

    const found = await both((c) => c.find(filter, { sort, skip, limit }).toArray());
    if (found !== 'same error') {
      const [got, want] = found;
      const sortDoc = (sort ?? {}) as Record<string, number>;
      if (sort && Object.keys(sortDoc).at(-1) === '_id') {
        expect({ context, docs: show(got) }).toEqual({ context, docs: show(want) });
      } else if (sort) {
        // ties may come in any order: the sort keys must agree, and without skip/limit the documents too
        const keys = (docs: Document[]) => JSON.stringify(docs.map((d) => sortKey(d, sortDoc)));
        expect({ context, keys: keys(got) }).toEqual({ context, keys: keys(want) });
        if (!skip && !limit) expect({ context, ids: ids(got) }).toEqual({ context, ids: ids(want) });
      } else if (!skip && !limit) {
        expect({ context, ids: ids(got) }).toEqual({ context, ids: ids(want) });
      } else {
        // no order was asked for: any page of the right size made of matching documents will do
        expect({ context, n: got.length }).toEqual({ context, n: want.length });
        const all = new Set(ids(await refColl.find(filter).toArray()));
        for (const id of ids(got)) expect({ context, matches: all.has(id) }).toEqual({ context, matches: true });
      }
    }

    const counted = await both((c) => c.countDocuments(filter, { ...(skip ? { skip } : {}), ...(limit ? { limit } : {}) }));
    if (counted !== 'same error') expect({ context: `countDocuments of ${context}`, n: counted[0] }).toEqual({ context: `countDocuments of ${context}`, n: counted[1] });

    const command = await both((c) => c.db.command({ count: c.collectionName, query: filter, skip, limit }));
    if (command !== 'same error') expect({ context: `count of ${context}`, n: command[0].n }).toEqual({ context: `count of ${context}`, n: command[1].n });

    const explained = await fastColl.find(filter, { sort, skip, limit }).explain().catch(() => null);
    if (explained?.filterExact && explained?.skipLimitPushdown) pushedExact++;
  }

  // the generator must reach the pushdown paths, or this test proves nothing
  expect(pushedExact).toBeGreaterThan(QUERIES / 10);
});

test(`${WRITES} random writes through filters leave the same documents, and statistics widen when arrays appear`, async () => {
  for (let w = 0; w < WRITES; w++) {
    const filter = randomFilter();
    const value = pick([scalar('s'), scalar('n'), [scalar('s')], null]);
    const target = pick(['s2', 'n2', 'p.q', 'd', 'v']);
    const op = int(4);
    const minDeleted = int(DOCS); // deletes only some documents
    const context = `write ${w} (${op}): ${show(filter)} ${target}=${show(value)}`;

    const result = await both<unknown[]>((c) => {
      switch (op) {
        case 0:
          return c.updateMany(filter, { $set: { [target]: value } }).then((r) => [r.matchedCount, r.modifiedCount]);
        case 1:
          return c.updateOne(filter, { $set: { [target]: value } }, { upsert: true }).then((r) => [r.matchedCount, r.upsertedCount]);
        case 2:
          return c.deleteMany({ ...filter, _id: { $gte: minDeleted } }).then((r) => [r.deletedCount]);
        default:
          return c
            .findOneAndUpdate(filter, { $set: { [target]: value } }, { sort: { _id: 1 }, returnDocument: 'after' })
            .then((d) => [d?._id ?? null]);
      }
    });
    if (result !== 'same error') {
      // updateOne without a sort may pick a different first match: compare its counts only
      expect({ context, result: show(result[0]) }).toEqual({ context, result: show(result[1]) });
    }
    if (op === 1 && result !== 'same error') {
      // make the two collections equal again where updateOne picked differently
      const all = await refColl.find().toArray();
      await fastColl.deleteMany({});
      await fastColl.insertMany(all);
    }

    const [a, b] = await Promise.all([fastColl.find().sort({ _id: 1 }).toArray(), refColl.find().sort({ _id: 1 }).toArray()]);
    expect({ context, docs: show(a) }).toEqual({ context, docs: show(b) });
  }

  // an array in s2 makes its index multikey: {s2: 'a'} must now also match arrays containing 'a'
  await both((c) => c.updateOne({ _id: 0 }, { $set: { s2: ['a', 'q'] } }, { upsert: true }));
  for (const filter of [{ s2: 'a' }, { s2: { $in: ['a', 'b'] } }, { s2: { $gte: 'a' } }]) {
    const r = await both((c) => c.find(filter).sort({ _id: 1 }).toArray());
    expect(r).not.toBe('same error');
    if (r !== 'same error') {
      expect(show(r[0])).toEqual(show(r[1]));
      expect(ids(r[0])).toContain(0);
    }
    expect((await fastColl.find(filter).explain()).filterExact).toBe(false);
  }
});
