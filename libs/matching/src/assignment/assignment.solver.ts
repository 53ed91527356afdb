import {
  solveMinCostFlowAdaptive,
  type AdaptiveMinCostFlowResult,
} from '../flow/adaptive-min-cost-flow.solver';
import { verifyOptimalityCertificate } from '../flow/reduced-cost.certificate';
import type { FlowNetwork } from '../flow/flow-network.builder';
import {
  buildAssignmentNetwork,
  restrictNetwork,
  type AssignmentNetwork,
  type InstitutionExclusion,
  type NetworkRestrictions,
} from './assignment-network.builder';
import {
  REVIEWER_KINDS,
  type Assignment,
  type InfeasibilityDiagnosis,
  type MatchingOptions,
  type MatchingPhase,
  type MatchingProblem,
  type MatchingResult,
  type ReviewerKind,
  type UncoveredDemand,
} from './assignment.model';

/** One min-cost flow over the built network (some arcs possibly closed), with its certificate. */
interface SingleSolve {
  readonly built: AssignmentNetwork;
  readonly flow: AdaptiveMinCostFlowResult;
  /** Every slot filled (nothing on overflow arcs, nothing blocked). */
  readonly covered: boolean;
  /** Comparable across restricted networks: uncovered slots first, then the pair cost. */
  readonly uncoveredUnits: number;
  readonly pairCost: number;
  readonly assignments: Assignment[];
  readonly verified: boolean | null;
  readonly buildSeconds: number;
  readonly solveSeconds: number;
  readonly verifySeconds: number;
}

interface InstitutionClash {
  readonly statement: number;
  readonly institution: string;
}

const now = (): number => performance.now() / 1000;

/**
 * Optimal reviewer assignment: maximises the total pair score (objective 'total') or first
 * the lowest statement total and then the total (objective 'fair', a FairFlow-style heuristic
 * with a reported upper bound), under demands per reviewer kind,
 * load bounds, conflicts, forced and kept pairs and the one-reviewer-per-institution rule.
 *
 * Synchronous and CPU-bound: a service should call it in a worker thread and forward
 * onProgress. The same problem and seed always give the same assignment.
 */
export function solveMatching(problem: MatchingProblem, options: MatchingOptions = {}): MatchingResult {
  const counters = {
    solves: 0,
    build: 0,
    solve: 0,
    verify: 0,
    augmentations: 0,
    scannedArcs: 0,
    costScalingSolves: 0,
    warmStartedSolves: 0,
  };
  const buildStarted = now();
  options.onProgress?.({ phase: 'build', fraction: 0 });
  const built = buildAssignmentNetwork(problem);
  options.onProgress?.({ phase: 'build', fraction: 1 });
  counters.build = now() - buildStarted;
  const solveWith: SolveWith = (restrictions, phase, warmFrom) => {
    const single = solveOnce(problem, built, restrictions, options, phase, warmFrom);
    counters.solves++;
    counters.build += single.buildSeconds;
    counters.solve += single.solveSeconds;
    counters.verify += single.verifySeconds;
    counters.augmentations += single.flow.augmentations;
    counters.scannedArcs += single.flow.scannedArcs;
    if (single.flow.algorithm === 'cost-scaling') counters.costScalingSolves++;
    if (single.flow.warmStarted) counters.warmStartedSolves++;
    return single;
  };

  let best = solveWithInstitutionRule(problem, {}, options, solveWith);
  let fairness: FairnessOutcome | null = null;
  if (options.objective === 'fair' && best.single.covered && best.clashes.length === 0) {
    fairness = maximiseLowestStatementTotal(problem, best, options, solveWith);
    best = fairness.outcome;
  }

  const { single, clashes, gap } = best;
  const assignments = [...single.built.fixedAssignments, ...single.assignments];
  const feasible = single.covered;
  const status =
    clashes.length > 0
      ? 'institution-rule-unresolved'
      : !feasible
        ? 'infeasible'
        : gap > 0
          ? 'feasible'
          : 'optimal';
  return {
    status,
    assignments,
    objective: sumScores(assignments),
    optimalityGap: clashes.length > 0 ? null : gap,
    minStatementScore: lowestStatementScore(problem, assignments),
    optimalityVerified: single.verified,
    diagnosis: feasible ? null : diagnose(problem, single, assignments),
    inputProblems: single.built.inputProblems,
    fairnessThreshold: fairness?.threshold ?? null,
    fairnessUpperBound: fairness?.upperBound ?? null,
    fairnessProbes: fairness?.probes ?? null,
    stats: {
      nodes: single.built.network.nodeCount,
      arcs: single.built.network.arcCount,
      candidatePairs: problem.candidates.statement.length,
      augmentations: counters.augmentations,
      scannedArcs: counters.scannedArcs,
      costScalingSolves: counters.costScalingSolves,
      warmStartedSolves: counters.warmStartedSolves,
      scoreResolution: single.built.scoreResolution,
      solves: counters.solves,
      buildSeconds: counters.build,
      solveSeconds: counters.solve,
      verifySeconds: counters.verify,
    },
  };
}

