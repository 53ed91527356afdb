#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every check and test of the workspace in tiers —
// lint, typecheck, unit (Jest, and go test of the patched FerretDB), integration (real FerretDB +
// SMTP; the launcher's own guarantees), e2e (real Chromium) — and prints a summary with the number
// of tests per kind. Exits non-zero on the first failing tier's end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensureDatabaseLauncher, ensureNodeModules, root } from './ensure-setup.mjs';

process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';
process.env.TZ = 'UTC';

const resultsDir = path.join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const started = Date.now();
ensureNodeModules();
await ensureDatabaseLauncher();

const nx = path.join(root, 'node_modules/.bin/nx');
const has = (project) => existsSync(path.join(root, project, 'project.json'));

/** Projects with jest unit tests, in dependency order. */
const unitProjects = [
  ['domain', 'libs/domain'],
  ['matching', 'libs/matching'],
  ['audit', 'libs/audit'],
  ['audit-verify', 'tools/audit-verify'],
  ['api', 'apps/api'],
  ['web', 'apps/web'],
].filter(([, dir]) => has(dir));

const tiers = [];
function step(kind, label, args, jsonName) {
  const t0 = Date.now();
  const extra = jsonName ? ['--', '--json', `--outputFile=${path.join(resultsDir, jsonName)}`] : [];
  console.log(`\n=== ${kind}: ${label}`);
  const result = spawnSync(nx, [...args, '--skip-nx-cache', ...extra], { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - t0) / 1000;
  const counts = jsonName ? readCounts(path.join(resultsDir, jsonName)) : null;
  tiers.push({ kind, label, ok: result.status === 0, seconds, counts });
  return result.status === 0;
}

function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
}

let ok = true;
ok = step('lint', 'eslint, zero warnings', ['run-many', '-t', 'lint']) && ok;
ok = step('typecheck', 'tsc --noEmit, strict', ['run-many', '-t', 'typecheck']) && ok;
for (const [project] of unitProjects) {
  ok = step('unit', project, ['run', `${project}:test`], `unit-${project}.json`) && ok;
}
// go test of the patched FerretDB packages (filter/sort translation, statistics), counted per test case
ok = step('unit', 'ferretdb-launcher (go test)', ['run', 'tools:test-go'], 'unit-ferretdb-launcher.json') && ok;
if (has('apps/api')) ok = step('integration', 'api against FerretDB + SMTP', ['run', 'api:integration'], 'integration-api.json') && ok;
// the launcher's guarantees: atomic writes, pushdown = Go evaluation, explain, upgrade, overload
ok = step('integration', 'FerretDB launcher guarantees', ['run', 'tools:integration'], 'integration-ferretdb-launcher.json') && ok;
if (has('apps/web-e2e')) {
  ensureChromium();
  ok = step('e2e', 'web in Chromium', ['run', 'web-e2e:e2e'], 'e2e-web.json') && ok;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== Summary');
for (const tier of tiers) {
  const counts = tier.counts ? ` ${tier.counts.passed} passed, ${tier.counts.failed} failed` : '';
  console.log(`${tier.ok ? 'ok  ' : 'FAIL'} ${tier.kind.padEnd(11)} ${tier.label.padEnd(32)} ${tier.seconds.toFixed(1).padStart(6)} s${counts}`);
  if (tier.counts) {
    totals.passed += tier.counts.passed;
    totals.failed += tier.counts.failed;
    totals.skipped += tier.counts.skipped;
  }
  if (!tier.ok && !tier.counts) totals.failed += 1;
}
const byKind = {};
for (const tier of tiers.filter((t) => t.counts)) byKind[tier.kind] = (byKind[tier.kind] ?? 0) + tier.counts.passed;
console.log(`tests by kind: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`npm test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
