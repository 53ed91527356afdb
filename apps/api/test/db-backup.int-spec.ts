import { JobQueue } from '../src/app/jobs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { mongo } from 'mongoose';
import { startTestApp, type TestApp } from './test-app';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'tools/scripts/db-backup.mjs');
const ME = `query { me { id name } }`;
const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;

/** Every collection's documents (sorted by _id) and index definitions, as canonical Extended JSON. */
async function snapshot(db: mongo.Db): Promise<Record<string, { documents: string; indexes: string }>> {
  const result: Record<string, { documents: string; indexes: string }> = {};
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  for (const name of names) {
    const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    const indexes = (await db.collection(name).indexes())
      .map(({ name: indexName, key, unique }) => ({ name: indexName, key, unique: unique === true }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
    result[name] = {
      documents: mongo.BSON.EJSON.stringify(documents, { relaxed: false }),
      indexes: JSON.stringify(indexes),
    };
  }
  return result;
}

describe('npm run db:backup / db:restore (real FerretDB)', () => {
  let t: TestApp;
  let client: mongo.MongoClient;
  let uri: string;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    uri = `${String(process.env['TEST_MONGODB_URI']).replace(/\/$/, '')}/${t.databaseName}`;
    client = await mongo.MongoClient.connect(uri);
    dir = mkdtempSync(path.join(os.tmpdir(), 'ir-backup-'));
  });
  afterAll(async () => {
    await client.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    run(process.execPath, [SCRIPT, ...args], { env: { ...process.env, MONGODB_URI: uri }, cwd: ROOT });

  it('backs up, wipes, restores and finds the same data, with types and indexes intact', async () => {
    const chair = await t.signUp('Backup Chair', { canCreateVenues: true });
    await chair.client.ok(CREATE_VENUE, {
      input: {
        name: 'Backed-up Workshop',
        shortName: `BW ${Date.now()}`,
        kind: 'conference',
        timeZone: 'UTC',
        description: '',
        deadlines: [],
      },
    });
    // Values of every kind the application stores, to check they keep their types.
    await client
      .db()
      .collection('type_fidelity')
      .insertMany([
        {
          _id: new mongo.ObjectId(),
          at: new Date('2030-01-02T03:04:05.678Z'),
          int: 42,
          double: 2.5,
          long: mongo.Long.fromString('9007199254740993'),
          nested: { list: ['a', 'b'], flag: true, nothing: null },
          ref: new mongo.ObjectId(),
        },
        { _id: new mongo.ObjectId(), text: 'Ünïcödé ✓', empty: '' },
      ]);
    await client.db().collection('type_fidelity').createIndex({ at: -1, int: 1 }, { name: 'at_int' });
    // Background work (mail, the log) finishes and the worker stops, so nothing changes under the backup.
    await t.outboxSettled();
    await t.app.get(JobQueue).onApplicationShutdown();
    const before = await snapshot(client.db());

    const file = path.join(dir, 'backup.jsonl.gz');
    const backedUp = await cli('backup', file);
    expect(backedUp.stdout).toMatch(/Backed up \d+ documents in \d+ collections/);

    await client.db().dropDatabase();
    expect((await chair.client.ok(ME)).me).toBeNull();

    const restored = await cli('restore', file);
    expect(restored.stdout).toMatch(/Restored \d+ documents/);
    expect(await snapshot(client.db())).toEqual(before);
    // The restored session still signs the person in.
    expect((await chair.client.ok(ME)).me).toEqual({ id: chair.id, name: 'Backup Chair' });
  });

  it('refuses to restore over data unless told to replace it, and then replaces it', async () => {
    const file = path.join(dir, 'second.jsonl.gz');
    await cli('backup', file);
    await client.db().collection('type_fidelity').insertOne({ added: 'after the backup' });

    const refused = await cli('restore', file).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/not empty .*--replace/);
    expect(await client.db().collection('type_fidelity').countDocuments({ added: 'after the backup' })).toBe(
      1,
    );

    await cli('restore', file, '--replace');
    expect(await client.db().collection('type_fidelity').countDocuments({ added: 'after the backup' })).toBe(
      0,
    );
    expect(await client.db().collection('type_fidelity').countDocuments({})).toBe(2);
  });

  it('rejects a file that is not a backup, and a truncated one, without touching the database', async () => {
    const notBackup = path.join(dir, 'not-a-backup.gz');
    await run('sh', ['-c', `echo '{"hello":1}' | gzip > ${notBackup}`]);
    const wrong = await cli('restore', notBackup, '--replace').catch((error: { stderr: string }) => error);
    expect((wrong as { stderr: string }).stderr).toMatch(/not an Impact Review backup/);
    expect(await client.db().collection('type_fidelity').countDocuments({})).toBe(2);

    const file = path.join(dir, 'whole.jsonl.gz');
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    await cli('backup', file);
    await run('sh', ['-c', `gunzip -c ${file} | head -n 3 | gzip > ${truncated}`]);
    const cut = await cli('restore', truncated, '--replace').catch((error: { stderr: string }) => error);
    expect((cut as { stderr: string }).stderr).toMatch(/incomplete/);
    expect(await client.db().collection('type_fidelity').countDocuments({})).toBe(2);
  });
});
