import { mulberry32 } from '../assignment/assignment.solver';
import { Bm25Index, Bm25IndexBuilder } from './bm25.affinity';

const DOCUMENTS = [
  ['voic', 'clone', 'speech', 'speech'],
  ['graph', 'neural', 'network', 'molecul'],
  ['speech', 'synthesi', 'speaker', 'adapt', 'speech', 'speech', 'speech'],
  [],
  ['audio', 'deepfak', 'detect', 'voic'],
  ['graph', 'graph', 'chemistri'],
];

function scoresOf(index: Bm25Index, tokens: string[]): number[] {
  const accumulator = new Float64Array(index.documentCount);
  const touched = new Int32Array(index.documentCount);
  const count = index.accumulate(index.prepareQuery(tokens), accumulator, touched);
  // Every touched document listed once, and only those.
  const listed = Array.from(touched.subarray(0, count)).sort((a, b) => a - b);
  expect(listed).toEqual([...new Set(listed)]);
  expect(listed).toEqual([...accumulator.keys()].filter((d) => accumulator[d] > 0));
  return [...accumulator];
}

describe('Bm25Index', () => {
  it.each([
    ['one rare term', ['chemistri']],
    ['a common and a rare term', ['speech', 'voic']],
    ['repeated query term', ['graph', 'graph', 'molecul']],
    ['unknown terms drop out', ['quantum', 'voic']],
    ['only unknown terms', ['quantum']],
    ['empty query', []],
  ])('%s: scores in [0, 1], the same from strings and from term ids', (_label, query) => {
    const fromStrings = Bm25Index.build(DOCUMENTS);
    const vocabulary = new Map<string, number>();
    const builder = new Bm25IndexBuilder();
    for (const document of DOCUMENTS) {
      builder.addDocument(
        document.map((term) => {
          if (!vocabulary.has(term)) vocabulary.set(term, vocabulary.size);
          return vocabulary.get(term)!;
        }),
      );
    }
    const fromIds = builder.build([...vocabulary.keys()]);
    const scores = scoresOf(fromStrings, query);
    expect(scoresOf(fromIds, query)).toEqual(scores);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    const ids = query.filter((t) => vocabulary.has(t)).map((t) => vocabulary.get(t)!);
    expect(fromIds.prepareTermIdQuery(ids)).toEqual(fromStrings.prepareQuery(query));
  });

  it('keeps the heaviest query terms, rare and repeated first, ties by term id', () => {
    const index = Bm25Index.build(DOCUMENTS);
    const query = index.prepareQuery(['speech', 'graph', 'chemistri', 'molecul', 'speech'], 3);
    const id = (term: string): number => [...new Set(DOCUMENTS.flat())].indexOf(term);
    // speech (2 documents) is repeated: (1 + ln 2) idf beats the single-document terms; chemistri
    // and molecul tie (1 document each) and the lower id, molecul, goes first.
    expect(Array.from(query.termIds)).toEqual([id('speech'), id('molecul'), id('chemistri')]);
    expect([...query.weights]).toEqual([...query.weights].sort((a, b) => b - a));
  });

  it('a document made of the query terms, saturated, approaches the ceiling', () => {
    const random = mulberry32(1);
    const documents = Array.from({ length: 50 }, () =>
      Array.from({ length: 10 }, () => `w${Math.floor(random() * 200)}`),
    );
    documents.push(Array.from({ length: 200 }, () => 'target'));
    const index = Bm25Index.build(documents);
    const scores = scoresOf(index, ['target']);
    expect(scores[50]).toBeGreaterThan(0.9);
    expect(scores[50]).toBeLessThanOrEqual(1);
  });

  it('a builder builds once', () => {
    const builder = new Bm25IndexBuilder();
    builder.addDocument([0, 1, 0]);
    expect(builder.build(['a', 'b']).postingCount).toBe(2);
    expect(() => builder.build(['a', 'b'])).toThrow(/once/);
    expect(() => builder.addDocument([1])).toThrow(/after build/);
  });
});
