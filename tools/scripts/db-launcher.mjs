#!/usr/bin/env node
// Embedded MongoDB-compatible database (FerretDB + SQLite) for dev and tests.
//
// The Go launcher in tools/ferretdb-launcher is built on demand with the local
// Go toolchain and cached by a hash of its sources, so the first run pays for
// the build (module download + compile) and later runs start in well under a second.
//
// Usage as a library:
//   import { startEmbeddedDb } from './tools/scripts/db-launcher.mjs';
//   const db = await startEmbeddedDb({ dataDir: '/tmp/x' });  // db.uri, db.port
//   await db.stop();
// Usage as a CLI:
//   node tools/scripts/db-launcher.mjs build
//   node tools/scripts/db-launcher.mjs start --data-dir .data/db --port 27017

import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../ferretdb-launcher');
const BIN_DIR = path.join(LAUNCHER_DIR, 'bin');
const BIN_PATH = path.join(BIN_DIR, 'ferretdb-launcher');
const HASH_PATH = path.join(BIN_DIR, '.source-hash');
const SOURCES = ['go.mod', 'go.sum', 'main.go'];

// -tags ferretdb_no_postgresql: we only use SQLite; skipping pgx makes the build smaller/faster.
// CGO_ENABLED=0 works because FerretDB's SQLite driver (modernc.org/sqlite) is pure Go.
// GOTOOLCHAIN=local: never try to download another toolchain (no internet in CI).
// -buildvcs=false: the launcher sits inside this git repo; VCS stamping is useless and
// fails in repos without commits.
const BUILD_ARGS = ['build', '-trimpath', '-tags', 'ferretdb_no_postgresql'];
const BUILD_ENV = { CGO_ENABLED: '0', GOFLAGS: '-mod=mod -buildvcs=false', GOTOOLCHAIN: 'local' };

const READY_RE = /^ferretdb-launcher ready (mongodb:\/\/127\.0\.0\.1:(\d+)\/)\s*$/;
const READY_TIMEOUT_MS = 60_000;
const STOP_KILL_AFTER_MS = 5_000;

const defaultLog = (msg) => console.error(`[db-launcher] ${msg}`);

// Best-effort synchronous cleanup if this process exits without calling stop();
// --parent-pid covers the cases where an exit hook cannot run (SIGKILL, crash).
const liveChildren = new Set();
let exitHookInstalled = false;
function trackChild(child) {
  if (!exitHookInstalled) {
    process.on('exit', () => {
      for (const c of liveChildren) c.kill('SIGTERM');
    });
    exitHookInstalled = true;
  }
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

async function sourceHash() {
  const h = createHash('sha256');
  // Build flags are part of the hash so changing them here also triggers a rebuild.
  h.update(JSON.stringify({ BUILD_ARGS, BUILD_ENV }));
  for (const name of SOURCES) {
    h.update(`\0${name}\0`);
    h.update(await readFile(path.join(LAUNCHER_DIR, name)));
  }
  return h.digest('hex');
}

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...opts }, (err, stdout, stderr) => {
      if (err) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else resolve({ stdout, stderr });
    });
  });
}

/**
 * Builds tools/ferretdb-launcher/bin/ferretdb-launcher if missing or stale.
 * @param {{log?: (msg: string) => void}} [opts]
 * @returns {Promise<string>} absolute path of the launcher binary
 */
export async function ensureLauncher({ log = defaultLog } = {}) {
  const hash = await sourceHash();
  if (existsSync(BIN_PATH)) {
    const stored = await readFile(HASH_PATH, 'utf8').catch(() => '');
    if (stored.trim() === hash) return BIN_PATH;
  }

  let goVersion;
  try {
    goVersion = (await run('go', ['version'], { env: { ...process.env, GOTOOLCHAIN: 'local' } })).stdout.trim();
  } catch (err) {
    if (err.code === 'ENOENT') {
      throw new Error(
        'db-launcher: the Go toolchain (`go`) is not on PATH; it is needed to build ' +
          `${path.relative(process.cwd(), BIN_PATH)} (Go >= 1.24, see tools/ferretdb-launcher/README.md)`,
        { cause: err },
      );
    }
    throw new Error(`db-launcher: \`go version\` failed: ${err.stderr || err.message}`, { cause: err });
  }

  await mkdir(BIN_DIR, { recursive: true });
  // Build to a unique temp name and rename: parallel test workers may race to
  // build, and none of them must ever exec a half-written binary.
  const tmp = `${BIN_PATH}.tmp-${process.pid}-${Date.now()}`;
  log(`building ferretdb-launcher with ${goVersion} (a cold build downloads modules and takes a minute or two)...`);
  const started = process.hrtime.bigint();
  try {
    await run('go', [...BUILD_ARGS, '-o', tmp, '.'], {
      cwd: LAUNCHER_DIR,
      env: { ...process.env, ...BUILD_ENV },
    });
  } catch (err) {
    await rm(tmp, { force: true });
    throw new Error(`db-launcher: go build failed (exit ${err.code}):\n${err.stderr || err.message}`, {
      cause: err,
    });
  }
  await rename(tmp, BIN_PATH);
  await writeFile(HASH_PATH, `${hash}\n`);
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  log(`built ${BIN_PATH} in ${secs.toFixed(1)}s`);
  return BIN_PATH;
}

