// A checkpoint commits to the whole log at one size: origin (which log), tree size, root hash and
// time, as text lines (after the C2SP checkpoint note body), signed with Ed25519. Whoever keeps a
// checkpoint can later demand a consistency proof: a log that was truncated or rewritten cannot give one.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

export interface Checkpoint {
  /** The log: e.g. "impact-review/venue/<id>". */
  origin: string;
  size: number;
  /** Base64 of the 32-byte root hash. */
  root: string;
  /** ISO 8601 time of signing. */
  timestamp: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 Ed25519 signature over `checkpointBody(checkpoint)`. */
  signature: string;
  /** Base64 of the raw 32-byte Ed25519 public key that signed it. */
  publicKey: string;
}

export function checkpointBody(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.root}\n${checkpoint.timestamp}\n`;
}

export interface SigningKey {
  privateKey: KeyObject;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
}

/** A fresh Ed25519 key, as base64 PKCS#8 DER (what AUDIT_SIGNING_KEY holds). */
export function generateSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}

/** Reads a base64 PKCS#8 DER Ed25519 private key; throws a readable error for anything else. */
export function readSigningKey(base64Pkcs8: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: Buffer.from(base64Pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new Error('The audit signing key is not a base64 PKCS#8 private key.');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('The audit signing key must be an Ed25519 key.');
  return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

function rawPublicKey(key: KeyObject): string {
  // The SPKI DER of an Ed25519 key is a fixed 12-byte prefix and the 32 raw bytes.
  return key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
}

export function publicKeyFromRaw(rawBase64: string): KeyObject {
  const raw = Buffer.from(rawBase64, 'base64');
  if (raw.length !== 32) throw new Error('An Ed25519 public key has 32 bytes.');
  const prefix = Buffer.from('302a300506032b6570032100', 'hex');
  return createPublicKey({ key: Buffer.concat([prefix, raw]), format: 'der', type: 'spki' });
}

export function signCheckpoint(checkpoint: Checkpoint, key: SigningKey): SignedCheckpoint {
  const signature = sign(null, Buffer.from(checkpointBody(checkpoint)), key.privateKey).toString('base64');
  return { ...checkpoint, signature, publicKey: key.publicKey };
}

/** True when the signature is the named key's over exactly this checkpoint. */
export function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  trustedPublicKey: string = checkpoint.publicKey,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(checkpointBody(checkpoint)),
      publicKeyFromRaw(trustedPublicKey),
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
