import { generateSigningKey, readSigningKey, verifyCheckpoint } from './checkpoint';
import { leafHash, rootOf } from './merkle';
import { appendToFrontier, nextEntry, rootOfFrontier, type LogEntry } from './log-writer';

describe('the frontier', () => {
  test('gives the same root as the full tree, for every size up to 100', () => {
    const leaves = Array.from({ length: 100 }, (_, i) => leafHash(`e${i}`));
    let frontier: Buffer[] = [];
    for (let size = 0; size < leaves.length; size += 1) {
      frontier = appendToFrontier(frontier, size, leaves[size]!);
      expect(rootOfFrontier(frontier).equals(rootOf(leaves.slice(0, size + 1)))).toBe(true);
      // One hash per 1 bit of the size.
      expect(frontier).toHaveLength((size + 1).toString(2).replace(/0/g, '').length);
    }
  });
});

describe('nextEntry', () => {
  test('chains entries whose signed checkpoints verify', () => {
    const key = readSigningKey(generateSigningKey());
    let previous: LogEntry | null = null;
    const leaves: Buffer[] = [];
    for (let i = 0; i < 10; i += 1) {
      const entry = JSON.stringify({ n: i });
      const made: LogEntry = nextEntry('log/x', previous, entry, key, `2030-01-01T00:00:0${i}.000Z`);
      leaves.push(leafHash(entry));
      expect(made.index).toBe(i);
      expect(made.rootAfter).toBe(rootOf(leaves).toString('base64'));
      expect(
        verifyCheckpoint({
          origin: 'log/x',
          size: i + 1,
          root: made.rootAfter,
          timestamp: made.timestamp,
          signature: made.signature,
          publicKey: key.publicKey,
        }),
      ).toBe(true);
      previous = made;
    }
  });
});
