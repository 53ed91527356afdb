import { mulberry32 } from '../assignment/assignment.solver';
import { type MatchingProblem, type PairRef, type ReviewerCapacity } from '../assignment/assignment.model';

export interface RandomInstanceShape {
  readonly statements: number;
  readonly reviewers: number;
  readonly candidateProbability: number;
  readonly conflictProbability: number;
  readonly institutions: number;
  readonly maxDemand: number;
  readonly maxLoad: number;
  readonly withCommunity: boolean;
  readonly withMinLoads: boolean;
  readonly fixedPairs: number;
}

/** Random instances with every constraint kind switched on, for property and brute-force tests. */
export function randomInstance(seed: number, shape: RandomInstanceShape): MatchingProblem {
  const random = mulberry32(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const reviewers: ReviewerCapacity[] = [];
  for (let r = 0; r < shape.reviewers; r++) {
    const kind = shape.withCommunity && random() < 0.35 ? 'community' : 'expert';
    const institution =
      shape.institutions > 0 && random() < 0.85 ? `inst-${pick(shape.institutions)}` : undefined;
    const maxLoad = 1 + pick(shape.maxLoad);
    const minLoad = shape.withMinLoads && random() < 0.3 ? pick(Math.min(2, maxLoad) + 1) : undefined;
    reviewers.push({
      id: `rev-${r}`,
      kind,
      maxLoad,
      ...(minLoad !== undefined ? { minLoad } : {}),
      ...(institution !== undefined ? { institutionId: institution } : {}),
    });
  }
  const statements = Array.from({ length: shape.statements }, (_, s) => ({
    id: `stmt-${s}`,
    demand: {
      expert: pick(shape.maxDemand + 1),
      community: shape.withCommunity ? pick(2) : 0,
    },
  }));
  const cs: number[] = [];
  const cr: number[] = [];
  const sc: number[] = [];
  const fs: number[] = [];
  const fr: number[] = [];
  for (let s = 0; s < shape.statements; s++) {
    for (let r = 0; r < shape.reviewers; r++) {
      if (random() >= shape.candidateProbability) continue;
      cs.push(s);
      cr.push(r);
      sc.push(random());
      if (random() < shape.conflictProbability) {
        fs.push(s);
        fr.push(r);
      }
    }
  }
  const forced: PairRef[] = [];
  const kept: PairRef[] = [];
  for (let f = 0; f < shape.fixedPairs && cs.length > 0; f++) {
    const i = pick(cs.length);
    (random() < 0.5 ? forced : kept).push({ statement: cs[i], reviewer: cr[i] });
  }
  return {
    statements,
    reviewers,
    candidates: {
      statement: Int32Array.from(cs),
      reviewer: Int32Array.from(cr),
      score: Float64Array.from(sc),
    },
    forbidden: { statement: Int32Array.from(fs), reviewer: Int32Array.from(fr) },
    forced,
    kept,
    institutionRule: shape.institutions > 0,
  };
}