/**
 * Starts an embedded FerretDB on 127.0.0.1 with its SQLite files in dataDir.
 * The database exits by itself within ~1 s if this Node process dies.
 * @param {{dataDir: string, port?: number, log?: (msg: string) => void, logLevel?: string}} opts
 *   port 0 (default) lets the launcher bind a free port itself and report it, which avoids
 *   the race of picking a port here and binding it later (parallel test workers).
 *   logLevel defaults to 'error': at 'warn' FerretDB dumps every failed command (e.g. each
 *   expected duplicate-key error) to stderr, which is forwarded to log.
 * @returns {Promise<{uri: string, port: number, stop: () => Promise<void>,
 *   exited: Promise<{code: number|null, signal: string|null}>}>}
 */
export async function startEmbeddedDb({ dataDir, port = 0, log = defaultLog, logLevel = 'error' } = {}) {
  if (!dataDir) throw new Error('db-launcher: startEmbeddedDb needs dataDir');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`db-launcher: invalid port ${port}`);
  const bin = await ensureLauncher({ log });
  const absDir = path.resolve(dataDir);

  const child = spawn(
    bin,
    ['--listen', `127.0.0.1:${port}`, '--data-dir', absDir, '--log-level', logLevel, '--parent-pid', String(process.pid)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );

  // Keep the last part of stderr for error messages; always drain both pipes
  // so a chatty database can never block on a full pipe.
  let stderrTail = '';
  let ready = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-16_384);
    if (ready) for (const line of chunk.split('\n')) if (line.trim()) log(`ferretdb: ${line}`);
  });

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  trackChild(child);

  let uri;
  let actualPort;
  try {
    ({ uri, port: actualPort } = await new Promise((resolve, reject) => {
      let stdoutBuf = '';
      const timer = setTimeout(
        () => reject(new Error(`db-launcher: FerretDB not ready after ${READY_TIMEOUT_MS / 1000}s; stderr:\n${stderrTail}`)),
        READY_TIMEOUT_MS,
      );
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        if (ready) return;
        stdoutBuf += chunk;
        for (const line of stdoutBuf.split('\n')) {
          const m = READY_RE.exec(line);
          if (m) {
            ready = true;
            clearTimeout(timer);
            resolve({ uri: m[1], port: Number(m[2]) });
            return;
          }
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`db-launcher: cannot start ${bin}: ${err.message}`));
      });
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`db-launcher: FerretDB exited before ready (code ${code}, signal ${signal}); stderr:\n${stderrTail}`));
      });
    }));
  } catch (err) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    throw err;
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_KILL_AFTER_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  return { uri, port: actualPort, stop, exited };
}

async function cli(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === 'build') {
    const t0 = Date.now();
    const bin = await ensureLauncher();
    console.log(bin);
    console.log(`build step took ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    return;
  }
  if (cmd === 'start') {
    const { values } = parseArgs({
      args: rest,
      options: {
        'data-dir': { type: 'string', default: '.data/db' },
        port: { type: 'string', default: '27017' },
        'log-level': { type: 'string', default: 'error' },
      },
    });
    const db = await startEmbeddedDb({
      dataDir: values['data-dir'],
      port: Number(values.port),
      logLevel: values['log-level'],
    });
    console.log(`FerretDB ready at ${db.uri} (data: ${path.resolve(values['data-dir'])}); Ctrl-C to stop`);
    let stopping = false;
    db.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(`FerretDB exited unexpectedly (code ${code}, signal ${signal})`);
      process.exit(1);
    });
    const shutdown = async () => {
      stopping = true;
      await db.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return;
  }
  console.error('usage: node tools/scripts/db-launcher.mjs build\n' +
    '       node tools/scripts/db-launcher.mjs start [--data-dir .data/db] [--port 27017] [--log-level error]');
  process.exitCode = 2;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  cli(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
