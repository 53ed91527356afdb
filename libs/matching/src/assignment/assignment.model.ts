/** Vocabulary of the reviewer assignment problem (see docs/DOMAIN: Assignment, ReviewerProfile). */

export const REVIEWER_KINDS = ['expert', 'community'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

/** How many reviewers of each kind a statement still needs (from its tier). */
export interface StatementDemand {
  readonly id: string;
  readonly demand: Readonly<Record<ReviewerKind, number>>;
}

export interface ReviewerCapacity {
  readonly id: string;
  readonly kind: ReviewerKind;
  /** Per-reviewer overrides of the problem defaults. */
  readonly minLoad?: number;
  readonly maxLoad?: number;
  /** Current institution for the one-reviewer-per-institution rule. */
  readonly institutionId?: string;
}

/** Candidate pairs in columns (indices into statements and reviewers): millions fit in typed arrays. */
export interface CandidatePairs {
  readonly statement: Int32Array;
  readonly reviewer: Int32Array;
  /** Higher is better: weighted affinity plus bid (see pairScore). */
  readonly score: Float64Array;
}

export interface PairColumns {
  readonly statement: Int32Array;
  readonly reviewer: Int32Array;
}

export interface PairRef {
  readonly statement: number;
  readonly reviewer: number;
}

export interface MatchingProblem {
  readonly statements: readonly StatementDemand[];
  readonly reviewers: readonly ReviewerCapacity[];
  readonly candidates: CandidatePairs;
  /** Conflicts: never assigned, whatever else says so. */
  readonly forbidden?: PairColumns;
  /** Pairs a chair requires. */
  readonly forced?: readonly PairRef[];
  /** Existing assignments that must stay. */
  readonly kept?: readonly PairRef[];
  readonly defaultMinLoad?: number;
  readonly defaultMaxLoad?: number;
  /** At most one reviewer per institution on a statement (default: on). */
  readonly institutionRule?: boolean;
}

export const MATCHING_OBJECTIVES = ['total', 'fair'] as const;
export type MatchingObjective = (typeof MATCHING_OBJECTIVES)[number];

export const FLOW_ALGORITHMS = ['auto', 'successive-shortest-paths', 'cost-scaling'] as const;
export type FlowAlgorithmChoice = (typeof FLOW_ALGORITHMS)[number];

export type MatchingPhase = 'build' | 'solve' | 'verify' | 'institution-branching' | 'fairness';

export interface MatchingProgress {
  readonly phase: MatchingPhase;
  /** 0..1 within the phase. */
  readonly fraction: number;
}

export interface MatchingOptions {
  readonly objective?: MatchingObjective;
  /** Objective 'fair': threshold probes of the binary search on the lowest statement total (default 8). */
  readonly maxFairnessProbes?: number;
  /** Tie-breaking among equally good assignments; same input and seed give the same output. */
  readonly seed?: number;
  readonly onProgress?: (progress: MatchingProgress) => void;
  /** Re-solves allowed to settle cross-kind institution clashes exactly. */
  readonly maxInstitutionBranches?: number;
  /** Verify the reduced-cost certificate after solving (O(arcs)); default on. */
  readonly verify?: boolean;
  /**
   * Min-cost flow algorithm. auto (default): successive shortest paths, switching to cost
   * scaling when capacity is tight or its work budget runs out. Either way an instance that
   * cannot be fully covered ends with successive shortest paths, whose partial flow is diagnosed.
   */
  readonly flowAlgorithm?: FlowAlgorithmChoice;
}

export type AssignmentOrigin = 'optimised' | 'forced' | 'kept';

export interface Assignment {
  readonly statement: number;
  readonly reviewer: number;
  readonly kind: ReviewerKind;
  readonly score: number;
  readonly origin: AssignmentOrigin;
}

export type BindingConstraint =
  'no-candidates' | 'too-few-candidates' | 'reviewer-capacity' | 'minimum-loads' | 'input';

export interface UncoveredDemand {
  readonly statement: number;
  readonly kind: ReviewerKind;
  readonly missing: number;
  readonly binding: BindingConstraint;
  readonly explanation: string;
  /** Reviewers that could take this statement but are all full (truncated). */
  readonly saturatedReviewers: readonly number[];
}

export interface InputProblem {
  readonly kind:
    | 'forced-pair-conflict'
    | 'forced-pair-kind-not-demanded'
    | 'forced-pairs-exceed-demand'
    | 'forced-pairs-exceed-max-load'
    | 'forced-pairs-share-institution'
    | 'minimum-exceeds-maximum';
  readonly statement?: number;
  readonly reviewer?: number;
  readonly explanation: string;
}

export interface InfeasibilityDiagnosis {
  readonly uncovered: readonly UncoveredDemand[];
  readonly unmetMinimumLoads: readonly { readonly reviewer: number; readonly missing: number }[];
  readonly summary: string;
}

export interface MatchingStats {
  readonly nodes: number;
  readonly arcs: number;
  readonly candidatePairs: number;
  /** Augmenting paths (successive shortest paths) plus pushes (cost scaling). */
  readonly augmentations: number;
  readonly scannedArcs: number;
  /** Flow solves finished by cost scaling (the others by successive shortest paths). */
  readonly costScalingSolves: number;
  /** Re-solves finished from the previous solve's flow and potentials. */
  readonly warmStartedSolves: number;
  /** Score units per integer cost unit (the resolution of the optimisation). */
  readonly scoreResolution: number;
  readonly solves: number;
  readonly buildSeconds: number;
  readonly solveSeconds: number;
  readonly verifySeconds: number;
}

export interface MatchingResult {
  /**
   * optimal: all demand met, optimality proven. feasible: all constraints hold, but the
   * institution branching ran out of budget (see optimalityGap). infeasible: the best partial
   * assignment (most slots filled, then highest score), with a diagnosis.
   * institution-rule-unresolved: no assignment without an expert/community institution clash found.
   */
  readonly status: 'optimal' | 'feasible' | 'infeasible' | 'institution-rule-unresolved';
  readonly assignments: readonly Assignment[];
  /** Sum of the scores of all assignments (forced and kept included). */
  readonly objective: number;
  /** Bound on how much higher the optimum could be (0 when proven; null when unresolved). */
  readonly optimalityGap: number | null;
  /** Lowest total score of a statement with demand (fairness figure). */
  readonly minStatementScore: number;
  /** Reduced-cost certificate verified (null when verification was switched off). */
  readonly optimalityVerified: boolean | null;
  readonly diagnosis: InfeasibilityDiagnosis | null;
  readonly inputProblems: readonly InputProblem[];
  /**
   * For objective 'fair': the statement total T the search secured (every statement with demand
   * totals at least T; minStatementScore is the actual lowest, >= T).
   */
  readonly fairnessThreshold: number | null;
  /**
   * For objective 'fair': no assignment can give every statement more than this (the lowest,
   * over statements, of the best total a statement could get on its own). The gap to
   * minStatementScore bounds what the heuristic may have missed.
   */
  readonly fairnessUpperBound: number | null;
  /** For objective 'fair': threshold probes run (each one or more exact flow solves). */
  readonly fairnessProbes: number | null;
  readonly stats: MatchingStats;
}
