// Tamper tests: a 1,000-event log made by the writer (libs/audit), attacked in every way a person
// with write access to the file or the database could, and checked by the independent verifier.
import {
  canonicalJson,
  generateSigningKey,
  LOG_EXPORT_FORMAT,
  nextEntry,
  readSigningKey,
  type LogEntry,
  type LogExport,
} from '@impact-review/audit';
import { verifyLog, type EarlierCheckpoint } from './verify-log';

const ORIGIN = 'impact-review/venue/64b7f0c2a1b2c3d4e5f60718';
const key = readSigningKey(generateSigningKey());

function makeLog(size: number, signingKey = key): { file: LogExport; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  let previous: LogEntry | null = null;
  for (let i = 0; i < size; i += 1) {
    const event = canonicalJson({
      id: `e${i}`,
      kind: i % 2 ? 'submission.version_submitted' : 'venue.changed',
      at: `2030-01-01T00:00:00.000Z`,
      actor: `u${i % 7}`,
      summary: { n: i },
    });
    previous = nextEntry(
      ORIGIN,
      previous,
      event,
      signingKey,
      new Date(Date.UTC(2030, 0, 1, 0, 0, i)).toISOString(),
    );
    entries.push(previous);
  }
  return {
    entries,
    file: {
      format: LOG_EXPORT_FORMAT,
      origin: ORIGIN,
      publicKey: signingKey.publicKey,
      entries: entries.map(({ index, entry, rootAfter, timestamp, signature }) => ({
        index,
        entry,
        rootAfter,
        timestamp,
        signature,
      })),
    },
  };
}

const { file: intact, entries } = makeLog(1000);
type PlainExport = Omit<LogExport, 'entries'> & { entries: Array<Omit<LogEntry, 'frontier' | 'leafHash'>> };
const copy = (): PlainExport => JSON.parse(JSON.stringify(intact)) as PlainExport;
const checkpointAt = (size: number): EarlierCheckpoint => {
  const e = entries[size - 1]!;
  return { origin: ORIGIN, size, root: e.rootAfter, timestamp: e.timestamp, signature: e.signature };
};
const flipByte = (text: string, at: number): string =>
  text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);

const results: string[] = [];
afterAll(() => console.log(`audit verifier on a 1,000-event log:\n  ${results.join('\n  ')}`));

function expectCaught(name: string, file: unknown, position: number | null, options = {}): void {
  const verdict = verifyLog(file, options);
  results.push(
    `${name}: ${verdict.ok ? 'NOT DETECTED' : `detected at ${verdict.position ?? 'file'} (${verdict.reason})`}`,
  );
  expect(verdict).toMatchObject({ ok: false, position });
}

