// The processes a surge benchmark runs against, and how much CPU each of them used: the embedded
// database, the mail catcher and one or more API processes, all started from this checkout.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(__dirname, '../../..');

interface EmbeddedDb {
  uri: string;
  stop: () => Promise<void>;
}

const importEsm = new Function('url', 'return import(url)') as <T>(url: string) => Promise<T>;

export async function startDatabase(dataDir: string, args: string[] = []): Promise<EmbeddedDb> {
  const { startEmbeddedDb } = await importEsm<{ startEmbeddedDb: (o: object) => Promise<EmbeddedDb> }>(
    pathToFileURL(path.join(ROOT, 'tools/scripts/db-launcher.mjs')).href,
  );
  return startEmbeddedDb({ dataDir, port: 0, log: () => undefined, args });
}

export async function startMailCatcher(): Promise<{ child: ChildProcess; smtpUrl: string; mailApi: string }> {
  const { startMailCatcherProcess } = await importEsm<{
    startMailCatcherProcess: () => Promise<{ child: ChildProcess; smtpUrl: string; mailApi: string }>;
  }>(pathToFileURL(path.join(ROOT, 'tools/scripts/test-services.mjs')).href);
  return startMailCatcherProcess();
}

export interface ApiProcess {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One API process, run from TypeScript with SWC as `npm start` does, on a free port. */
export async function startApi(env: Record<string, string>, nodeArgs: string[] = []): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--enable-source-maps', '-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'apps/api/tsconfig.json'), PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  // Always drain its output so a chatty log can never block the process.
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`))),
  );
  const ready = (async () => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the API did not answer /health within 120 s:\n${output}`);
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return {
    url,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** The pid of the process whose command line mentions `marker` (the database launcher has no handle of its own here). */
export function findPid(marker: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker) && !cmdline.includes('surge-bench')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy and total CPU time of the whole machine, from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  const total = values.reduce((sum, v) => sum + v, 0);
  return { busy: (total - idle) / CLOCK_TICKS_PER_SECOND, total: total / CLOCK_TICKS_PER_SECOND };
}
