import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { mongo } from 'mongoose';
import { startTestApp, type TestApp } from './test-app';

/** Opens a GraphQL request whose body never finishes: it holds an admission slot until aborted. */
function holdRequest(url: string): { abort: () => void; response: Promise<number> } {
  const target = new URL(`${url}/graphql`);
  const request = http.request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': '1000' },
  });
  const response = new Promise<number>((resolve) => {
    request.on('response', (res) => resolve(res.statusCode ?? 0));
    request.on('error', () => resolve(-1));
  });
  request.write('{"query":');
  return { abort: () => request.destroy(), response };
}

async function post(url: string, query: string, cookie = ''): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('admission control: a surge is refused fast with OVERLOADED, and the service recovers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1', MAX_QUEUE_WAIT_MS: '300' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses beyond the queue at once, times out the queue, and serves again when the load drops', async () => {
    const busy = holdRequest(t.url);
    await new Promise((resolve) => setTimeout(resolve, 100));

    // The one slot is taken: the next request waits in the queue, the one after it is refused at once.
    const queuedStarted = Date.now();
    const queued = post(t.url, '{ me { id } }');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refusedStarted = Date.now();
    const refused = await post(t.url, '{ me { id } }');
    expect(Date.now() - refusedStarted).toBeLessThan(250);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.body.errors[0].extensions.code).toBe('OVERLOADED');
    expect(refused.body.errors[0].message).toMatch(/Nothing was changed/);

    const timedOut = await queued;
    expect(timedOut.status).toBe(503);
    expect(Date.now() - queuedStarted).toBeGreaterThanOrEqual(290);

    // The load drops (the stuck client goes away): the very next request is served.
    busy.abort();
    await busy.response;
    let served = await post(t.url, '{ me { id } }');
    for (let i = 0; i < 20 && served.status !== 200; i++) served = await post(t.url, '{ me { id } }');
    expect(served.status).toBe(200);
    expect(served.body.errors).toBeUndefined();
  });

  it('lets a waiting request through when the slot frees up in time', async () => {
    const busy = holdRequest(t.url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = post(t.url, '{ me { id } }');
    await new Promise((resolve) => setTimeout(resolve, 50));
    busy.abort();
    const result = await waiting;
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ me: null });
  });
});

describe('database commands per request (DB_COMMAND_STATS)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { DB_COMMAND_STATS: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports in x-db-commands how many database commands each request cost', async () => {
    const anonymous = await post(t.url, '{ me { id } }');
    expect(anonymous.headers.get('x-db-commands')).toBe('0');

    const person = await t.signUp('Counted Person');
    const signedIn = await post(t.url, '{ me { id } }', person.client.sessionCookie);
    // Session and roles for the actor, then the account for `me`.
    expect(signedIn.body.data.me.id).toBe(person.id);
    expect(signedIn.headers.get('x-db-commands')).toBe('3');
    const venues = await post(t.url, '{ venues { id } }', person.client.sessionCookie);
    expect(venues.body.data.venues).toEqual(expect.any(Array));
    expect(venues.headers.get('x-db-commands')).toBe('3');
  });

  it('is off unless enabled', async () => {
    const plain = await startTestApp();
    try {
      expect((await post(plain.url, '{ me { id } }')).headers.get('x-db-commands')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('a stalled database: requests fail in time with OVERLOADED, and work again once it answers', () => {
  interface Db {
    uri: string;
    stop: () => Promise<void>;
  }
  let db: Db;
  let dataDir: string;
  let t: TestApp;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ir-stall-'));
    // The launcher npm test built; --test-commands lets this test hold the database's write lock,
    // as a stuck writer would.
    const binary = path.resolve(__dirname, '../../../tools/ferretdb-launcher/bin/ferretdb-launcher');
    const child = spawn(binary, ['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--test-commands', '--parent-pid', String(process.pid)], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const uri = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /ferretdb-launcher ready (mongodb:\/\/\S+)/.exec(out);
        if (ready?.[1]) resolve(ready[1]);
      });
      child.once('exit', (code) => reject(new Error(`the database launcher exited with ${code}`)));
    });
    db = {
      uri,
      stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
    };
    t = await startTestApp({ mongodbBaseUri: db.uri, env: { DB_OPERATION_TIMEOUT_MS: '1000' } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a write that cannot get through within DB_OPERATION_TIMEOUT_MS, then serves it again', async () => {
    const chair = await t.signUp('Stalled Chair', { canCreateVenues: true });
    const create = (shortName: string) =>
      chair.client.request<{ createVenue: { id: string } }>(
        `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`,
        { input: { name: 'Stall Conference', shortName, kind: 'conference', timeZone: 'UTC', description: '', deadlines: [] } },
      );
    const admin = await mongo.MongoClient.connect(db.uri);
    try {
      const hold = admin.db('admin').command({ ferretdbLauncherHoldWriteGate: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      const stalledName = `STALL ${Date.now()}`;
      const stalled = await create(stalledName);
      const took = Date.now() - started;
      expect(stalled.errors?.[0]?.extensions?.code).toBe('OVERLOADED');
      expect(stalled.errors?.[0]?.message).toMatch(/very busy/);
      // It gave up after about the time limit, long before the database would have answered.
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(3500);
      await hold;
      const again = await create(`AGAIN ${Date.now()}`);
      expect(again.errors).toBeUndefined();
      expect(again.data?.createVenue.id).toMatch(/^[0-9a-f]{24}$/);
      // The request that gave up left nothing behind: its connection closed, so its queued write never ran.
      const names = (await chair.client.ok<{ venues: { shortName: string }[] }>(`{ venues { shortName } }`)).venues.map((v) => v.shortName);
      expect(names).not.toContain(stalledName);
    } finally {
      await admin.close();
    }
  });
});
