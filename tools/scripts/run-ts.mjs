// Runs a TypeScript entry of the API (or a tool) with SWC: decorators with metadata for Nest, and the
// workspace path aliases from apps/api/tsconfig.json. Usage: node tools/scripts/run-ts.mjs FILE [ARGS...]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/scripts/run-ts.mjs FILE [ARGS...]');
  process.exit(2);
}
const child = spawn(
  process.execPath,
  ['--enable-source-maps', '-r', '@swc-node/register', path.resolve(root, file), ...args],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'apps/api/tsconfig.json') },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
