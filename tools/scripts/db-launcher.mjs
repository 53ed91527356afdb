#!/usr/bin/env node
// Embedded MongoDB-compatible database (FerretDB + SQLite) for dev and tests.
//
// The Go launcher in tools/ferretdb-launcher is built on demand with the local
// Go toolchain and cached by a hash of its sources, so the first run pays for
// the build (module download + compile) and later runs start in well under a second.
//
// It embeds FerretDB v1.24.2 with the changes in tools/ferretdb-launcher/_ferretdb: the pristine
// module is fetched through the Go module proxy, copied to bin/, the new files are copied in and
// the patches applied (git apply), and the launcher is built against that tree with a `replace`
// in a generated go.mod (-modfile). `go test` of the patched packages uses the same tree.
//
// Usage as a library:
//   import { startEmbeddedDb } from './tools/scripts/db-launcher.mjs';
//   const db = await startEmbeddedDb({ dataDir: '/tmp/x' });  // db.uri, db.port
//   await db.stop();
// Usage as a CLI:
//   node tools/scripts/db-launcher.mjs build
//   node tools/scripts/db-launcher.mjs start --data-dir .data/db --port 27017
//   node tools/scripts/db-launcher.mjs test [--json --outputFile=f]   go test of the patched packages
//   node tools/scripts/db-launcher.mjs src                             prints the patched source tree
//   node tools/scripts/db-launcher.mjs export-patches <dir>            _ferretdb/ from an edited tree

import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../ferretdb-launcher');
const BIN_DIR = path.join(LAUNCHER_DIR, 'bin');
const BIN_PATH = path.join(BIN_DIR, 'ferretdb-launcher');
const HASH_PATH = path.join(BIN_DIR, '.source-hash');
const UPSTREAM_BIN_PATH = path.join(BIN_DIR, 'ferretdb-launcher-upstream');
const UPSTREAM_HASH_PATH = path.join(BIN_DIR, '.upstream-source-hash');
const SOURCES = ['go.mod', 'go.sum', 'main.go', 'options_patched.go', 'options_upstream.go', 'pprof.go', 'checkpoint.go'];
// Changes to FerretDB: patches/*.patch (diffs of upstream files) and files/** (new files).
const CHANGES_DIR = path.join(LAUNCHER_DIR, '_ferretdb');
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
// Go packages of the patched tree whose tests `npm test` runs.
const GO_TEST_PACKAGES = [
  `${FERRETDB_MODULE}/internal/backends/sqlite/pushdown`,
  `${FERRETDB_MODULE}/internal/handler/writelock`,
];
// Bump when the way sources are prepared changes, so cached builds are redone.
const PREPARE_VERSION = 1;

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

/** Relative paths of every file under dir, sorted. */
async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

async function sourceHash() {
  const h = createHash('sha256');
  // Build flags are part of the hash so changing them here also triggers a rebuild.
  h.update(JSON.stringify({ BUILD_ARGS, BUILD_ENV, PREPARE_VERSION }));
  for (const name of SOURCES) {
    h.update(`\0${name}\0`);
    h.update(await readFile(path.join(LAUNCHER_DIR, name)));
  }
  // every patch and new file of FerretDB
  for (const rel of await listFiles(CHANGES_DIR)) {
    h.update(`\0_ferretdb/${rel}\0`);
    h.update(await readFile(path.join(CHANGES_DIR, rel)));
  }
  return h.digest('hex');
}

async function upstreamSourceHash() {
  const h = createHash('sha256');
  h.update(JSON.stringify({ BUILD_ARGS, BUILD_ENV, upstream: true }));
  for (const name of SOURCES) {
    h.update(`\0${name}\0`);
    h.update(await readFile(path.join(LAUNCHER_DIR, name)));
  }
  return h.digest('hex');
}