function solveOnce(
  problem: MatchingProblem,
  built: AssignmentNetwork,
  restrictions: NetworkRestrictions,
  options: MatchingOptions,
  phase: MatchingPhase,
  warmFrom?: SingleSolve,
): SingleSolve {
  const report = options.onProgress;
  const t0 = now();
  const network = restrictNetwork(built, problem, restrictions);
  const t1 = now();
  const sourceOrder = seededSourceOrder(built, options.seed ?? 1);
  const algorithm = options.flowAlgorithm ?? 'auto';
  const flow = solveMinCostFlowAdaptive(network, {
    sourceOrder,
    deferredArcs: deferredOverflowArcs(built),
    preferCostScaling:
      algorithm === 'cost-scaling' || (algorithm === 'auto' && capacityIsTight(problem, built, network)),
    shortestPathWorkFactor: algorithm === 'successive-shortest-paths' ? Infinity : undefined,
    warmStart: warmFrom?.flow,
    onProgress: report ? (fraction) => report({ phase, fraction }) : undefined,
  });
  const t2 = now();
  let verified: boolean | null = null;
  if (options.verify ?? true) {
    report?.({ phase: 'verify', fraction: 0 });
    verified = verifyOptimalityCertificate(
      network,
      flow.arcFlow,
      flow.potential,
      flow.remainingSupply,
    ).verified;
    report?.({ phase: 'verify', fraction: 1 });
  }
  const t3 = now();
  let uncoveredUnits = 0;
  for (const a of built.overflowArc) if (a >= 0) uncoveredUnits += flow.arcFlow[a];
  for (const blocked of flow.blockedSources) uncoveredUnits += blocked.unroutedUnits;
  const covered = uncoveredUnits === 0;
  let pairCost = 0;
  const { candidates, reviewers } = problem;
  const assignments: Assignment[] = [];
  for (let a = 0; a < built.network.arcCount; a++) {
    const i = built.arcCandidate[a];
    if (i < 0 || flow.arcFlow[a] === 0) continue;
    pairCost += flow.arcFlow[a] * built.network.arcCost[a];
    const reviewer = candidates.reviewer[i];
    assignments.push({
      statement: candidates.statement[i],
      reviewer,
      kind: reviewers[reviewer].kind,
      score: candidates.score[i],
      origin: 'optimised',
    });
  }
  assignments.sort((x, y) => x.statement - y.statement || x.reviewer - y.reviewer);
  return {
    built,
    flow,
    covered,
    uncoveredUnits,
    pairCost,
    assignments,
    verified,
    buildSeconds: t1 - t0,
    solveSeconds: t2 - t1,
    verifySeconds: t3 - t2,
  };
}

