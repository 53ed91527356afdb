import { canonicalJson } from './canonical-json';
import { generateSigningKey, readSigningKey, signCheckpoint, verifyCheckpoint } from './checkpoint';

describe('checkpoints', () => {
  const key = readSigningKey(generateSigningKey());
  const checkpoint = {
    origin: 'impact-review/venue/v1',
    size: 12,
    root: Buffer.alloc(32, 7).toString('base64'),
    timestamp: '2030-01-01T00:00:00.000Z',
  };

  test('a signed checkpoint verifies with its key', () => {
    const signed = signCheckpoint(checkpoint, key);
    expect(Buffer.from(signed.publicKey, 'base64')).toHaveLength(32);
    expect(verifyCheckpoint(signed)).toBe(true);
    expect(verifyCheckpoint(signed, key.publicKey)).toBe(true);
  });

  test.each([
    ['a changed size', { size: 13 }],
    ['a changed root', { root: Buffer.alloc(32, 8).toString('base64') }],
    ['another log', { origin: 'impact-review/venue/v2' }],
    ['another time', { timestamp: '2030-01-01T00:00:01.000Z' }],
  ])('refuses %s', (_name, change) => {
    expect(verifyCheckpoint({ ...signCheckpoint(checkpoint, key), ...change })).toBe(false);
  });

  test('refuses a checkpoint signed by another key when a key is trusted', () => {
    const other = readSigningKey(generateSigningKey());
    expect(verifyCheckpoint(signCheckpoint(checkpoint, other), key.publicKey)).toBe(false);
  });

  test('refuses a key that is not Ed25519 PKCS#8', () => {
    expect(() => readSigningKey('bm90IGEga2V5')).toThrow('not a base64 PKCS#8');
  });
});

describe('canonicalJson', () => {
  test.each([
    [
      { b: 1, a: [true, null, 'x'], c: { z: 'é', y: undefined } },
      '{"a":[true,null,"x"],"b":1,"c":{"z":"é"}}',
    ],
    [[], '[]'],
    ['line\nbreak', '"line\\nbreak"'],
  ])('%p', (value, expected) => expect(canonicalJson(value)).toBe(expected));

  test.each([[1.5], [Number.NaN], [new Date(0)]])('refuses %p', (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });
});
