#!/usr/bin/env node
// `npm start`: installs what is missing, then runs the whole system on this machine —
// embedded FerretDB (data in ./.data/db, kept between runs), the mail catcher, the API and the web
// app — seeds demo data into an empty database, and prints the URLs and demo logins.
// Flags: --reset (wipe ./.data first), --reset-only (wipe and exit).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDatabaseLauncher, ensureNodeModules, root } from './ensure-setup.mjs';

const args = new Set(process.argv.slice(2));
const dataDir = path.join(root, '.data');
if (args.has('--reset') || args.has('--reset-only')) {
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Removed ${path.relative(root, dataDir)}/`);
  if (args.has('--reset-only')) process.exit(0);
}

const API_PORT = Number(process.env.PORT ?? 3000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 4200);
const SMTP_PORT = Number(process.env.SMTP_PORT ?? 1025);
const MAIL_UI_PORT = Number(process.env.MAIL_UI_PORT ?? 1080);

ensureNodeModules();
await ensureDatabaseLauncher();

for (const [name, port] of [['API', API_PORT], ['web', WEB_PORT], ['SMTP', SMTP_PORT], ['mail UI', MAIL_UI_PORT]]) {
  if (!(await isPortFree(port))) {
    console.error(`Port ${port} (${name}) is in use. Stop what runs there, or set another port in the environment.`);
    process.exit(1);
  }
}

const children = [];
let stopping = false;
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children.reverse()) child.kill('SIGTERM');
  if (db) await db.stop();
  rmSync(runningDatabaseFile, { force: true });
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

let db = null;
const runningDatabaseFile = path.join(dataDir, 'run/database.json');
let mongodbUri = process.env.MONGODB_URI ?? '';
if (!mongodbUri) {
  const { startEmbeddedDb } = await import(pathToFileURL(path.join(root, 'tools/scripts/db-launcher.mjs')).href);
  db = await startEmbeddedDb({ dataDir: path.join(dataDir, 'db'), port: 0, log: (m) => console.log(`[db] ${m}`) });
  mongodbUri = `${db.uri}impact_review`;
  // db:backup and db:restore find the running database here (its port is picked at start).
  mkdirSync(path.dirname(runningDatabaseFile), { recursive: true });
  writeFileSync(runningDatabaseFile, JSON.stringify({ uri: mongodbUri, pid: process.pid }) + '\n');
}

function run(name, command, commandArgs, env = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} stopped (exit ${code}); stopping everything.`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

run('mail', process.execPath, [
  'tools/scripts/mail-catcher.mjs',
  '--smtp-port',
  String(SMTP_PORT),
  '--http-port',
  String(MAIL_UI_PORT),
]);
run('api', process.execPath, ['tools/scripts/run-ts.mjs', 'apps/api/src/main.ts'], {
  PORT: String(API_PORT),
  MONGODB_URI: mongodbUri,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  PUBLIC_WEB_URL: `http://localhost:${WEB_PORT}`,
  SEED_DEMO_DATA: 'true',
  // Development: GraphQL introspection and "Did you mean" hints for tools like GraphiQL.
  APP_ENV: process.env.APP_ENV ?? 'development',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
await waitFor(`http://127.0.0.1:${API_PORT}/health`, 120_000);
run('web', path.join(root, 'node_modules/.bin/vite'), ['--config', 'apps/web/vite.config.ts', '--port', String(WEB_PORT), '--strictPort'], {
  API_URL: `http://127.0.0.1:${API_PORT}`,
});
await waitFor(`http://127.0.0.1:${WEB_PORT}/`, 120_000);

console.log(`
Impact Review is running.
  Web app        http://localhost:${WEB_PORT}
  GraphQL API    http://localhost:${API_PORT}/graphql
  Health         http://localhost:${API_PORT}/health
  Mail catcher   http://localhost:${MAIL_UI_PORT}   (every mail the app sends, with clickable links)
  Database       ${db ? `embedded FerretDB, data in .data/db (reset: npm run db:reset)` : mongodbUri}

Demo logins, seeded into an empty database (password for all: impact-review-demo; npm run db:reset starts over)
  admin@demo.impact-review.org        site administrator (Administration page); asked to hold the ADD workshop at CSMS
  chair@demo.impact-review.org        chair of the R2GM workshop and the CSMS conference (a workshop request waits there)
  author@demo.impact-review.org       author with statements in each tier
  author2@demo.impact-review.org      author with a draft
  expert@demo.impact-review.org       expert reviewer
  community@demo.impact-review.org    community reviewer

Press Ctrl-C to stop.`);

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  console.error(`${url} did not answer within ${timeoutMs / 1000} s`);
  await stopAll(1);
}