function deferredOverflowArcs(built: AssignmentNetwork): Int32Array {
  const arcs: number[] = [];
  for (const a of built.overflowArc) if (a >= 0) arcs.push(a);
  return Int32Array.from(arcs);
}

/**
 * Whether some reviewer kind has less than 10 % spare capacity: each reviewer counts for its
 * maximum load or its open candidate arcs, whichever is fewer. Successive shortest paths slows
 * down sharply there, so cost scaling runs first.
 */
function capacityIsTight(problem: MatchingProblem, built: AssignmentNetwork, network: FlowNetwork): boolean {
  const R = built.reviewerCount;
  const openArcs = new Int32Array(R);
  const maxLoad = new Float64Array(R);
  for (let r = 0; r < R; r++) maxLoad[r] = Math.max(0, -network.nodeSupply[r]);
  for (let a = 0; a < network.arcCount; a++) {
    const head = network.arcHead[a];
    const tail = network.arcTail[a];
    if (head < R && network.arcCapacity[a] > 0) openArcs[head]++;
    else if (tail < R && head === built.sinkNode) maxLoad[tail] += network.arcCapacity[a];
  }
  const capacity = [0, 0];
  const demand = [0, 0];
  for (let r = 0; r < R; r++)
    capacity[REVIEWER_KINDS.indexOf(problem.reviewers[r].kind)] += Math.min(maxLoad[r], openArcs[r]);
  built.statementKindNode.forEach((node, slot) => {
    if (node >= 0) demand[slot & 1] += Math.max(0, network.nodeSupply[node]);
  });
  return demand.some((d, k) => d > 0 && capacity[k] < 1.1 * d);
}

/** Statements drained in a seeded order (ties between equal optima follow it); the sink last. */
function seededSourceOrder(built: AssignmentNetwork, seed: number): Int32Array {
  const nodes: number[] = [];
  for (const node of built.statementKindNode) if (node >= 0) nodes.push(node);
  const random = mulberry32(seed);
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [nodes[i], nodes[j]] = [nodes[j], nodes[i]];
  }
  nodes.push(built.sinkNode);
  return Int32Array.from(nodes);
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  readonly single: SingleSolve;
  readonly clashes: readonly InstitutionClash[];
  /** Score units by which a better clash-free assignment might exist (0: proven optimal). */
  readonly gap: number;
}

/** One solve; warmFrom: an earlier solve to start from (only arcs opened or closed since). */
type SolveWith = (
  restrictions: NetworkRestrictions,
  phase: MatchingPhase,
  warmFrom?: SingleSolve,
) => SingleSolve;

/** Orders solutions: fewer uncovered slots first, then lower pair cost (higher score). */
function compareSolutions(x: SingleSolve, y: SingleSolve): number {
  return x.uncoveredUnits - y.uncoveredUnits || x.pairCost - y.pairCost;
}

/**
 * The network keeps one reviewer per institution within a kind. An expert and a community
 * reviewer from one institution is a rarer clash that no flow network can express, so it is
 * settled by branch and bound: one branch drops that institution's experts on the statement,
 * the other its community reviewers. A dive that drops the weaker reviewer of every clash
 * gives an incumbent first; relaxations no better than it are pruned, and the first
 * clash-free relaxation popped in best-first order is optimal. When the budget of re-solves
 * runs out, the incumbent is returned with the gap to the best open bound.
 */
