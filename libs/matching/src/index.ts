// Reviewer matching engine: affinity, conflicts and an exact constrained assignment.
// Pure TypeScript; synchronous and CPU-bound, so services should run it in a worker thread.

// Assignment
export * from './assignment/assignment.model';
export { solveMatching } from './assignment/assignment.solver';
export {
  BID_LEVELS,
  DEFAULT_BID_VALUES,
  DEFAULT_PAIR_SCORE_WEIGHTS,
  scoreCandidatePairs,
  type Bid,
  type BidLevel,
  type PairScoreWeights,
} from './assignment/candidate-pairs.builder';
export {
  buildAssignmentNetwork,
  type AssignmentNetwork,
  type NetworkRestrictions,
} from './assignment/assignment-network.builder';

// Min-cost flow
export { FlowNetworkBuilder, type FlowNetwork } from './flow/flow-network.builder';
export {
  solveMinCostFlow,
  type BlockedSource,
  type MinCostFlowOptions,
  type MinCostFlowProgress,
  type MinCostFlowResult,
} from './flow/min-cost-flow.solver';
export {
  solveMinCostFlowByCostScaling,
  type CostScalingOptions,
  type CostScalingOutcome,
  type CostScalingStats,
} from './flow/cost-scaling.solver';
export {
  solveMinCostFlowAdaptive,
  type AdaptiveMinCostFlowOptions,
  type AdaptiveMinCostFlowResult,
  type MinCostFlowAlgorithm,
} from './flow/adaptive-min-cost-flow.solver';
export { verifyOptimalityCertificate, type OptimalityCertificate } from './flow/reduced-cost.certificate';

// Affinity
export {
  computeAffinityCandidates,
  ExpertiseAffinityIndex,
  statementTokens,
  TopKSelection,
  type AffinityCandidate,
  type AffinityExplanation,
  type AffinityOptions,
  type Publication,
  type ReviewerExpertise,
  type StatementText,
} from './affinity/expertise.affinity';
export {
  Bm25Index,
  Bm25IndexBuilder,
  DEFAULT_BM25,
  type Bm25Parameters,
  type Bm25Query,
} from './affinity/bm25.affinity';
export { TermDictionary, TermIdBuffer } from './text/term.dictionary';
export { foldedWords, tokenize, ENGLISH_STOP_WORDS } from './text/english.tokenizer';
export { porterStem } from './text/porter.stemmer';

// Conflicts
export {
  CONFLICT_REASON,
  conflictReasons,
  detectConflicts,
  GENERIC_EMAIL_DOMAINS,
  institutionDomain,
  recentInstitutionKeys,
  type Affiliation,
  type ConflictOptions,
  type ConflictPairs,
  type ConflictReason,
  type PersonProfile,
  type StatementParties,
} from './conflicts/conflict.detector';

// OpenReview interoperability
export {
  buildOpenReviewInstance,
  formatScoreRows,
  parseCsvRows,
  toOpenReviewAssignments,
  type AssignedUser,
  type OpenReviewInstance,
  type OpenReviewInstanceInput,
} from './io/openreview-format.io';
export { parseReviewerArchive, parseSubmissions } from './io/openreview-expertise.io';
