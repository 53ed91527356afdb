import { FlowNetworkBuilder, type FlowNetwork } from '../flow/flow-network.builder';
import { withCapacity } from '../shared/typed-array.util';
import {
  REVIEWER_KINDS,
  type Assignment,
  type AssignmentOrigin,
  type InputProblem,
  type MatchingProblem,
  type PairRef,
  type ReviewerKind,
} from './assignment.model';

/**
 * Turns a matching problem into a flow network:
 *
 *   statement-kind node (supply = reviewers of that kind still needed)
 *     -> [institution node, capacity 1, when >= 2 candidates share an institution]
 *     -> reviewer node (pair arc: capacity 1, cost = scaled (bestScore - score))
 *     -> sink (capacity max - min; the reviewer itself demands its minimum load)
 *   statement-kind node -> sink (overflow arc: capacity = demand, cost M > n * max pair cost)
 *
 * The overflow arcs make every instance routable: a unit on one is a slot left uncovered, and
 * since M outweighs any set of pair costs, the optimum fills as many slots as possible first
 * and maximises the score second (the best partial assignment when the instance is infeasible).
 *
 * Forced and kept pairs are fixed up front: they reduce demand and load bounds and block
 * their institution on that statement. Conflicts remove pair arcs. Because every statement
 * receives exactly its demand, shifting costs by bestScore keeps them non-negative without
 * changing the optimum.
 */
export interface AssignmentNetwork {
  readonly network: FlowNetwork;
  readonly sinkNode: number;
  /** Reviewer r is node r. */
  readonly reviewerCount: number;
  /** Node of (statement, kind) as statement * 2 + kindIndex, or -1 when nothing is needed. */
  readonly statementKindNode: Int32Array;
  /** For every node: its statement (statement-kind and institution nodes) or -1. */
  readonly nodeStatement: Int32Array;
  readonly nodeKind: Int8Array;
  /** For each arc: the candidate index it carries, or -1 for structural arcs. */
  readonly arcCandidate: Int32Array;
  /** Overflow (uncovered-slot) arc per statement-kind slot, or -1. */
  readonly overflowArc: Int32Array;
  readonly fixedAssignments: readonly Assignment[];
  readonly inputProblems: readonly InputProblem[];
  /** Per statement-kind slot: candidates of that kind, dropped by conflicts, by the institution rule, distinct usable slots. */
  readonly slotCandidates: Int32Array;
  readonly slotConflicted: Int32Array;
  readonly slotInstitutionBlocked: Int32Array;
  readonly slotUsable: Int32Array;
  readonly residualDemand: Int32Array;
  /** cost = round((bestScore - score) / scoreResolution). */
  readonly bestScore: number;
  readonly scoreResolution: number;
  /** Cost of one uncovered slot: more than any set of pair costs, so coverage comes first. */
  readonly overflowCost: number;
}

/** Candidates of one kind from one institution, left out on one statement (institution branching). */
export interface InstitutionExclusion {
  readonly statement: number;
  readonly kind: ReviewerKind;
  readonly institution: string;
}

export interface NetworkRestrictions {
  readonly institutionExclusions?: readonly InstitutionExclusion[];
  /** Candidates scoring below this are left out (fairness threshold); fixed pairs are exempt. */
  readonly minPairScore?: number;
  /** Per statement: its candidates scoring below the value are left out (fairness mode). */
  readonly statementMinPairScore?: Float64Array;
  /** Integer cost added to some arcs (Lagrangian multipliers of the cross-kind institution rule). */
  readonly arcPenalty?: { readonly arcs: Int32Array; readonly amounts: Float64Array };
}

/**
 * The built network with some pair arcs closed (capacity 0): branching and fairness probes
 * reuse one build instead of rebuilding millions of arcs.
 */
