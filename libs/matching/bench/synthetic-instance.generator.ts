import { mulberry32 } from '../src/assignment/assignment.solver';
import type { MatchingProblem, ReviewerCapacity, StatementDemand } from '../src/assignment/assignment.model';

export interface SyntheticInstanceSpec {
  readonly statements: number;
  readonly reviewers: number;
  readonly candidatesPerStatement: number;
  readonly reviewersPerStatement: number;
  /** Of those, how many must be community reviewers (the rest experts). */
  readonly communityPerStatement: number;
  readonly maxLoad: number;
  readonly conflictsPerStatement: number;
  /** Topic clusters: most candidates of a statement come from its cluster and score higher. */
  readonly clusters: number;
  /** Institutions for the one-per-institution rule; 0 leaves the rule out (as openreview-matcher has none). */
  readonly institutions: number;
  readonly seed: number;
}

export const DEFAULT_SYNTHETIC_SPEC: SyntheticInstanceSpec = {
  statements: 20_000,
  reviewers: 15_000,
  candidatesPerStatement: 100,
  reviewersPerStatement: 3,
  communityPerStatement: 0,
  maxLoad: 6,
  conflictsPerStatement: 5,
  clusters: 50,
  institutions: 0,
  seed: 42,
};

/**
 * A seeded instance shaped like a large venue: reviewers and statements fall in topic
 * clusters; 70% of a statement's candidates come from its own cluster with higher scores, so
 * the popular reviewers are contested. Conflicts hit the statement's own candidates.
 */
export function generateSyntheticInstance(spec: SyntheticInstanceSpec): MatchingProblem {
  const random = mulberry32(spec.seed);
  const { statements: P, reviewers: R, clusters } = spec;
  const k = Math.min(spec.candidatesPerStatement, R);
  const reviewerCluster = new Int32Array(R);
  const clusterMembers: number[][] = Array.from({ length: clusters }, () => []);
  for (let r = 0; r < R; r++) {
    reviewerCluster[r] = Math.floor(random() * clusters);
    clusterMembers[reviewerCluster[r]].push(r);
  }
  const statementIds: StatementDemand[] = [];
  for (let p = 0; p < P; p++) {
    const community = Math.min(spec.communityPerStatement, spec.reviewersPerStatement);
    statementIds.push({ id: `s${p}`, demand: { expert: spec.reviewersPerStatement - community, community } });
  }
  // Community reviewers in proportion to the community share of the demand.
  const communityShare = spec.communityPerStatement / Math.max(1, spec.reviewersPerStatement);
  const reviewers: ReviewerCapacity[] = [];
  for (let r = 0; r < R; r++) {
    reviewers.push({
      id: `r${r}`,
      kind: communityShare > 0 && random() < communityShare ? 'community' : 'expert',
      ...(spec.institutions > 0 ? { institutionId: `i${Math.floor(random() * spec.institutions)}` } : {}),
    });
  }

  const statementColumn = new Int32Array(P * k);
  const reviewerColumn = new Int32Array(P * k);
  const scoreColumn = new Float64Array(P * k);
  const conflictsPer = Math.min(spec.conflictsPerStatement, k);
  const forbiddenStatement = new Int32Array(P * conflictsPer);
  const forbiddenReviewer = new Int32Array(P * conflictsPer);
  const taken = new Int32Array(R).fill(-1);
  let n = 0;
  for (let p = 0; p < P; p++) {
    const members = clusterMembers[Math.floor(random() * clusters)];
    const fromCluster = Math.min(members.length, Math.round(k * 0.7));
    const start = n;
    for (let attempts = 0; n - start < k && attempts < 20 * k; attempts++) {
      const own = n - start < fromCluster;
      const r = own ? members[Math.floor(random() * members.length)] : Math.floor(random() * R);
      if (taken[r] === p) continue;
      taken[r] = p;
      const u = random();
      statementColumn[n] = p;
      reviewerColumn[n] = r;
      scoreColumn[n] = own ? 0.4 + 0.6 * u * Math.sqrt(random()) : 0.5 * u * random();
      n++;
    }
    for (let c = 0; c < conflictsPer; c++) {
      forbiddenStatement[p * conflictsPer + c] = p;
      forbiddenReviewer[p * conflictsPer + c] = reviewerColumn[start + Math.floor(random() * (n - start))];
    }
  }
  return {
    statements: statementIds,
    reviewers,
    candidates: {
      statement: statementColumn.subarray(0, n),
      reviewer: reviewerColumn.subarray(0, n),
      score: scoreColumn.subarray(0, n),
    },
    forbidden: { statement: forbiddenStatement, reviewer: forbiddenReviewer },
    defaultMinLoad: 0,
    defaultMaxLoad: spec.maxLoad,
    institutionRule: spec.institutions > 0,
  };
}