function solveWithInstitutionRule(
  problem: MatchingProblem,
  base: NetworkRestrictions,
  options: MatchingOptions,
  solveWith: SolveWith,
  warmFrom?: SingleSolve,
): Outcome {
  const root = solveWith(base, 'solve', warmFrom);
  const rootClashes = findInstitutionClashes(problem, root);
  if (rootClashes.length === 0) return { single: root, clashes: [], gap: 0 };
  const budget = options.maxInstitutionBranches ?? 16;
  let solves = 0;
  const solveChild = (exclusions: readonly InstitutionExclusion[], parent: SingleSolve): SingleSolve => {
    options.onProgress?.({ phase: 'institution-branching', fraction: Math.min(1, solves / budget) });
    solves++;
    return solveWith({ ...base, institutionExclusions: exclusions }, 'institution-branching', parent);
  };

  // Dive: drop the lower-scoring side of every clash until none is left.
  let incumbent: SingleSolve | null = null;
  {
    let current = root;
    let clashes = rootClashes;
    const exclusions = [...(base.institutionExclusions ?? [])];
    while (clashes.length > 0 && solves < Math.ceil(budget / 2)) {
      for (const clash of clashes) exclusions.push({ ...clash, kind: weakerKind(problem, current, clash) });
      current = solveChild([...exclusions], current);
      clashes = findInstitutionClashes(problem, current);
    }
    if (clashes.length === 0) incumbent = current;
  }

  // A Lagrangian bound often proves the dive's incumbent optimal without branching.
  let lowerBound = -Infinity;
  if (incumbent?.covered && solves < budget) {
    const lagrangian = lagrangianInstitutionBound(
      problem,
      base,
      rootClashes,
      incumbent,
      (restrictions, warm) => {
        options.onProgress?.({ phase: 'institution-branching', fraction: Math.min(1, solves / budget) });
        solves++;
        return solveWith(restrictions, 'institution-branching', warm);
      },
      Math.min(12, budget - solves),
    );
    incumbent = lagrangian.incumbent;
    lowerBound = lagrangian.bound;
    if (lowerBound > incumbent.pairCost - 1) return { single: incumbent, clashes: [], gap: 0 };
  }

  const open: {
    single: SingleSolve;
    clashes: readonly InstitutionClash[];
    exclusions: readonly InstitutionExclusion[];
  }[] = [{ single: root, clashes: rootClashes, exclusions: base.institutionExclusions ?? [] }];
  while (open.length > 0) {
    open.sort((x, y) => compareSolutions(x.single, y.single));
    if (incumbent && compareSolutions(open[0].single, incumbent) >= 0)
      return { single: incumbent, clashes: [], gap: 0 };
    if (incumbent && open[0].single.uncoveredUnits === 0 && lowerBound > open[0].single.pairCost)
      open[0] = { ...open[0], single: { ...open[0].single, pairCost: lowerBound } };
    const node = open[0];
    if (node.clashes.length === 0) return { single: node.single, clashes: [], gap: 0 };
    if (solves + 2 > budget) break;
    open.shift();
    const { statement, institution } = node.clashes[0];
    for (const kind of REVIEWER_KINDS) {
      const exclusions = [...node.exclusions, { statement, kind, institution }];
      const child = solveChild(exclusions, node.single);
      const clashes = findInstitutionClashes(problem, child);
      if (clashes.length === 0 && (!incumbent || compareSolutions(child, incumbent) < 0)) incumbent = child;
      else if (clashes.length > 0) open.push({ single: child, clashes, exclusions });
    }
  }
  if (!incumbent) return { single: root, clashes: rootClashes, gap: Infinity };
  const bound =
    open.length > 0
      ? open.reduce((best, o) => (compareSolutions(o.single, best) < 0 ? o.single : best), open[0].single)
      : incumbent;
  const sameCoverage = bound.uncoveredUnits === incumbent.uncoveredUnits;
  const boundCost = Math.max(bound.pairCost, lowerBound);
  const gap = sameCoverage
    ? Math.max(0, (incumbent.pairCost - boundCost) * incumbent.built.scoreResolution)
    : Infinity;
  return { single: incumbent, clashes: [], gap };
}

/**
 * Lagrangian lower bound for the cross-kind institution rule. Relaxing "at most one reviewer of
 * institution I on statement s" with a multiplier lambda >= 0 added to the cost of each pair arc
 * of (s, I) leaves a flow problem, and for every lambda its optimum minus the sum of the
 * multipliers is at most the cost of any clash-free assignment. Subgradient steps (Polyak, on
 * the clash pairs seen so far) raise the bound; clash-free flows met on the way replace the
 * incumbent when better. Costs are integers, so a bound above incumbent - 1 proves it optimal.
 */
