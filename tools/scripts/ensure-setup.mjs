// Installs what a fresh clone is missing, and nothing more: npm packages (npm ci, when the lock file
// changed since the last install), the embedded database launcher, and Debian's Chromium for e2e.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';

const log = (message) => console.log(`[setup] ${message}`);

export function ensureNodeModules() {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing npm packages (npm ci)...');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed; see the output above.');
  log(`npm ci took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function ensureDatabaseLauncher() {
  const { ensureLauncher } = await import(pathToFileURL(path.join(root, 'tools/scripts/db-launcher.mjs')).href);
  return ensureLauncher({ log });
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM}; install it with: sudo apt-get install -y chromium`);
  }
  log('installing Debian Chromium for the browser tests (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

export function packageJson() {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
}
