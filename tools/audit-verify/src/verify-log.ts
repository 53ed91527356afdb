// Offline verification of an exported Impact Review log, written apart from the writer on purpose:
// it shares no code with libs/audit (its own RFC 9162 hashing, its own frontier, node:crypto's
// Ed25519), so a bug in the writer cannot also hide itself here.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

export interface EarlierCheckpoint {
  origin: string;
  size: number;
  root: string;
  timestamp: string;
  signature: string;
}

export type Verdict =
  | { ok: true; size: number; root: string; lastSignedAt: string | null; publicKey: string; redacted: number }
  | { ok: false; position: number | null; reason: string };

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const EMPTY_ROOT = createHash('sha256').digest();

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function publicKeyOf(raw: string): KeyObject | null {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) return null;
  try {
    return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, bytes]), format: 'der', type: 'spki' });
  } catch {
    return null;
  }
}

function signatureHolds(
  key: KeyObject,
  origin: string,
  size: number,
  root: string,
  timestamp: string,
  signature: string,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(`${origin}\n${size}\n${root}\n${timestamp}\n`),
      key,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** Root of the tree whose complete subtrees (left to right) are `stack`. */
function rootOfStack(stack: readonly Buffer[]): Buffer {
  if (stack.length === 0) return EMPTY_ROOT;
  let root = stack[stack.length - 1] as Buffer;
  for (let i = stack.length - 2; i >= 0; i -= 1) root = sha256(Buffer.from([1]), stack[i] as Buffer, root);
  return root;
}

function fail(position: number | null, reason: string): Verdict {
  return { ok: false, position, reason };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks every entry in order: its position, that the tree it completes is the one the log signed
 * at that size, and the signature. The first entry that fails is named. With an earlier checkpoint
 * (kept from before), also that the log still contains the tree that checkpoint signed: a
 * truncated or rewritten log cannot.
 */
export function verifyLog(
  file: unknown,
  options: { earlier?: EarlierCheckpoint; trustedPublicKey?: string } = {},
): Verdict {
  if (!isObject(file) || file['format'] !== 'impact-review-audit-log/1') {
    return fail(null, 'This is not an Impact Review log export (format impact-review-audit-log/1).');
  }
  const origin = file['origin'];
  const publicKeyText = file['publicKey'];
  const entries = file['entries'];
  if (typeof origin !== 'string' || typeof publicKeyText !== 'string' || !Array.isArray(entries)) {
    return fail(null, 'The export lacks its origin, public key or entries.');
  }
  if (options.trustedPublicKey && options.trustedPublicKey !== publicKeyText) {
    return fail(null, 'The log is signed with another key than the one you trust.');
  }
  const key = publicKeyOf(publicKeyText);
  if (!key) return fail(null, 'The public key of the export is not an Ed25519 key.');

  const stack: Buffer[] = [];
  const rootsAt = new Map<number, string>();
  let lastSignedAt: string | null = null;
  let redactedCount = 0;
  for (let position = 0; position < entries.length; position += 1) {
    const item: unknown = entries[position];
    if (!isObject(item)) return fail(position, 'The entry is not an object.');
    const { index, entry, rootAfter, timestamp, signature, redacted, leafHash } = item;
    if (index !== position) {
      return fail(
        position,
        `Expected entry ${position} here, found entry ${String(index)}: entries were deleted, inserted or reordered.`,
      );
    }
    if (typeof rootAfter !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string') {
      return fail(position, 'The entry lacks its root, time or signature.');
    }
    // An entry the exporter may not show comes as its leaf hash only: the tree still checks.
    const leaf =
      redacted === true && typeof leafHash === 'string' && Buffer.from(leafHash, 'base64').length === 32
        ? Buffer.from(leafHash, 'base64')
        : typeof entry === 'string'
          ? sha256(Buffer.from([0]), Buffer.from(entry, 'utf8'))
          : null;
    if (!leaf) return fail(position, 'The entry lacks its content.');
    let carry = leaf;
    for (let n = position; n % 2 === 1; n = Math.floor(n / 2))
      carry = sha256(Buffer.from([1]), stack.pop() as Buffer, carry);
    stack.push(carry);
    const root = rootOfStack(stack).toString('base64');
    if (root !== rootAfter) {
      return fail(
        position,
        'The log up to this entry is not the one that was signed: this entry (or one before it) was changed, or an entry was inserted or removed.',
      );
    }
    if (!signatureHolds(key, origin, position + 1, rootAfter, timestamp, signature)) {
      return fail(position, "The entry's signature does not verify: it was forged or altered.");
    }
    if (typeof entry === 'string') {
      try {
        JSON.parse(entry);
      } catch {
        return fail(position, 'The entry is not JSON.');
      }
    }
    if (typeof entry !== 'string') redactedCount += 1;
    rootsAt.set(position + 1, root);
    lastSignedAt = timestamp;
  }
  const size = entries.length;
  const root = rootOfStack(stack).toString('base64');

  const earlier = options.earlier;
  if (earlier) {
    if (earlier.origin !== origin)
      return fail(null, `The earlier checkpoint is of another log (${earlier.origin}).`);
    if (
      !signatureHolds(key, earlier.origin, earlier.size, earlier.root, earlier.timestamp, earlier.signature)
    ) {
      return fail(null, "The earlier checkpoint's signature does not verify with this log's key.");
    }
    if (earlier.size > size) {
      return fail(
        size,
        `The log was truncated: an earlier checkpoint covers ${earlier.size} entries, the file has ${size}.`,
      );
    }
    const then = earlier.size === 0 ? EMPTY_ROOT.toString('base64') : rootsAt.get(earlier.size);
    if (then !== earlier.root) {
      return fail(
        Math.max(0, earlier.size - 1),
        `The first ${earlier.size} entries differ from what an earlier checkpoint signed: history was rewritten.`,
      );
    }
  }
  return { ok: true, size, root, lastSignedAt, publicKey: publicKeyText, redacted: redactedCount };
}