describe('verifyLog', () => {
  test('accepts the intact log and reports its size and root', () => {
    const verdict = verifyLog(intact, { earlier: checkpointAt(600), trustedPublicKey: key.publicKey });
    expect(verdict).toEqual({
      ok: true,
      size: 1000,
      root: entries[999]!.rootAfter,
      lastSignedAt: entries[999]!.timestamp,
      publicKey: key.publicKey,
      redacted: 0,
    });
    results.push('intact: verified');
  });

  test('accepts an empty log', () => {
    expect(verifyLog({ ...copy(), entries: [] })).toMatchObject({ ok: true, size: 0 });
  });

  test.each([0, 1, 499, 500, 999])('a flipped byte in entry %i is caught there', (at) => {
    const file = copy();
    file.entries[at]!.entry = flipByte(file.entries[at]!.entry, 10);
    expectCaught(`byte flipped in entry ${at}`, file, at);
  });

  test('a flipped byte in a signature is caught there', () => {
    const file = copy();
    file.entries[321]!.signature = flipByte(file.entries[321]!.signature, 5);
    expectCaught('byte flipped in the signature of entry 321', file, 321);
  });

  test('a deleted entry is caught where it was', () => {
    const file = copy();
    file.entries.splice(300, 1);
    expectCaught('entry 300 deleted', file, 300);
  });

  test('a deleted entry with the rest renumbered is caught where it was', () => {
    const file = copy();
    file.entries.splice(300, 1);
    file.entries.forEach((e, i) => (e.index = i));
    expectCaught('entry 300 deleted, rest renumbered', file, 300);
  });

  test('two entries swapped are caught at the first', () => {
    const file = copy();
    const [a, b] = [file.entries[200]!, file.entries[201]!];
    file.entries[200] = { ...b, index: 200 };
    file.entries[201] = { ...a, index: 201 };
    expectCaught('entries 200 and 201 swapped', file, 200);
  });

  test('an inserted entry is caught where it went in', () => {
    const file = copy();
    const forged = {
      ...file.entries[699]!,
      index: 700,
      entry: canonicalJson({ id: 'forged', kind: 'tier.overridden' }),
    };
    file.entries.splice(700, 0, forged);
    file.entries.forEach((e, i) => (e.index = i));
    expectCaught('entry inserted at 700', file, 700);
  });

  test('a forged entry with a recomputed tree but no key is caught there', () => {
    const file = copy();
    const attacker = readSigningKey(generateSigningKey());
    const previous = { index: 799, frontier: entries[799]!.frontier };
    const forged = nextEntry(
      ORIGIN,
      previous,
      canonicalJson({ id: 'e800', kind: 'tier.confirmed', summary: { tier: 'exempt' } }),
      attacker,
      entries[800]!.timestamp,
    );
    file.entries[800] = {
      index: 800,
      entry: forged.entry,
      rootAfter: forged.rootAfter,
      timestamp: forged.timestamp,
      signature: forged.signature,
    };
    expectCaught('entry 800 forged (tree recomputed, signed with another key)', file, 800);
  });

  test('a whole log re-signed with another key is refused against the trusted key or an earlier checkpoint', () => {
    const { file: resigned } = makeLog(1000, readSigningKey(generateSigningKey()));
    expect(verifyLog(resigned)).toMatchObject({ ok: true });
    expectCaught('log re-signed with another key (trusted key given)', resigned, null, {
      trustedPublicKey: key.publicKey,
    });
    expectCaught('log re-signed with another key (earlier checkpoint given)', resigned, null, {
      earlier: checkpointAt(500),
    });
  });

  test('truncation is caught against an earlier checkpoint', () => {
    const file = copy();
    file.entries.length = 900;
    expect(verifyLog(file)).toMatchObject({ ok: true, size: 900 });
    expectCaught('last 100 entries cut off (earlier checkpoint at 1,000)', file, 900, {
      earlier: checkpointAt(1000),
    });
  });

  test('a rewritten history is caught against an earlier checkpoint', () => {
    // Rebuilt from entry 100 on with the real key (as a thief of the key could): internally valid, but not the tree signed before.
    const rebuilt = copy();
    let previous: LogEntry = entries[99]!;
    for (let i = 100; i < 1000; i += 1) {
      previous = nextEntry(ORIGIN, previous, canonicalJson({ id: `r${i}` }), key, entries[i]!.timestamp);
      rebuilt.entries[i] = {
        index: i,
        entry: previous.entry,
        rootAfter: previous.rootAfter,
        timestamp: previous.timestamp,
        signature: previous.signature,
      };
    }
    expect(verifyLog(rebuilt)).toMatchObject({ ok: true });
    expectCaught('history rewritten from entry 100 (earlier checkpoint at 600)', rebuilt, 599, {
      earlier: checkpointAt(600),
    });
  });

  test('checks entries shown as hashes only (hidden from the reader), and catches a changed hash', () => {
    const file = copy() as unknown as { entries: Record<string, unknown>[] };
    for (const at of [10, 11, 500]) {
      file.entries[at] = {
        ...file.entries[at],
        entry: undefined,
        redacted: true,
        leafHash: entries[at]!.leafHash,
      };
    }
    expect(verifyLog(file)).toMatchObject({ ok: true, size: 1000, redacted: 3 });
    file.entries[500]!['leafHash'] = Buffer.alloc(32, 1).toString('base64');
    expectCaught('hidden entry 500 with another hash', file, 500);
  });

  test('refuses what is not a log export', () => {
    expect(verifyLog({ hello: 'world' })).toMatchObject({ ok: false, position: null });
    expect(verifyLog({ ...copy(), publicKey: 'AAAA' })).toMatchObject({ ok: false, position: null });
  });
});
