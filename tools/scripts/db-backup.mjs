#!/usr/bin/env node
// `npm run db:backup -- FILE` and `npm run db:restore -- FILE [--replace]`: a logical copy of the
// application's database through the MongoDB wire protocol, so it works the same against the
// embedded database and against a MongoDB given by MONGODB_URI.
//
// The file is gzip-compressed JSON lines: a header, then per collection its index definitions and
// its documents in MongoDB Extended JSON (canonical, so dates, ObjectIds and numbers keep their types).
// Like mongodump without --oplog it is not a point-in-time snapshot: for an exact copy, take it while
// nobody writes (stop the API, or run it against a stopped `npm start`).
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import mongoose from 'mongoose';
import { root } from './ensure-setup.mjs';

const { MongoClient, BSON } = mongoose.mongo;
const FORMAT = 'impact-review-backup';
const FORMAT_VERSION = 1;
const DEFAULT_DATABASE = 'impact_review';
/** Where `npm start` records the address of the embedded database it runs. */
export const RUNNING_DATABASE_FILE = path.join(root, '.data/run/database.json');
const BATCH = 500;

const usage = `usage:
  npm run db:backup -- FILE                 write the database to FILE (gzip, JSON lines)
  npm run db:restore -- FILE [--replace]    load FILE into the database; --replace drops what is there first
The database is MONGODB_URI when set, else the embedded database of npm start (.data/db).`;

/** Connects to MONGODB_URI, the database `npm start` is running, or a freshly started embedded one. */
async function openDatabase(log) {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, stop: async () => {} };
  if (existsSync(RUNNING_DATABASE_FILE)) {
    const { uri } = JSON.parse(readFileSync(RUNNING_DATABASE_FILE, 'utf8'));
    const probe = new MongoClient(uri, { serverSelectionTimeoutMS: 2000 });
    try {
      await probe.db('admin').command({ ping: 1 });
      log(`using the database of the running npm start (${uri})`);
      return { uri, stop: async () => {} };
    } catch {
      // A stale file from a run that did not end cleanly: start the database ourselves.
    } finally {
      await probe.close();
    }
  }
  const { startEmbeddedDb } = await import(pathToFileURL(path.join(root, 'tools/scripts/db-launcher.mjs')).href);
  const db = await startEmbeddedDb({ dataDir: path.join(root, '.data/db'), port: 0, log });
  return { uri: `${db.uri}${DEFAULT_DATABASE}`, stop: db.stop };
}

function databaseName(uri) {
  const name = new URL(uri.replace(/^mongodb(\+srv)?:/, 'http:')).pathname.replace(/^\//, '');
  return decodeURIComponent(name) || DEFAULT_DATABASE;
}

const toLine = (value) => `${BSON.EJSON.stringify(value, { relaxed: false })}\n`;

export async function backup(uri, file) {
  const client = await MongoClient.connect(uri);
  const tmp = `${file}.partial`;
  try {
    const db = client.db(databaseName(uri));
    const collections = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((c) => c.name)
      .filter((name) => !name.startsWith('system.'))
      .sort();
    const counts = {};
    async function* lines() {
      yield toLine({ format: FORMAT, version: FORMAT_VERSION, createdAt: new Date(), database: db.databaseName, collections });
      for (const name of collections) {
        const collection = db.collection(name);
        const indexes = (await collection.indexes()).filter((index) => index.name !== '_id_');
        yield toLine({ collection: name, indexes: indexes.map(({ key, name: indexName, unique }) => ({ key, name: indexName, unique: unique === true })) });
        counts[name] = 0;
        for await (const document of collection.find({}).sort({ _id: 1 })) {
          counts[name] += 1;
          yield toLine({ c: name, d: document });
        }
      }
      yield toLine({ end: true, counts });
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(tmp));
    renameSync(tmp, file);
    return counts;
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    await client.close();
  }
}

function entriesOf(file) {
  const reader = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  return (async function* () {
    for await (const line of reader) if (line.trim()) yield BSON.EJSON.parse(line, { relaxed: false });
  })();
}

/** Reads the whole file once before anything is dropped: a damaged or cut-off file changes nothing. */
async function verify(file) {
  let header = null;
  let ended = null;
  const counts = {};
  for await (const entry of entriesOf(file)) {
    if (!header) {
      if (entry.format !== FORMAT || Number(entry.version) !== FORMAT_VERSION)
        throw new Error(`${file} is not an Impact Review backup (version ${FORMAT_VERSION})`);
      header = entry;
    } else if (entry.c) counts[entry.c] = (counts[entry.c] ?? 0) + 1;
    else if (entry.end) ended = entry;
  }
  if (!header || !ended) throw new Error(`${file} is incomplete: it ends before its last line`);
  for (const [name, expected] of Object.entries(ended.counts)) {
    if ((counts[name] ?? 0) !== Number(expected))
      throw new Error(`${file} is damaged: ${name} holds ${counts[name] ?? 0} of ${expected} documents`);
  }
}

export async function restore(uri, file, { replace = false } = {}) {
  await verify(file);
  const client = await MongoClient.connect(uri);
  try {
    const db = client.db(databaseName(uri));
    let header = null;
    let ended = null;
    let batch = [];
    let current = null;
    const counts = {};
    const flush = async () => {
      if (batch.length === 0) return;
      await db.collection(current).insertMany(batch, { ordered: true });
      counts[current] = (counts[current] ?? 0) + batch.length;
      batch = [];
    };
    for await (const entry of entriesOf(file)) {
      if (!header) {
        header = entry;
        const existing = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
        const clashing = existing.filter((name) => !name.startsWith('system.'));
        if (clashing.length > 0 && !replace)
          throw new Error(
            `the database ${db.databaseName} is not empty (${clashing.join(', ')}); restore with --replace to drop it first`,
          );
        for (const name of clashing) await db.collection(name).drop();
        continue;
      }
      if (entry.collection) {
        await flush();
        current = entry.collection;
        await db.createCollection(current);
        for (const index of entry.indexes) {
          const key = Object.fromEntries(Object.entries(index.key).map(([field, order]) => [field, Number(order)]));
          await db.collection(current).createIndex(key, { name: index.name, unique: index.unique });
        }
        counts[current] = 0;
      } else if (entry.c) {
        if (entry.c !== current) throw new Error(`${file} is damaged: a document of ${entry.c} outside its section`);
        batch.push(entry.d);
        if (batch.length >= BATCH) await flush();
      } else if (entry.end) {
        await flush();
        ended = entry;
      }
    }
    for (const [name, expected] of Object.entries(ended?.counts ?? {})) {
      if ((counts[name] ?? 0) !== Number(expected)) throw new Error(`${name}: restored ${counts[name]} of ${expected} documents`);
    }
    return counts;
  } finally {
    await client.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const [command, file] = positionals;
  if (values.help || !['backup', 'restore'].includes(command) || !file) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (command === 'restore' && !existsSync(target)) {
    console.error(`db:restore: ${target} does not exist`);
    process.exit(2);
  }
  const log = (message) => console.error(`[db] ${message}`);
  const database = await openDatabase(log);
  try {
    const started = Date.now();
    const counts =
      command === 'backup' ? await backup(database.uri, target) : await restore(database.uri, target, values);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const verb = command === 'backup' ? 'Backed up' : 'Restored';
    console.log(`${verb} ${total} documents in ${Object.keys(counts).length} collections ${command === 'backup' ? 'to' : 'from'} ${target} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(28)} ${n}`);
  } finally {
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`db:${process.argv[2] ?? 'backup'}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
