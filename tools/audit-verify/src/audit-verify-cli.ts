// npm run audit:verify -- FILE [--checkpoint EARLIER.json] [--public-key BASE64]
// Verifies a log exported from Impact Review (a venue's History page, "Download the log"), offline.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyLog, type EarlierCheckpoint } from './verify-log';

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error(
    'Usage: npm run audit:verify -- FILE [--checkpoint EARLIER_CHECKPOINT.json] [--public-key BASE64]',
  );
  process.exit(2);
}
const verdict = verifyLog(readJson(file, 'the log'), {
  earlier: values.checkpoint
    ? (readJson(values.checkpoint, 'the checkpoint') as EarlierCheckpoint)
    : undefined,
  trustedPublicKey: values['public-key'],
});
if (verdict.ok) {
  console.log(`OK: ${verdict.size} entries, root ${verdict.root}`);
  if (verdict.redacted > 0)
    console.log(`   ${verdict.redacted} entries hidden from the exporter, checked by their hashes`);
  console.log(`   last signed ${verdict.lastSignedAt ?? 'never (empty log)'} by key ${verdict.publicKey}`);
  process.exit(0);
}
console.error(`FAILED${verdict.position === null ? '' : ` at entry ${verdict.position}`}: ${verdict.reason}`);
process.exit(1);