export function restrictNetwork(
  built: AssignmentNetwork,
  problem: MatchingProblem,
  restrictions: NetworkRestrictions,
): FlowNetwork {
  const exclusions = restrictions.institutionExclusions ?? [];
  const minPairScore = restrictions.minPairScore ?? -Infinity;
  const perStatement = restrictions.statementMinPairScore;
  const penalised = penalisedCosts(built.network, restrictions.arcPenalty);
  if (exclusions.length === 0 && minPairScore === -Infinity && !perStatement)
    return penalised ? { ...built.network, arcCost: penalised } : built.network;
  const byStatement = new Map<number, InstitutionExclusion[]>();
  for (const exclusion of exclusions) {
    const list = byStatement.get(exclusion.statement);
    if (list) list.push(exclusion);
    else byStatement.set(exclusion.statement, [exclusion]);
  }
  const { candidates, reviewers } = problem;
  const capacity = built.network.arcCapacity.slice();
  for (let a = 0; a < capacity.length; a++) {
    const i = built.arcCandidate[a];
    if (i < 0) continue;
    if (
      candidates.score[i] < minPairScore ||
      (perStatement !== undefined && candidates.score[i] < perStatement[candidates.statement[i]])
    ) {
      capacity[a] = 0;
      continue;
    }
    const excluded = byStatement.get(candidates.statement[i]);
    if (excluded === undefined) continue;
    const reviewer = reviewers[candidates.reviewer[i]];
    if (excluded.some((e) => e.kind === reviewer.kind && e.institution === reviewer.institutionId))
      capacity[a] = 0;
  }
  return { ...built.network, arcCapacity: capacity, ...(penalised ? { arcCost: penalised } : {}) };
}

function penalisedCosts(
  network: FlowNetwork,
  penalty: NetworkRestrictions['arcPenalty'],
): Float64Array | null {
  if (!penalty || penalty.arcs.length === 0) return null;
  const cost = network.arcCost.slice();
  for (let i = 0; i < penalty.arcs.length; i++) cost[penalty.arcs[i]] += penalty.amounts[i];
  return cost;
}

// Integer cost range: fine enough for 1e-9 of the score range, small enough that n * range
// stays far below 2^53 so potentials and path lengths are exact.
const MAX_COST_STEPS = 2 ** 30;
const MIN_COST_STEPS = 1e6;

