import { IdInterner } from './id-interner';

describe('IdInterner', () => {
  it('numbers ids in order of first appearance, from whole strings and from ranges of a text', () => {
    const ids = new IdInterner();
    const text = 'p1,r7,0.5\np2,r7,0.25\n';
    expect(ids.internRange(text, 3, 5)).toBe(0);
    expect(ids.intern('p1')).toBe(1);
    expect(ids.internRange(text, 13, 15)).toBe(0);
    expect(ids.intern('r7')).toBe(0);
    expect(ids.internRange(text, 0, 2)).toBe(1);
    expect(ids.ids).toEqual(['r7', 'p1']);
    expect(ids.size).toBe(2);
  });

  it('tells apart ids that share a prefix, a length or a hash bucket, across many rehashes', () => {
    const ids = new IdInterner();
    const reference = new Map<string, number>();
    const names: string[] = [];
    for (let i = 0; i < 20_000; i++) names.push(`~${i % 7 === 0 ? 'reviewer' : 'r'}${i}`, `${i}`, `${i}0`);
    names.push('', ' ', 'é', 'e\u0301');
    const got: number[] = [];
    const expected: number[] = [];
    for (const name of [...names, ...names.reverse()]) {
      if (!reference.has(name)) reference.set(name, reference.size);
      expected.push(reference.get(name) ?? -1);
      const padded = `,${name},`;
      got.push(ids.internRange(padded, 1, padded.length - 1));
    }
    expect(got).toEqual(expected);
    expect(ids.ids).toEqual([...reference.keys()]);
  });
});