function lagrangianInstitutionBound(
  problem: MatchingProblem,
  base: NetworkRestrictions,
  clashes: readonly InstitutionClash[],
  start: SingleSolve,
  solve: (restrictions: NetworkRestrictions, warm: SingleSolve) => SingleSolve,
  iterations = 12,
): { bound: number; incumbent: SingleSolve } {
  const { built } = start;
  const { candidates, reviewers } = problem;
  const arcsByStatement = new Map<number, number[]>();
  const clashStatements = new Set(clashes.map((c) => c.statement));
  for (let a = 0; a < built.network.arcCount; a++) {
    const i = built.arcCandidate[a];
    if (i < 0 || !clashStatements.has(candidates.statement[i])) continue;
    const list = arcsByStatement.get(candidates.statement[i]);
    if (list) list.push(a);
    else arcsByStatement.set(candidates.statement[i], [a]);
  }
  // Pair arcs of each relaxed (statement, institution), and their multipliers.
  const keyArcs: number[][] = [];
  const keyIndex = new Map<string, number>();
  const track = (clash: InstitutionClash): void => {
    const key = `${clash.statement}\u0000${clash.institution}`;
    if (keyIndex.has(key)) return;
    let arcs = arcsByStatement.get(clash.statement);
    if (!arcs) return; // a statement first seen clashing here: left to branching
    arcs = arcs.filter(
      (a) => reviewers[candidates.reviewer[built.arcCandidate[a]]].institutionId === clash.institution,
    );
    keyIndex.set(key, keyArcs.length);
    keyArcs.push(arcs);
  };
  clashes.forEach(track);
  let lambda = new Float64Array(keyArcs.length);
  let incumbent = start;
  let bound = -Infinity;
  let theta = 1;
  let sinceImproved = 0;
  let previous = start;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const arcs: number[] = [];
    const amounts: number[] = [];
    let lambdaSum = 0;
    keyArcs.forEach((list, k) => {
      if (lambda[k] <= 0) return;
      lambdaSum += lambda[k];
      for (const a of list) {
        arcs.push(a);
        amounts.push(lambda[k]);
      }
    });
    const single = solve(
      { ...base, arcPenalty: { arcs: Int32Array.from(arcs), amounts: Float64Array.from(amounts) } },
      previous,
    );
    previous = single;
    const value = single.flow.totalCost - lambdaSum;
    if (value > bound) {
      bound = value;
      sinceImproved = 0;
    } else if (++sinceImproved >= 2) {
      theta /= 2;
      sinceImproved = 0;
    }
    const found = findInstitutionClashes(problem, single);
    if (found.length === 0 && single.covered && single.pairCost < incumbent.pairCost) incumbent = single;
    if (bound > incumbent.pairCost - 1) break;
    found.forEach(track);
    if (lambda.length < keyArcs.length) {
      const grown = new Float64Array(keyArcs.length);
      grown.set(lambda);
      lambda = grown;
    }
    // Subgradient: reviewers of I on s beyond the one allowed.
    const g = keyArcs.map((list) => list.reduce((sum, a) => sum + single.flow.arcFlow[a], 0) - 1);
    const norm = g.reduce((sum, x, k) => sum + (x < 0 && lambda[k] === 0 ? 0 : x * x), 0);
    if (norm === 0) break;
    const step = (theta * (incumbent.pairCost - value)) / norm;
    for (let k = 0; k < g.length; k++) lambda[k] = Math.max(0, Math.round(lambda[k] + step * g[k]));
  }
  return { bound, incumbent };
}

