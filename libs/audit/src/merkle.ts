// The Merkle tree of Certificate Transparency (RFC 9162, section 2.1): leaf hash SHA-256(0x00 ||
// entry), node hash SHA-256(0x01 || left || right), the tree head of n leaves split at the largest
// power of two below n, and the inclusion and consistency proofs with their verification
// algorithms (sections 2.1.3.2 and 2.1.4.2).
import { createHash } from 'node:crypto';

export type Hash = Buffer;

export function leafHash(entry: Uint8Array | string): Hash {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(entry)
    .digest();
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest();
}

export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** The largest power of two strictly smaller than n (n >= 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes. */
export function rootOf(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  // Bottom-up with the same shape as the recursive definition: pair neighbours, carry a lone last node.
  let level: Hash[] = [...leaves];
  while (level.length > 1) {
    const next: Hash[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Hash;
      const right = level[i + 1];
      next.push(right ? nodeHash(left, right) : left);
    }
    level = next;
  }
  return level[0] as Hash;
}

/** PATH(m, D[n]): the inclusion proof of leaf `index` in the tree of the first `size` leaves. */
export function inclusionProof(index: number, leaves: readonly Hash[], size = leaves.length): Hash[] {
  if (!Number.isInteger(index) || index < 0 || index >= size || size > leaves.length) {
    throw new RangeError(`No leaf ${index} in a tree of ${size}.`);
  }
  return path(index, leaves.slice(0, size));
}

function path(m: number, d: readonly Hash[]): Hash[] {
  const n = d.length;
  if (n <= 1) return [];
  const k = split(n);
  return m < k
    ? [...path(m, d.slice(0, k)), rootOf(d.slice(k))]
    : [...path(m - k, d.slice(k)), rootOf(d.slice(0, k))];
}

/** PROOF(m, D[n]): the consistency proof between the trees of the first m and the first n leaves. */
export function consistencyProof(oldSize: number, leaves: readonly Hash[], newSize = leaves.length): Hash[] {
  if (!Number.isInteger(oldSize) || oldSize < 0 || oldSize > newSize || newSize > leaves.length) {
    throw new RangeError(`No consistency proof from ${oldSize} to ${newSize}.`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  return subproof(oldSize, leaves.slice(0, newSize), true);
}

function subproof(m: number, d: readonly Hash[], complete: boolean): Hash[] {
  const n = d.length;
  if (m === n) return complete ? [] : [rootOf(d)];
  const k = split(n);
  return m <= k
    ? [...subproof(m, d.slice(0, k), complete), rootOf(d.slice(k))]
    : [...subproof(m - k, d.slice(k), false), rootOf(d.slice(0, k))];
}

/** RFC 9162 2.1.3.2: does `proof` show leaf `index` with hash `leaf` in the tree of `size` with `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 2.1.4.2: does `proof` show the tree of `oldSize` (`oldRoot`) is a prefix of `newSize` (`newRoot`)? */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Hash,
  newRoot: Hash,
  proof: readonly Hash[],
): boolean {
  if (!Number.isInteger(oldSize) || !Number.isInteger(newSize) || oldSize < 0 || oldSize > newSize)
    return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0] as Hash;
  let sr = path[0] as Hash;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