export function buildAssignmentNetwork(problem: MatchingProblem): AssignmentNetwork {
  const statementCount = problem.statements.length;
  const reviewerCount = problem.reviewers.length;
  const { candidates } = problem;
  const candidateCount = candidates.statement.length;
  const institutionRule = problem.institutionRule ?? true;
  const inputProblems: InputProblem[] = [];

  const kindIndexOf = (kind: ReviewerKind): number => REVIEWER_KINDS.indexOf(kind);
  const reviewerKind = new Int8Array(reviewerCount);
  const institutionIds = new Map<string, number>();
  const reviewerInstitution = new Int32Array(reviewerCount).fill(-1);
  const minLoad = new Int32Array(reviewerCount);
  const maxLoad = new Int32Array(reviewerCount);
  let totalDemand = 0;
  for (const statement of problem.statements)
    for (const kind of REVIEWER_KINDS) totalDemand += statement.demand[kind];
  for (let r = 0; r < reviewerCount; r++) {
    const reviewer = problem.reviewers[r];
    reviewerKind[r] = kindIndexOf(reviewer.kind);
    minLoad[r] = reviewer.minLoad ?? problem.defaultMinLoad ?? 0;
    maxLoad[r] = Math.min(reviewer.maxLoad ?? problem.defaultMaxLoad ?? totalDemand, 2 ** 30);
    if (minLoad[r] > maxLoad[r]) {
      inputProblems.push({
        kind: 'minimum-exceeds-maximum',
        reviewer: r,
        explanation: `reviewer ${reviewer.id}: minimum load ${minLoad[r]} exceeds maximum ${maxLoad[r]}; using the maximum`,
      });
      minLoad[r] = maxLoad[r];
    }
    if (institutionRule && reviewer.institutionId !== undefined) {
      let id = institutionIds.get(reviewer.institutionId);
      if (id === undefined) institutionIds.set(reviewer.institutionId, (id = institutionIds.size));
      reviewerInstitution[r] = id;
    }
  }

  const pairKey = (statement: number, reviewer: number): number => statement * reviewerCount + reviewer;
  // Conflicts grouped by statement: the candidate loop marks a statement's conflicted reviewers
  // in a typed array instead of probing a set of pairs a million times.
  const forbiddenStatement = problem.forbidden?.statement ?? new Int32Array(0);
  const forbiddenReviewer = problem.forbidden?.reviewer ?? new Int32Array(0);
  const forbiddenStart = new Int32Array(statementCount + 1);
  for (let i = 0; i < forbiddenStatement.length; i++) forbiddenStart[forbiddenStatement[i] + 1]++;
  for (let s = 0; s < statementCount; s++) forbiddenStart[s + 1] += forbiddenStart[s];
  const forbiddenByStatement = new Int32Array(forbiddenStatement.length);
  {
    const cursor = forbiddenStart.slice(0, statementCount);
    for (let i = 0; i < forbiddenStatement.length; i++)
      forbiddenByStatement[cursor[forbiddenStatement[i]]++] = forbiddenReviewer[i];
  }
  const isForbidden = (statement: number, reviewer: number): boolean => {
    for (let j = forbiddenStart[statement]; j < forbiddenStart[statement + 1]; j++)
      if (forbiddenByStatement[j] === reviewer) return true;
    return false;
  };
  const forbiddenMark = new Int32Array(reviewerCount).fill(-1);

  // Candidates grouped by statement (counting sort keeps input order within a statement).
  const candidateStart = new Int32Array(statementCount + 1);
  for (let i = 0; i < candidateCount; i++) candidateStart[candidates.statement[i] + 1]++;
  for (let s = 0; s < statementCount; s++) candidateStart[s + 1] += candidateStart[s];
  const byStatement = new Int32Array(candidateCount);
  {
    const cursor = candidateStart.slice(0, statementCount);
    for (let i = 0; i < candidateCount; i++) byStatement[cursor[candidates.statement[i]]++] = i;
  }
  const candidateScore = (statement: number, reviewer: number): number => {
    for (let j = candidateStart[statement]; j < candidateStart[statement + 1]; j++) {
      const i = byStatement[j];
      if (candidates.reviewer[i] === reviewer) return candidates.score[i];
    }
    return 0;
  };

  // Fixed pairs (kept first, then forced) reduce demand and loads.
  const residualDemand = new Int32Array(statementCount * 2);
  for (let s = 0; s < statementCount; s++) {
    const demand = problem.statements[s].demand;
    for (let k = 0; k < REVIEWER_KINDS.length; k++) residualDemand[s * 2 + k] = demand[REVIEWER_KINDS[k]];
  }
  const fixedKeys = new Set<number>();
  const fixedInstitutions = new Set<number>(); // statement * institutions + institution
  const institutionCount = institutionIds.size;
  const fixedAssignments: Assignment[] = [];
  const fixedLoad = new Int32Array(reviewerCount);
  const addFixed = (pairs: readonly PairRef[] | undefined, origin: AssignmentOrigin): void => {
    for (const { statement, reviewer } of pairs ?? []) {
      const key = pairKey(statement, reviewer);
      if (fixedKeys.has(key)) continue;
      const sId = problem.statements[statement].id;
      const rId = problem.reviewers[reviewer].id;
      if (isForbidden(statement, reviewer)) {
        inputProblems.push({
          kind: 'forced-pair-conflict',
          statement,
          reviewer,
          explanation: `${origin} pair ${sId} / ${rId} is a conflict; the conflict wins and the pair is not assigned`,
        });
        continue;
      }
      fixedKeys.add(key);
      const kind = REVIEWER_KINDS[reviewerKind[reviewer]];
      const slot = statement * 2 + reviewerKind[reviewer];
      if (residualDemand[slot] === 0) {
        inputProblems.push({
          kind: 'forced-pairs-exceed-demand',
          statement,
          reviewer,
          explanation: `${origin} pair ${sId} / ${rId} exceeds the statement's ${kind} demand; kept as extra`,
        });
      } else residualDemand[slot]--;
      fixedLoad[reviewer]++;
      if (fixedLoad[reviewer] === maxLoad[reviewer] + 1) {
        inputProblems.push({
          kind: 'forced-pairs-exceed-max-load',
          reviewer,
          explanation: `fixed pairs give reviewer ${rId} more than its maximum load ${maxLoad[reviewer]}`,
        });
      }
      const institution = reviewerInstitution[reviewer];
      if (institution >= 0) {
        const institutionKey = statement * institutionCount + institution;
        if (fixedInstitutions.has(institutionKey)) {
          inputProblems.push({
            kind: 'forced-pairs-share-institution',
            statement,
            reviewer,
            explanation: `fixed pairs put two reviewers of one institution on ${sId}`,
          });
        }
        fixedInstitutions.add(institutionKey);
      }
      fixedAssignments.push({
        statement,
        reviewer,
        kind,
        score: candidateScore(statement, reviewer),
        origin,
      });
    }
  };
  addFixed(problem.kept, 'kept');
  addFixed(problem.forced, 'forced');

  let residualTotal = 0;
  for (let i = 0; i < residualDemand.length; i++) residualTotal += residualDemand[i];
  const builder = new FlowNetworkBuilder(
    reviewerCount + 1 + statementCount * 2,
    candidateCount + reviewerCount + 16,
  );
  let minLoadTotal = 0;
  for (let r = 0; r < reviewerCount; r++) {
    const residualMin = Math.max(0, minLoad[r] - fixedLoad[r]);
    minLoadTotal += residualMin;
    builder.addNode(-residualMin);
  }
  const sinkNode = builder.addNode(-(residualTotal - minLoadTotal));
  for (let r = 0; r < reviewerCount; r++) {
    const residualMax = Math.max(0, maxLoad[r] - fixedLoad[r]);
    const residualMin = Math.max(0, minLoad[r] - fixedLoad[r]);
    builder.addArc(r, sinkNode, residualMax - residualMin, 0);
  }

  const statementKindNode = new Int32Array(statementCount * 2).fill(-1);
  const overflowArc = new Int32Array(statementCount * 2).fill(-1);
  const slotCandidates = new Int32Array(statementCount * 2);
  const slotConflicted = new Int32Array(statementCount * 2);
  const slotInstitutionBlocked = new Int32Array(statementCount * 2);
  const slotUsable = new Int32Array(statementCount * 2);
  const nodeStatementList: number[] = [];
  const nodeKindList: number[] = [];
  let arcCandidateList = new Int32Array(candidateCount + reviewerCount + 2 * statementCount + 16);
  let arcCandidateCount = 0;
  const pushArcCandidate = (candidate: number): void => {
    arcCandidateList = withCapacity(arcCandidateList, arcCandidateCount + 1);
    arcCandidateList[arcCandidateCount++] = candidate;
  };
  const reviewerSeen = new Int32Array(reviewerCount).fill(-1);
  const institutionSeen = new Int32Array(Math.max(1, institutionCount)).fill(-1);
  const institutionMembers = new Int32Array(Math.max(1, institutionCount));
  const institutionGroupNode = new Int32Array(Math.max(1, institutionCount));
  const eligible: number[] = [];
  const markStructural = (): void => {
    nodeStatementList.push(-1);
    nodeKindList.push(-1);
  };
  for (let v = 0; v <= reviewerCount; v++) markStructural();
  for (let r = 0; r < reviewerCount; r++) pushArcCandidate(-1);

  for (let s = 0; s < statementCount; s++) {
    for (let j = forbiddenStart[s]; j < forbiddenStart[s + 1]; j++)
      forbiddenMark[forbiddenByStatement[j]] = s;
    for (let k = 0; k < REVIEWER_KINDS.length; k++) {
      const slot = s * 2 + k;
      const demand = residualDemand[slot];
      if (demand === 0) continue;
      eligible.length = 0;
      const stamp = slot;
      for (let j = candidateStart[s]; j < candidateStart[s + 1]; j++) {
        const i = byStatement[j];
        const r = candidates.reviewer[i];
        if (reviewerKind[r] !== k || reviewerSeen[r] === stamp) continue;
        reviewerSeen[r] = stamp;
        if (fixedKeys.size > 0 && fixedKeys.has(pairKey(s, r))) continue;
        slotCandidates[slot]++;
        if (forbiddenMark[r] === s) {
          slotConflicted[slot]++;
          continue;
        }
        const institution = reviewerInstitution[r];
        if (institution >= 0 && fixedInstitutions.has(s * institutionCount + institution)) {
          slotInstitutionBlocked[slot]++;
          continue;
        }
        eligible.push(i);
      }
      const node = builder.addNode(demand);
      nodeStatementList.push(s);
      nodeKindList.push(k);
      statementKindNode[slot] = node;
      overflowArc[slot] = builder.addArc(node, sinkNode, demand, 0);
      pushArcCandidate(-1);
      // Institutions with two or more eligible candidates get a capacity-1 funnel node.
      let usable = 0;
      for (const i of eligible) {
        const institution = reviewerInstitution[candidates.reviewer[i]];
        if (institution < 0) continue;
        if (institutionSeen[institution] !== stamp) {
          institutionSeen[institution] = stamp;
          institutionMembers[institution] = 0;
          institutionGroupNode[institution] = -1;
        }
        institutionMembers[institution]++;
      }
      for (const i of eligible) {
        const r = candidates.reviewer[i];
        const institution = reviewerInstitution[r];
        let tail = node;
        if (institution >= 0 && institutionMembers[institution] > 1) {
          if (institutionGroupNode[institution] < 0) {
            const group = builder.addNode(0);
            nodeStatementList.push(s);
            nodeKindList.push(k);
            institutionGroupNode[institution] = group;
            builder.addArc(node, group, 1, 0);
            pushArcCandidate(-1);
            usable++;
          }
          tail = institutionGroupNode[institution];
        } else usable++;
        builder.addArc(tail, r, 1, 0);
        pushArcCandidate(i);
      }
      slotUsable[slot] = usable;
    }
  }

  const network = builder.build();
  const arcCandidate = arcCandidateList.slice(0, arcCandidateCount);
  // The scale depends on the problem only (all candidates, a node bound that no restriction
  // can exceed), so pair costs of differently restricted networks are comparable (branching).
  let bestScore = -Infinity;
  let worstScore = Infinity;
  for (let i = 0; i < candidateCount; i++) {
    const score = candidates.score[i];
    if (score > bestScore) bestScore = score;
    if (score < worstScore) worstScore = score;
  }
  if (candidateCount === 0) bestScore = worstScore = 0;
  const nodeBound = reviewerCount + 1 + 2 * statementCount + candidateCount;
  // Path lengths stay below n * steps + 2 * overflowCost = 3 (n + 1) steps.
  const steps = Math.min(MAX_COST_STEPS, Math.floor(2 ** 49 / (3 * (nodeBound + 1))));
  if (steps < MIN_COST_STEPS) throw new RangeError('network too large for 1e-6 cost resolution');
  const range = bestScore - worstScore;
  const scoreResolution = range > 0 ? range / steps : 1;
  const arcCost = network.arcCost as Float64Array;
  for (let a = 0; a < network.arcCount; a++) {
    if (arcCandidate[a] >= 0)
      arcCost[a] = Math.round((bestScore - candidates.score[arcCandidate[a]]) / scoreResolution);
  }
  const overflowCost = (nodeBound + 1) * steps;
  for (const a of overflowArc) if (a >= 0) arcCost[a] = overflowCost;
  return {
    network,
    sinkNode,
    reviewerCount,
    statementKindNode,
    nodeStatement: Int32Array.from(nodeStatementList),
    nodeKind: Int8Array.from(nodeKindList),
    arcCandidate,
    overflowArc,
    fixedAssignments,
    inputProblems,
    slotCandidates,
    slotConflicted,
    slotInstitutionBlocked,
    slotUsable,
    residualDemand,
    bestScore,
    scoreResolution,
    overflowCost,
  };
}