/** The kind whose clashing reviewer scores less on that statement (dropped in the dive). */
function weakerKind(problem: MatchingProblem, single: SingleSolve, clash: InstitutionClash): ReviewerKind {
  let weakest: { kind: ReviewerKind; score: number } | null = null;
  for (const a of single.assignments) {
    if (a.statement !== clash.statement || a.origin !== 'optimised') continue;
    if (problem.reviewers[a.reviewer].institutionId !== clash.institution) continue;
    if (!weakest || a.score < weakest.score) weakest = { kind: a.kind, score: a.score };
  }
  return weakest?.kind ?? 'community';
}

function findInstitutionClashes(problem: MatchingProblem, single: SingleSolve): InstitutionClash[] {
  if ((problem.institutionRule ?? true) === false) return [];
  const seen = new Map<string, string>();
  const clashes: InstitutionClash[] = [];
  for (const a of [...single.built.fixedAssignments, ...single.assignments]) {
    const institution = problem.reviewers[a.reviewer].institutionId;
    if (institution === undefined) continue;
    const key = `${a.statement}\u0000${institution}`;
    const kindSeen = seen.get(key);
    if (kindSeen === undefined) seen.set(key, a.kind);
    else if (kindSeen !== a.kind) clashes.push({ statement: a.statement, institution });
  }
  return clashes;
}

interface FairnessOutcome {
  readonly outcome: Outcome;
  readonly threshold: number;
  readonly upperBound: number;
  readonly probes: number;
}

/**
 * Fairness in the spirit of FairFlow (Kobren, Saha & McCallum, KDD 2019): maximise the lowest
 * statement total first, then the total. For a target T, the statements below T in the
 * current assignment form a set L; each statement s in L may only keep reviewers scoring at
 * least (T - fixed_s) / demand_s, so whatever the flow picks, its total reaches T, and the
 * flow re-solves the whole venue at maximum total under that restriction (reviewers move to
 * or are taken from statements with room above T). Statements pushed below T by the re-solve
 * join L and the flow is solved again. A binary search on T keeps the best covered
 * assignment; the result is always feasible and never fairer-worse than the plain optimum.
 *
 * Max-min of statement totals is NP-hard, so the search is a heuristic (as FairFlow is); the
 * upper bound reported next to it is the lowest, over statements, of the best total a
 * statement could get on its own (its top candidates per kind, fixed pairs included).
 */