async function goVersion() {
  try {
    return (await run('go', ['version'], { env: { ...process.env, GOTOOLCHAIN: 'local' } })).stdout.trim();
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
}

/** The pristine FerretDB module from the module cache, downloaded through the Go proxy if needed. */
async function pristineModuleDir() {
  const goMod = await readFile(path.join(LAUNCHER_DIR, 'go.mod'), 'utf8');
  const m = new RegExp(`^\\s*(?:require\\s+)?${FERRETDB_MODULE.replaceAll('.', '\\.')}\\s+(v\\S+)`, 'm').exec(goMod);
  if (!m) throw new Error(`db-launcher: ${FERRETDB_MODULE} is not required in go.mod`);
  const { stdout } = await run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${m[1]}`], {
    cwd: LAUNCHER_DIR,
    env: { ...process.env, ...BUILD_ENV },
  });
  const info = JSON.parse(stdout);
  if (info.Error || !info.Dir) throw new Error(`db-launcher: go mod download ${FERRETDB_MODULE}: ${info.Error}`);
  return info.Dir;
}

async function makeWritable(dir) {
  for (const rel of await listFiles(dir)) await chmod(path.join(dir, rel), 0o644);
  const dirs = new Set();
  for (const rel of await listFiles(dir)) {
    for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);
  }
  for (const d of dirs) await chmod(path.join(dir, d), 0o755);
  await chmod(dir, 0o755);
}

/**
 * The patched FerretDB tree and the go.mod that points the launcher at it, for the given source
 * hash: bin/ferretdb-src-<hash>/ and bin/go-<hash>.mod. Prepared once (into a temp dir, then
 * renamed, so parallel builders never see half a tree); older ones are removed.
 */
async function preparePatchedSources(hash, log) {
  const tag = hash.slice(0, 12);
  const srcDir = path.join(BIN_DIR, `ferretdb-src-${tag}`);
  const modfile = path.join(BIN_DIR, `go-${tag}.mod`);
  if (existsSync(path.join(srcDir, '.prepared')) && existsSync(modfile)) return { srcDir, modfile };

  await mkdir(BIN_DIR, { recursive: true });
  const tmp = `${srcDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await cp(await pristineModuleDir(), tmp, { recursive: true });
    await makeWritable(tmp); // the module cache is read-only
    const filesDir = path.join(CHANGES_DIR, 'files');
    if (existsSync(filesDir)) await cp(filesDir, tmp, { recursive: true, force: true });
    const patchesDir = path.join(CHANGES_DIR, 'patches');
    const patches = existsSync(patchesDir) ? (await readdir(patchesDir)).filter((f) => f.endsWith('.patch')).sort() : [];
    for (const name of patches) {
      // GIT_DIR: apply as a plain patch tool even though bin/ sits inside this repository
      // (inside a work tree, git apply silently skips paths outside the repository's index).
      await run('git', ['apply', '-p1', '--whitespace=nowarn', path.join(patchesDir, name)], {
        cwd: tmp,
        env: { ...process.env, GIT_DIR: path.join(tmp, '.no-git') },
      }).catch((err) => {
        throw new Error(`db-launcher: patch ${name} does not apply to the pristine module:\n${err.stderr || err.message}`);
      });
    }
    await writeFile(path.join(tmp, '.prepared'), `${patches.length} patches\n`);
    await rm(srcDir, { recursive: true, force: true });
    await rename(tmp, srcDir).catch(async (err) => {
      if (!existsSync(path.join(srcDir, '.prepared'))) throw err; // else a parallel builder won
      await rm(tmp, { recursive: true, force: true });
    });
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }

  const goMod = await readFile(path.join(LAUNCHER_DIR, 'go.mod'), 'utf8');
  await writeFile(`${modfile}.tmp-${process.pid}`, `${goMod}\nreplace ${FERRETDB_MODULE} => ${srcDir}\n`);
  await rename(`${modfile}.tmp-${process.pid}`, modfile);
  await cp(path.join(LAUNCHER_DIR, 'go.sum'), modfile.replace(/\.mod$/, '.sum'));

  // older prepared trees
  for (const name of await readdir(BIN_DIR)) {
    if (/^(ferretdb-src-[0-9a-f]{12}|go-[0-9a-f]{12}\.(mod|sum))$/.test(name) && !name.includes(tag)) {
      await rm(path.join(BIN_DIR, name), { recursive: true, force: true });
    }
  }
  log(`prepared the patched FerretDB tree in ${path.relative(process.cwd(), srcDir)} (${(await listFiles(CHANGES_DIR)).length} files in _ferretdb)`);
  return { srcDir, modfile };
}

async function goBuild({ out, modfile, tags, log, what }) {
  await mkdir(BIN_DIR, { recursive: true });
  // Build to a unique temp name and rename: parallel test workers may race to
  // build, and none of them must ever exec a half-written binary.
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  log(`building ${what} with ${await goVersion()} (a cold build downloads modules and takes a minute or two)...`);
  const started = process.hrtime.bigint();
  const args = [...BUILD_ARGS];
  args[args.indexOf('ferretdb_no_postgresql')] = ['ferretdb_no_postgresql', ...tags].join(',');
  if (modfile) args.push(`-modfile=${modfile}`);
  try {
    await run('go', [...args, '-o', tmp, '.'], { cwd: LAUNCHER_DIR, env: { ...process.env, ...BUILD_ENV } });
  } catch (err) {
    await rm(tmp, { force: true });
    throw new Error(`db-launcher: go build failed (exit ${err.code}):\n${err.stderr || err.message}`, { cause: err });
  }
  await rename(tmp, out);
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  log(`built ${out} in ${secs.toFixed(1)}s`);
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
  const { modfile } = await preparePatchedSources(hash, log);
  await goBuild({ out: BIN_PATH, modfile, tags: [], log, what: 'ferretdb-launcher (patched FerretDB)' });
  await writeFile(HASH_PATH, `${hash}\n`);
  return BIN_PATH;
}

/**
 * Builds the launcher against pristine upstream FerretDB (tag ferretdb_upstream) into
 * bin/ferretdb-launcher-upstream: the upgrade test uses it to write data directories in the
 * upstream layout.
 * @returns {Promise<string>} absolute path of that binary
 */
export async function ensureUpstreamLauncher({ log = defaultLog } = {}) {
  const hash = await upstreamSourceHash();
  if (existsSync(UPSTREAM_BIN_PATH)) {
    const stored = await readFile(UPSTREAM_HASH_PATH, 'utf8').catch(() => '');
    if (stored.trim() === hash) return UPSTREAM_BIN_PATH;
  }
  await goBuild({ out: UPSTREAM_BIN_PATH, modfile: null, tags: ['ferretdb_upstream'], log, what: 'ferretdb-launcher (upstream FerretDB)' });
  await writeFile(UPSTREAM_HASH_PATH, `${hash}\n`);
  return UPSTREAM_BIN_PATH;
}

/**
 * Runs `go test` on the patched packages (the same tree and go.mod as the build) and writes a
 * summary in Jest's JSON shape to outputFile, so `npm test` counts Go tests like the others.
 * @returns {Promise<boolean>} whether all tests passed
 */
export async function runGoTests({ outputFile, log = defaultLog } = {}) {
  const { modfile } = await preparePatchedSources(await sourceHash(), log);
  const args = ['test', '-json', '-count=1', '-tags', 'ferretdb_no_postgresql', `-modfile=${modfile}`, ...GO_TEST_PACKAGES];
  const events = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn('go', args, { cwd: LAUNCHER_DIR, env: { ...process.env, ...BUILD_ENV }, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) {
        if (!line.startsWith('{')) {
          console.log(line);
          continue;
        }
        const e = JSON.parse(line);
        events.push(e);
        // package results, failures and t.Log lines; passing test names would drown them
        if (e.Action === 'output' && (!e.Test || /^\s*(--- FAIL|\S+\.go:\d+:)/.test(e.Output))) process.stdout.write(e.Output);
      }
    });
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });

  // Count leaf tests (table cases are subtests), as Jest counts each `it`.
  const result = new Map();
  for (const e of events) {
    if (e.Test && ['pass', 'fail', 'skip'].includes(e.Action)) result.set(`${e.Package} ${e.Test}`, e.Action);
  }
  const names = [...result.keys()];
  const leaves = names.filter((n) => !names.some((other) => other.startsWith(`${n}/`)));
  const count = (action) => leaves.filter((n) => result.get(n) === action).length;
  const summary = {
    numPassedTests: count('pass'),
    numFailedTests: count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0),
    numPendingTests: count('skip'),
    numTodoTests: 0,
    success: code === 0,
  };
  if (outputFile) {
    await mkdir(path.dirname(outputFile), { recursive: true });
    await writeFile(outputFile, JSON.stringify(summary));
  }
  log(`go test: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
  return code === 0;
}

/**
 * Writes _ferretdb/ from an edited copy of the patched tree (e.g. one made with `src`): files that
 * upstream lacks go to files/, changed upstream files become one patch each in patches/.
 */
async function exportPatches(fromDir, log = defaultLog) {
  const pristine = await pristineModuleDir();
  const upstream = new Set(await listFiles(pristine));
  const edited = (await listFiles(fromDir)).filter((rel) => !rel.startsWith('.') && !rel.includes('/.') && rel !== '.prepared');
  await rm(CHANGES_DIR, { recursive: true, force: true });
  let patches = 0;
  let files = 0;
  for (const rel of edited) {
    if (!upstream.has(rel)) {
      await mkdir(path.dirname(path.join(CHANGES_DIR, 'files', rel)), { recursive: true });
      await cp(path.join(fromDir, rel), path.join(CHANGES_DIR, 'files', rel));
      files++;
      continue;
    }
    const diff = await run('git', ['diff', '--no-index', '--no-color', path.join(pristine, rel), path.join(fromDir, rel)], {
      env: { ...process.env, GIT_DIR: path.join(os.tmpdir(), '.no-git') },
    }).then(
      () => '', // exit 0: identical
      (err) => {
        if (err.code !== 1) throw err;
        return err.stdout;
      },
    );
    if (!diff) continue;
    // headers with a/<rel> and b/<rel>, for `git apply -p1` in the module root
    const body = diff
      .split('\n')
      .map((line) => {
        if (line.startsWith('diff --git ')) return `diff --git a/${rel} b/${rel}`;
        if (line.startsWith('--- ')) return `--- a/${rel}`;
        if (line.startsWith('+++ ')) return `+++ b/${rel}`;
        return line;
      })
      .filter((line) => !line.startsWith('old mode ') && !line.startsWith('new mode ')) // the cache is read-only
      .join('\n');
    await mkdir(path.join(CHANGES_DIR, 'patches'), { recursive: true });
    await writeFile(path.join(CHANGES_DIR, 'patches', `${rel.replaceAll('/', '--')}.patch`), body);
    patches++;
  }
  log(`exported ${patches} patches and ${files} new files to ${path.relative(process.cwd(), CHANGES_DIR)}`);
}

/**
 * Starts an embedded FerretDB on 127.0.0.1 with its SQLite files in dataDir.
 * The database exits by itself within ~1 s if this Node process dies.
 * @param {{dataDir: string, port?: number, log?: (msg: string) => void, logLevel?: string,
 *   args?: string[], bin?: string}} opts
 *   port 0 (default) lets the launcher bind a free port itself and report it, which avoids
 *   the race of picking a port here and binding it later (parallel test workers).
 *   logLevel defaults to 'error': at 'warn' FerretDB dumps every failed command (e.g. each
 *   expected duplicate-key error) to stderr, which is forwarded to log.
 *   args are extra launcher flags (e.g. ['--test-commands']); bin runs another build of the
 *   launcher (tests use ensureUpstreamLauncher()).
 * @returns {Promise<{uri: string, port: number, stop: () => Promise<void>,
 *   exited: Promise<{code: number|null, signal: string|null}>}>}
 */
export async function startEmbeddedDb({ dataDir, port = 0, log = defaultLog, logLevel = 'error', args = [], bin } = {}) {
  if (!dataDir) throw new Error('db-launcher: startEmbeddedDb needs dataDir');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`db-launcher: invalid port ${port}`);
  bin ??= await ensureLauncher({ log });
  const absDir = path.resolve(dataDir);

  const child = spawn(
    bin,
    [
      '--listen', `127.0.0.1:${port}`, '--data-dir', absDir, '--log-level', logLevel,
      '--parent-pid', String(process.pid), ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );

  // Keep the last part of stderr for error messages; always drain both pipes
  // so a chatty database can never block on a full pipe.
  let stderrTail = '';
  let ready = false;
  child.stderr.setEncoding('utf8');
  let startupLines = '';
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-16_384);
    if (ready) {
      for (const line of chunk.split('\n')) if (line.trim()) log(`ferretdb: ${line}`);
      return;
    }
    // before ready: pass on the launcher's own lines (the one-time upgrade of an old data directory)
    const lines = (startupLines + chunk).split('\n');
    startupLines = lines.pop();
    for (const line of lines) if (line.startsWith('ferretdb-launcher: ')) log(line);
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

  // stderr before the ready line (e.g. the start-up upgrade log) and after it, for tests
  return { uri, port: actualPort, stop, exited, stderr: () => stderrTail, pid: child.pid };
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
  if (cmd === 'build-upstream') {
    console.log(await ensureUpstreamLauncher());
    return;
  }
  if (cmd === 'test') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' }, outputFile: { type: 'string' } } });
    if (!(await runGoTests({ outputFile: values.outputFile }))) process.exitCode = 1;
    return;
  }
  if (cmd === 'src') {
    console.log((await preparePatchedSources(await sourceHash(), defaultLog)).srcDir);
    return;
  }
  if (cmd === 'export-patches' && rest.length === 1) {
    await exportPatches(path.resolve(rest[0]));
    return;
  }
  console.error('usage: node tools/scripts/db-launcher.mjs build\n' +
    '       node tools/scripts/db-launcher.mjs start [--data-dir .data/db] [--port 27017] [--log-level error]\n' +
    '       node tools/scripts/db-launcher.mjs test [--json --outputFile=<file>]\n' +
    '       node tools/scripts/db-launcher.mjs src | build-upstream | export-patches <edited tree>');
  process.exitCode = 2;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  cli(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
