// Appending to a log one entry at a time. Each entry carries what the writer needs for the next
// append (the compact frontier: the roots of the complete subtrees, O(log n) hashes) and a signed
// checkpoint of the tree it completes, so a verifier can name the first position where an exported
// log stops matching what the writer signed.
import { signCheckpoint, type SigningKey } from './checkpoint';
import { leafHash, nodeHash, EMPTY_ROOT, type Hash } from './merkle';

/** The roots of the complete subtrees of a tree of `size` leaves, largest (leftmost) first. */
export type Frontier = Hash[];

export function appendToFrontier(frontier: readonly Hash[], size: number, leaf: Hash): Frontier {
  const next = [...frontier];
  let carry = leaf;
  // Each trailing 1 bit of the old size is a complete subtree that the new leaf completes a level above.
  for (let n = size; n % 2 === 1; n = Math.floor(n / 2)) {
    carry = nodeHash(next.pop() as Hash, carry);
  }
  next.push(carry);
  return next;
}

export function rootOfFrontier(frontier: readonly Hash[]): Hash {
  if (frontier.length === 0) return EMPTY_ROOT;
  let root = frontier[frontier.length - 1] as Hash;
  for (let i = frontier.length - 2; i >= 0; i -= 1) root = nodeHash(frontier[i] as Hash, root);
  return root;
}

/** One entry as stored and exported. */
export interface LogEntry {
  index: number;
  /** The event as canonical JSON: the bytes the leaf hash covers. */
  entry: string;
  /** Base64 leaf hash. */
  leafHash: string;
  /** Base64 root of the tree of the first index + 1 entries. */
  rootAfter: string;
  /** Base64 subtree roots after this entry (for the next append; not needed to verify). */
  frontier: string[];
  timestamp: string;
  /** Base64 Ed25519 signature of the checkpoint (origin, index + 1, rootAfter, timestamp). */
  signature: string;
}

/** The entry that follows `previous` (null for the first) in the log `origin`. */
export function nextEntry(
  origin: string,
  previous: Pick<LogEntry, 'index' | 'frontier'> | null,
  entry: string,
  key: SigningKey,
  timestamp: string,
): LogEntry {
  const index = previous ? previous.index + 1 : 0;
  const leaf = leafHash(entry);
  const frontier = appendToFrontier(
    previous ? previous.frontier.map((h) => Buffer.from(h, 'base64')) : [],
    index,
    leaf,
  );
  const rootAfter = rootOfFrontier(frontier).toString('base64');
  const signed = signCheckpoint({ origin, size: index + 1, root: rootAfter, timestamp }, key);
  return {
    index,
    entry,
    leafHash: leaf.toString('base64'),
    rootAfter,
    frontier: frontier.map((h) => h.toString('base64')),
    timestamp,
    signature: signed.signature,
  };
}

/** The file `npm run audit:verify` reads. */
export interface LogExport {
  format: 'impact-review-audit-log/1';
  origin: string;
  /** Base64 raw Ed25519 public key of the log. */
  publicKey: string;
  entries: ExportedEntry[];
}

/** An entry in an export: its content, or (when the reader may not see it) only its leaf hash. */
export type ExportedEntry =
  | Omit<LogEntry, 'frontier' | 'leafHash'>
  | (Omit<LogEntry, 'frontier' | 'entry'> & { redacted: true });

export const LOG_EXPORT_FORMAT = 'impact-review-audit-log/1';