function maximiseLowestStatementTotal(
  problem: MatchingProblem,
  start: Outcome,
  options: MatchingOptions,
  solveWith: SolveWith,
): FairnessOutcome {
  const P = problem.statements.length;
  const { built } = start.single;
  const { candidates } = problem;
  const fixedScore = new Float64Array(P);
  for (const a of built.fixedAssignments) fixedScore[a.statement] += a.score;
  const residual = new Int32Array(P);
  for (let s = 0; s < P; s++) residual[s] = built.residualDemand[2 * s] + built.residualDemand[2 * s + 1];
  const hasDemand = (s: number): boolean =>
    problem.statements[s].demand.expert + problem.statements[s].demand.community > 0;

  // Upper bound: each statement alone, its best eligible candidates per kind.
  const bySlot = new Map<number, number[]>();
  for (let a = 0; a < built.network.arcCount; a++) {
    const i = built.arcCandidate[a];
    if (i < 0) continue;
    const slot =
      2 * candidates.statement[i] + (problem.reviewers[candidates.reviewer[i]].kind === 'expert' ? 0 : 1);
    const list = bySlot.get(slot);
    if (list) list.push(candidates.score[i]);
    else bySlot.set(slot, [candidates.score[i]]);
  }
  let upperBound = Infinity;
  for (let s = 0; s < P; s++) {
    if (!hasDemand(s)) continue;
    let best = fixedScore[s];
    for (let k = 0; k < 2; k++) {
      const scores = (bySlot.get(2 * s + k) ?? []).sort((x, y) => y - x);
      for (let j = 0; j < built.residualDemand[2 * s + k]; j++) best += scores[j] ?? -Infinity;
    }
    upperBound = Math.min(upperBound, best);
  }

  const totalsOf = (single: SingleSolve): Float64Array => {
    const totals = fixedScore.slice();
    for (const a of single.assignments) totals[a.statement] += a.score;
    return totals;
  };
  const lowestOf = (totals: Float64Array): number => {
    let lowest = Infinity;
    for (let s = 0; s < P; s++) if (hasDemand(s)) lowest = Math.min(lowest, totals[s]);
    return lowest;
  };
  const maxRounds = 4;
  const tolerance = (t: number): number => 1e-9 * Math.max(1, Math.abs(t));

  let best = start;
  let bestTotals = totalsOf(start.single);
  let lo = lowestOf(bestTotals);
  let hi = upperBound;
  const maxProbes = options.maxFairnessProbes ?? 8;
  let probes = 0;
  // Probe T: grow L from the best assignment so far until nothing outside L falls below T.
  const probe = (target: number): { outcome: Outcome; totals: Float64Array } | null => {
    const threshold = new Float64Array(P).fill(-Infinity);
    let totals = bestTotals;
    let changed = false;
    // Each re-solve starts from the last one: only the arcs of statements below T change.
    let previous = best.single;
    for (let round = 0; round < maxRounds; round++) {
      for (let s = 0; s < P; s++) {
        if (!hasDemand(s) || threshold[s] !== -Infinity || totals[s] >= target - tolerance(target)) continue;
        if (residual[s] === 0) return null; // fixed pairs only: nothing to improve
        threshold[s] = (target - fixedScore[s]) / residual[s];
        changed = true;
      }
      if (!changed) return round === 0 ? { outcome: best, totals } : null;
      changed = false;
      const outcome = solveWithInstitutionRule(
        problem,
        { statementMinPairScore: threshold },
        options,
        (r, _phase, warm) => solveWith(r, 'fairness', warm),
        previous,
      );
      previous = outcome.single;
      if (!outcome.single.covered || outcome.clashes.length > 0) return null;
      totals = totalsOf(outcome.single);
      if (lowestOf(totals) >= target - tolerance(target)) return { outcome, totals };
    }
    return null;
  };
  while (probes < maxProbes && hi - lo > tolerance(hi)) {
    options.onProgress?.({ phase: 'fairness', fraction: probes / maxProbes });
    probes++;
    const target = (lo + hi) / 2;
    const found = probe(target);
    if (found) {
      best = found.outcome;
      bestTotals = found.totals;
      lo = lowestOf(found.totals);
    } else hi = target;
  }
  options.onProgress?.({ phase: 'fairness', fraction: 1 });
  return { outcome: best, threshold: lo, upperBound, probes };
}

function sumScores(assignments: readonly Assignment[]): number {
  let total = 0;
  for (const a of assignments) total += a.score;
  return total;
}

function lowestStatementScore(problem: MatchingProblem, assignments: readonly Assignment[]): number {
  const totals = new Float64Array(problem.statements.length);
  for (const a of assignments) totals[a.statement] += a.score;
  let lowest = Infinity;
  problem.statements.forEach((statement, s) => {
    if (statement.demand.expert + statement.demand.community > 0) lowest = Math.min(lowest, totals[s]);
  });
  return Number.isFinite(lowest) ? lowest : 0;
}

