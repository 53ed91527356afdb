import { scoreCandidatePairs, type Bid, type BidLevel } from './candidate-pairs.builder';

const affinity = {
  statement: Int32Array.from([0, 0, 1]),
  reviewer: Int32Array.from([0, 1, 0]),
  score: Float64Array.from([0.8, 0.4, 0.6]),
};

describe('scoreCandidatePairs', () => {
  it.each<[BidLevel, number]>([
    ['very-high', 0.8 + 0.25],
    ['high', 0.8 + 0.125],
    ['neutral', 0.8],
    ['low', 0.8 - 0.125],
    ['very-low', 0.8 - 0.25],
  ])('a %s bid moves the affinity to %p', (level, expected) => {
    const pairs = scoreCandidatePairs(affinity, [{ statement: 0, reviewer: 0, level }], 3);
    expect(pairs.score[0]).toBeCloseTo(expected, 12);
    expect(pairs.score[1]).toBeCloseTo(0.4, 12);
  });

  it('adds positive bids outside the top K and ignores negative ones there', () => {
    const bids: Bid[] = [
      { statement: 1, reviewer: 2, level: 'very-high' },
      { statement: 1, reviewer: 1, level: 'very-low' },
    ];
    const pairs = scoreCandidatePairs(affinity, bids, 3, { affinity: 1, bid: 0.5 });
    const rows = [...pairs.statement].map((s, i) => [s, pairs.reviewer[i], pairs.score[i]]);
    expect(rows).toEqual([
      [0, 0, 0.8],
      [0, 1, 0.4],
      [1, 0, 0.6],
      [1, 2, 0.5],
    ]);
  });
});
