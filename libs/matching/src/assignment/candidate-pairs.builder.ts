import type { CandidatePairs } from './assignment.model';

/** A reviewer's bid on a statement, as the bidding form offers it. */
export const BID_LEVELS = ['very-high', 'high', 'neutral', 'low', 'very-low'] as const;
export type BidLevel = (typeof BID_LEVELS)[number];

/** Default bid values in score units: symmetric, so 'neutral' leaves the affinity as it is. */
export const DEFAULT_BID_VALUES: Readonly<Record<BidLevel, number>> = {
  'very-high': 1,
  high: 0.5,
  neutral: 0,
  low: -0.5,
  'very-low': -1,
};

export interface Bid {
  readonly statement: number;
  readonly reviewer: number;
  readonly level: BidLevel;
}

export interface PairScoreWeights {
  readonly affinity: number;
  readonly bid: number;
  readonly bidValues?: Readonly<Record<BidLevel, number>>;
}

export const DEFAULT_PAIR_SCORE_WEIGHTS: PairScoreWeights = { affinity: 1, bid: 0.25 };

/**
 * Candidate pairs scored as weights.affinity * affinity + weights.bid * bidValue. A positive
 * bid on a pair outside the affinity top K adds that pair (affinity 0): a reviewer who asks
 * for a statement can get it. Negative bids outside the top K add nothing.
 */
export function scoreCandidatePairs(
  affinity: CandidatePairs,
  bids: readonly Bid[],
  reviewerCount: number,
  weights: PairScoreWeights = DEFAULT_PAIR_SCORE_WEIGHTS,
): CandidatePairs {
  const values = weights.bidValues ?? DEFAULT_BID_VALUES;
  const key = (statement: number, reviewer: number): number => statement * reviewerCount + reviewer;
  const bidOf = new Map<number, number>();
  for (const bid of bids) bidOf.set(key(bid.statement, bid.reviewer), values[bid.level]);
  const statement: number[] = [];
  const reviewer: number[] = [];
  const score: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < affinity.statement.length; i++) {
    const k = key(affinity.statement[i], affinity.reviewer[i]);
    if (seen.has(k)) continue;
    seen.add(k);
    statement.push(affinity.statement[i]);
    reviewer.push(affinity.reviewer[i]);
    score.push(weights.affinity * affinity.score[i] + weights.bid * (bidOf.get(k) ?? 0));
  }
  for (const bid of bids) {
    const k = key(bid.statement, bid.reviewer);
    if (seen.has(k) || values[bid.level] <= 0) continue;
    seen.add(k);
    statement.push(bid.statement);
    reviewer.push(bid.reviewer);
    score.push(weights.bid * values[bid.level]);
  }
  return {
    statement: Int32Array.from(statement),
    reviewer: Int32Array.from(reviewer),
    score: Float64Array.from(score),
  };
}
