import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, type MongoClientOptions } from 'mongodb';

/** A launcher process for one test file, with the client tests talk through. */
export interface Launcher {
  uri: string;
  dataDir: string;
  client: MongoClient;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Stops the process (SIGTERM) and waits for it; keeps the data directory. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Data directory to use; a new temporary one by default (removed by cleanup()). */
  dataDir?: string;
  /** Extra launcher flags, e.g. ['--test-commands']. */
  args?: string[];
  /** 'upstream' runs the build against pristine FerretDB v1.24.2. */
  build?: 'patched' | 'upstream';
  clientOptions?: MongoClientOptions;
}

const tempDirs: string[] = [];

/** Starts a launcher (built by global-setup.cjs) and connects a client to it. */
export async function startLauncher(opts: StartOptions = {}): Promise<Launcher> {
  const bin = opts.build === 'upstream' ? process.env.FERRETDB_LAUNCHER_UPSTREAM_BIN : process.env.FERRETDB_LAUNCHER_BIN;
  if (!bin) throw new Error('the launcher binaries are built by test/global-setup.cjs');
  const dataDir = opts.dataDir ?? newDataDir();

  const child = spawn(
    bin,
    ['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--log-level', 'error', '--parent-pid', String(process.pid), ...(opts.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`launcher not ready after 60 s:\n${stderr}`)), 60000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /ferretdb-launcher ready (mongodb:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`launcher exited before ready:\n${stderr}`));
    });
  });

  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10000, ...opts.clientOptions });
  await client.connect();

  return {
    uri,
    dataDir,
    client,
    stderr: () => stderr,
    async stop() {
      await client.close(true);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function newDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ferretdb-launcher-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes the temporary data directories of this test file. */
export function cleanup(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A deterministic random number generator (mulberry32), so failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
