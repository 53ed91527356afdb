import {
  consistencyProof,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle';

const hex = (b: Buffer): string => b.toString('hex');
const h = (s: string): Buffer => Buffer.from(s, 'hex');

// The Certificate Transparency reference leaves and tree heads (RFC 6962 test vectors).
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((x) => leafHash(h(x)));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('tree heads', () => {
  test('the empty tree is SHA-256 of nothing', () => expect(hex(EMPTY_ROOT)).toBe(ROOTS[0]));
  test.each(ROOTS.map((root, size) => [size, root]))('size %i matches the reference', (size, root) => {
    expect(hex(rootOf(LEAVES.slice(0, Number(size))))).toBe(root);
  });
});

describe('inclusion proofs', () => {
  test.each([
    [
      0,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
      ],
    ],
    [
      5,
      8,
      [
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      ],
    ],
    [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  ])('leaf %i of %i matches the reference', (index, size, expected) => {
    const proof = inclusionProof(index, LEAVES, size);
    expect(proof.map(hex)).toEqual(expected);
    expect(verifyInclusion(index, size, LEAVES[index]!, proof, h(ROOTS[size]!))).toBe(true);
  });

  test('every leaf of every tree up to 40 verifies, and a wrong leaf, index or root does not', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => leafHash(`entry ${i}`));
    for (let size = 1; size <= leaves.length; size += 1) {
      const root = rootOf(leaves.slice(0, size));
      for (let index = 0; index < size; index += 1) {
        const proof = inclusionProof(index, leaves, size);
        expect(verifyInclusion(index, size, leaves[index]!, proof, root)).toBe(true);
        expect(verifyInclusion(index, size, leafHash('forged'), proof, root)).toBe(false);
        if (size > 1)
          expect(verifyInclusion((index + 1) % size, size, leaves[index]!, proof, root)).toBe(false);
        const otherRoot = rootOf([...leaves.slice(0, size), leafHash('one more')]);
        expect(verifyInclusion(index, size, leaves[index]!, proof, otherRoot)).toBe(false);
      }
    }
  });

  test('refuses a leaf outside the tree', () => {
    expect(() => inclusionProof(3, LEAVES, 3)).toThrow(RangeError);
    expect(verifyInclusion(3, 3, LEAVES[0]!, [], h(ROOTS[3]!))).toBe(false);
  });
});

describe('consistency proofs', () => {
  test.each([
    [1, 1, []],
    [
      1,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
      ],
    ],
    [
      6,
      8,
      [
        '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      ],
    ],
    [
      2,
      5,
      [
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      ],
    ],
  ])('from %i to %i matches the reference', (oldSize, newSize, expected) => {
    const proof = consistencyProof(oldSize, LEAVES, newSize);
    expect(proof.map(hex)).toEqual(expected);
    expect(verifyConsistency(oldSize, newSize, h(ROOTS[oldSize]!), h(ROOTS[newSize]!), proof)).toBe(true);
  });

  test('every pair of sizes up to 33 verifies, and a rewritten old tree does not', () => {
    const leaves = Array.from({ length: 33 }, (_, i) => leafHash(`entry ${i}`));
    for (let n = 1; n <= leaves.length; n += 1) {
      const newRoot = rootOf(leaves.slice(0, n));
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyProof(m, leaves, n);
        const oldRoot = rootOf(leaves.slice(0, m));
        expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
        const rewritten = rootOf([leafHash('rewritten'), ...leaves.slice(1, m)]);
        expect(verifyConsistency(m, n, rewritten, newRoot, proof)).toBe(false);
      }
    }
  });
});