/** Explains each slot left open: which constraint binds and, for capacity, which reviewers are full. */
function diagnose(
  problem: MatchingProblem,
  single: SingleSolve,
  assignments: readonly Assignment[],
): InfeasibilityDiagnosis {
  const { built, flow } = single;
  const load = new Int32Array(problem.reviewers.length);
  for (const a of assignments) load[a.reviewer]++;
  const maxLoad = (r: number): number => problem.reviewers[r].maxLoad ?? problem.defaultMaxLoad ?? Infinity;
  const forbidden = new Set<number>();
  const R = problem.reviewers.length;
  for (let i = 0; i < (problem.forbidden?.statement.length ?? 0); i++) {
    forbidden.add(problem.forbidden!.statement[i] * R + problem.forbidden!.reviewer[i]);
  }
  const unmetMinimumLoads: { reviewer: number; missing: number }[] = [];
  for (let r = 0; r < built.reviewerCount; r++) {
    const missing = -flow.remainingSupply[r];
    if (missing > 0) unmetMinimumLoads.push({ reviewer: r, missing });
  }

  let byStatement: Map<number, number[]> | null = null;
  const candidatesOf = (statement: number): number[] => {
    if (byStatement === null) {
      byStatement = new Map();
      for (let i = 0; i < problem.candidates.statement.length; i++) {
        const s = problem.candidates.statement[i];
        const list = byStatement.get(s);
        if (list) list.push(i);
        else byStatement.set(s, [i]);
      }
    }
    return byStatement.get(statement) ?? [];
  };
  const uncovered: UncoveredDemand[] = [];
  const explainSlot = (slot: number, missing: number, blockedByMinimumLoads: boolean): void => {
    const statement = slot >> 1;
    const kind = REVIEWER_KINDS[slot & 1];
    const sId = problem.statements[statement].id;
    const usable = built.slotUsable[slot];
    const dropped = `${built.slotCandidates[slot]} candidates, ${built.slotConflicted[slot]} conflicted, ${built.slotInstitutionBlocked[slot]} blocked by the institution rule`;
    const saturatedReviewers: number[] = [];
    for (const i of candidatesOf(statement)) {
      const r = problem.candidates.reviewer[i];
      if (problem.reviewers[r].kind !== kind || forbidden.has(statement * R + r)) continue;
      if (load[r] >= maxLoad(r) && !saturatedReviewers.includes(r)) saturatedReviewers.push(r);
    }
    let binding: UncoveredDemand['binding'];
    let explanation: string;
    if (blockedByMinimumLoads) {
      binding = 'minimum-loads';
      explanation = `${sId}: the remaining capacity is reserved for reviewers' minimum loads that cannot be met`;
    } else if (usable === 0) {
      binding = 'no-candidates';
      explanation = `${sId} has no eligible ${kind} reviewer (${dropped})`;
    } else if (usable < built.residualDemand[slot]) {
      binding = 'too-few-candidates';
      explanation = `${sId} needs ${built.residualDemand[slot]} ${kind} reviewers but has ${usable} eligible (${dropped})`;
    } else {
      binding = 'reviewer-capacity';
      explanation = `${sId} lacks ${missing} ${kind} reviewers: ${saturatedReviewers.length} of its ${usable} eligible reviewers are at maximum load and the others cannot be freed without uncovering another statement`;
    }
    uncovered.push({
      statement,
      kind,
      missing,
      binding,
      explanation,
      saturatedReviewers: saturatedReviewers.slice(0, 20),
    });
  };
  for (let slot = 0; slot < built.overflowArc.length; slot++) {
    const a = built.overflowArc[slot];
    if (a >= 0 && flow.arcFlow[a] > 0) explainSlot(slot, flow.arcFlow[a], false);
  }
  let minimumLoadsExceedDemand = false;
  for (const blocked of flow.blockedSources) {
    if (blocked.node === built.sinkNode) minimumLoadsExceedDemand = true;
    else
      explainSlot(
        built.nodeStatement[blocked.node] * 2 + built.nodeKind[blocked.node],
        blocked.unroutedUnits,
        true,
      );
  }

  const missingTotal = uncovered.reduce((sum, u) => sum + u.missing, 0);
  const parts = [
    `${missingTotal} reviewer slots on ${new Set(uncovered.map((u) => u.statement)).size} statements cannot be filled`,
  ];
  if (unmetMinimumLoads.length > 0)
    parts.push(`${unmetMinimumLoads.length} reviewers cannot reach their minimum load`);
  if (minimumLoadsExceedDemand) parts.push('minimum loads add up to more than the total demand');
  return { uncovered, unmetMinimumLoads, summary: parts.join('; ') };
}
