// Runs a TypeScript command-line entry (the matching CLIs) as one esbuild bundle cached under
// tmp/bundled: starting `npm run match` costs a file check instead of tsx compiling every module
// (about 0.1 s instead of 0.5 s, which matters next to a one-second solve). The bundle is rebuilt
// when any of its input files changed. `--worker W` (before FILE, repeatable) also bundles a worker
// thread's entry; the command finds the bundles' paths in BUNDLED_WORKERS (JSON, by file name
// without extension, e.g. "score-rows.worker").
// Usage: node tools/scripts/run-bundled.mjs [--worker W ...] FILE [ARGS...]
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const workerFiles = [];
while (argv[0] === '--worker' && argv[1]) workerFiles.push(argv.splice(0, 2)[1]);
const [file, ...args] = argv;
if (!file) {
  console.error('usage: node tools/scripts/run-bundled.mjs [--worker FILE ...] FILE [ARGS...]');
  process.exit(2);
}
const cacheDir = path.join(root, 'tmp/bundled');

/** Each input's size and modification time, as recorded when the bundle was built. */
function fingerprint(inputs) {
  return inputs.map((input) => {
    const stat = statSync(path.resolve(root, input), { throwIfNoEntry: false });
    return stat ? `${input}:${stat.size}:${stat.mtimeMs}` : `${input}:missing`;
  });
}

/** The cached bundle of `source`, rebuilt when it is missing or any of its inputs changed. */
async function bundled(source) {
  const entry = path.resolve(root, source);
  const name = path.relative(root, entry).replace(/[^A-Za-z0-9]+/g, '-');
  const bundle = path.join(cacheDir, `${name}.mjs`);
  const manifest = path.join(cacheDir, `${name}.inputs.json`);
  if (existsSync(bundle) && existsSync(manifest)) {
    const recorded = JSON.parse(readFileSync(manifest, 'utf8'));
    const now = fingerprint(recorded.map((line) => line.slice(0, line.indexOf(':'))));
    if (now.length === recorded.length && now.every((line, i) => line === recorded[i]))
      return { entry, bundle };
  }
  const { build } = await import('esbuild');
  // Written under a private name and renamed: two commands starting at once never run half a file.
  const partial = `${bundle}.${process.pid}.partial.mjs`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'inline',
    outfile: partial,
    absWorkingDir: root,
    metafile: true,
    logLevel: 'error',
  });
  mkdirSync(cacheDir, { recursive: true });
  renameSync(partial, bundle);
  writeFileSync(
    `${manifest}.${process.pid}`,
    JSON.stringify(fingerprint(Object.keys(result.metafile.inputs))),
  );
  renameSync(`${manifest}.${process.pid}`, manifest);
  return { entry, bundle };
}

const workers = {};
for (const workerFile of workerFiles)
  workers[path.basename(workerFile).replace(/\.[cm]?[jt]s$/, '')] = (await bundled(workerFile)).bundle;
process.env.BUNDLED_WORKERS = JSON.stringify(workers);
const { entry, bundle } = await bundled(file);
process.argv = [process.argv[0], entry, ...args];
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
