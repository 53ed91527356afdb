import { bruteForceOptimum } from '../testing/brute-force-assignment.reference';
import { randomInstance, type RandomInstanceShape } from '../testing/random-instance.fixture';
import {
  REVIEWER_KINDS,
  type MatchingProblem,
  type MatchingResult,
  type ReviewerCapacity,
} from './assignment.model';
import { solveMatching } from './assignment.solver';

const tinyShapes: { label: string; shape: RandomInstanceShape }[] = [
  {
    label: 'experts only',
    shape: {
      statements: 4,
      reviewers: 5,
      candidateProbability: 0.8,
      conflictProbability: 0.1,
      institutions: 0,
      maxDemand: 2,
      maxLoad: 2,
      withCommunity: false,
      withMinLoads: false,
      fixedPairs: 0,
    },
  },
  {
    label: 'kinds, institutions and min loads',
    shape: {
      statements: 3,
      reviewers: 6,
      candidateProbability: 0.75,
      conflictProbability: 0.1,
      institutions: 3,
      maxDemand: 2,
      maxLoad: 2,
      withCommunity: true,
      withMinLoads: true,
      fixedPairs: 0,
    },
  },
  {
    label: 'forced and kept pairs',
    shape: {
      statements: 3,
      reviewers: 6,
      candidateProbability: 0.7,
      conflictProbability: 0.15,
      institutions: 2,
      maxDemand: 2,
      maxLoad: 3,
      withCommunity: true,
      withMinLoads: true,
      fixedPairs: 2,
    },
  },
  {
    label: 'tight capacity',
    shape: {
      statements: 4,
      reviewers: 5,
      candidateProbability: 0.9,
      conflictProbability: 0.05,
      institutions: 3,
      maxDemand: 1,
      maxLoad: 2,
      withCommunity: true,
      withMinLoads: false,
      fixedPairs: 1,
    },
  },
];

/** Constraint checks shared by every test: what must hold whatever the objective. */
function expectConstraintsHold(problem: MatchingProblem, result: MatchingResult): void {
  const R = problem.reviewers.length;
  const key = (s: number, r: number): number => s * R + r;
  const forbidden = new Set<number>();
  problem.forbidden?.statement.forEach((s, i) => forbidden.add(key(s, problem.forbidden!.reviewer[i])));
  const candidate = new Set<number>();
  problem.candidates.statement.forEach((s, i) => candidate.add(key(s, problem.candidates.reviewer[i])));
  const assigned = new Set<number>();
  const load = new Array<number>(R).fill(0);
  for (const a of result.assignments) {
    const k = key(a.statement, a.reviewer);
    expect(forbidden.has(k)).toBe(false);
    expect(assigned.has(k)).toBe(false);
    assigned.add(k);
    load[a.reviewer]++;
    expect(a.kind).toBe(problem.reviewers[a.reviewer].kind);
    if (a.origin === 'optimised') expect(candidate.has(k)).toBe(true);
  }
  for (const pair of [...(problem.forced ?? []), ...(problem.kept ?? [])]) {
    expect(assigned.has(key(pair.statement, pair.reviewer))).toBe(
      !forbidden.has(key(pair.statement, pair.reviewer)),
    );
  }
  if (result.status !== 'optimal' && result.status !== 'feasible') return;
  const fixedExcess = result.inputProblems.some((p) => p.kind !== 'forced-pair-conflict');
  problem.statements.forEach((statement, s) => {
    const mine = result.assignments.filter((a) => a.statement === s);
    if (!fixedExcess) {
      for (const kind of REVIEWER_KINDS)
        expect(mine.filter((a) => a.kind === kind)).toHaveLength(statement.demand[kind]);
    }
    if ((problem.institutionRule ?? true) && !fixedExcess) {
      const institutions = mine
        .map((a) => problem.reviewers[a.reviewer].institutionId)
        .filter((i) => i !== undefined);
      expect(new Set(institutions).size).toBe(institutions.length);
    }
  });
  problem.reviewers.forEach((reviewer: ReviewerCapacity, r) => {
    if (fixedExcess) return;
    expect(load[r]).toBeLessThanOrEqual(reviewer.maxLoad ?? problem.defaultMaxLoad ?? Infinity);
    expect(load[r]).toBeGreaterThanOrEqual(
      Math.min(reviewer.minLoad ?? problem.defaultMinLoad ?? 0, reviewer.maxLoad ?? Infinity),
    );
  });
}

describe('solveMatching against brute force', () => {
  it.each(tinyShapes)('finds the exact optimum or proves infeasibility ($label)', ({ shape }) => {
    let feasibleCount = 0;
    let branched = 0;
    let scaled = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const problem = randomInstance(seed, shape);
      const expected = bruteForceOptimum(problem);
      const result = solveMatching(problem, { seed });
      expectConstraintsHold(problem, result);
      expect(result.optimalityVerified).toBe(true);
      expect(result.status === 'optimal').toBe(expected.feasible);
      if (result.stats.solves > 1) branched++;
      if (result.stats.costScalingSolves > 0) scaled++;
      // Each algorithm on its own reaches the same optimum.
      for (const flowAlgorithm of ['successive-shortest-paths', 'cost-scaling'] as const) {
        const forced = solveMatching(problem, { seed, flowAlgorithm });
        expect(forced.status).toBe(result.status);
        expect(forced.optimalityVerified).toBe(true);
        expect(forced.objective).toBeCloseTo(result.objective, 7);
        if (flowAlgorithm === 'cost-scaling' && expected.feasible)
          expect(forced.stats.costScalingSolves).toBeGreaterThan(0);
      }
      if (expected.feasible) {
        feasibleCount++;
        expect(result.objective).toBeCloseTo(expected.objective, 7);
      } else {
        const diagnosis = result.diagnosis!;
        expect(diagnosis.uncovered.length + diagnosis.unmetMinimumLoads.length).toBeGreaterThan(0);
      }
    }
    expect(feasibleCount).toBeGreaterThan(15);
    // Tight capacity sends the automatic choice to cost scaling on some instances.
    expect(scaled).toBeGreaterThan(0);
    // Expert/community clashes at one institution need branch and bound: make sure it ran.
    if (shape.withCommunity && shape.institutions > 0) expect(branched).toBeGreaterThan(0);
  });

  it.each(tinyShapes)(
    'fair mode: feasible, lowest statement total between the plain optimum and the brute-force best, which the bound covers ($label)',
    ({ shape }) => {
      let compared = 0;
      let optimalMin = 0;
      let improved = 0;
      let warmStarted = 0;
      for (let seed = 500; seed < 620; seed++) {
        const problem = randomInstance(seed, shape);
        const expected = bruteForceOptimum(problem);
        const result = solveMatching(problem, { objective: 'fair', seed });
        expectConstraintsHold(problem, result);
        if (!expected.feasible || !Number.isFinite(expected.bestMinStatementTotal)) continue;
        compared++;
        const plain = solveMatching(problem, { seed });
        expect(result.status).toBe(plain.status);
        expect(result.optimalityVerified).toBe(true);
        const best = expected.bestMinStatementTotal;
        expect(result.minStatementScore).toBeLessThanOrEqual(best + 1e-9);
        expect(result.minStatementScore).toBeGreaterThanOrEqual(plain.minStatementScore - 1e-9);
        expect(result.minStatementScore).toBeGreaterThanOrEqual(result.fairnessThreshold! - 1e-9);
        expect(result.fairnessUpperBound!).toBeGreaterThanOrEqual(best - 1e-9);
        if (result.minStatementScore >= best - 1e-9) optimalMin++;
        if (result.minStatementScore > plain.minStatementScore + 1e-9) improved++;
        warmStarted += result.stats.warmStartedSolves;
      }
      expect(compared).toBeGreaterThan(10);
      // The heuristic reaches the exact max-min in most tiny cases and improves on the plain optimum.
      expect(optimalMin / compared).toBeGreaterThan(0.85);
      expect(improved).toBeGreaterThan(0);
      // Fairness re-solves start from the previous flow.
      expect(warmStarted).toBeGreaterThan(0);
    },
  );
});

describe('solveMatching properties at medium size', () => {
  const shape: RandomInstanceShape = {
    statements: 80,
    reviewers: 60,
    candidateProbability: 0.25,
    conflictProbability: 0.05,
    institutions: 12,
    maxDemand: 3,
    maxLoad: 6,
    withCommunity: true,
    withMinLoads: true,
    fixedPairs: 15,
  };
  it('never assigns a conflict and keeps demands, loads, fixed pairs and the institution rule', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const problem = randomInstance(seed, shape);
      const result = solveMatching(problem, { seed });
      expect(result.optimalityVerified).toBe(true);
      expectConstraintsHold(problem, result);
    }
  });

  it('is deterministic for a seed, and other seeds reach the same optimum', () => {
    const problem = randomInstance(99, shape);
    const first = solveMatching(problem, { seed: 7 });
    const again = solveMatching(problem, { seed: 7 });
    const other = solveMatching(problem, { seed: 8 });
    expect(again.assignments).toEqual(first.assignments);
    expect(other.objective).toBeCloseTo(first.objective, 9);
  });

  it('reports progress per phase, ending each solve at fraction 1', () => {
    const problem = randomInstance(3, shape);
    const events: { phase: string; fraction: number }[] = [];
    solveMatching(problem, { onProgress: (p) => events.push(p) });
    const solveFractions = events.filter((e) => e.phase === 'solve').map((e) => e.fraction);
    expect(solveFractions.length).toBeGreaterThan(1);
    expect(solveFractions).toEqual([...solveFractions].sort((a, b) => a - b));
    expect(solveFractions[solveFractions.length - 1]).toBe(1);
    expect(events.some((e) => e.phase === 'build')).toBe(true);
    expect(events.some((e) => e.phase === 'verify')).toBe(true);
  });
});

/** Small hand-made problems: statements s0..., reviewers r0... (experts unless stated). */
function handProblem(spec: {
  demands: number[];
  reviewers: Partial<ReviewerCapacity>[];
  pairs: [number, number, number][];
  conflicts?: [number, number][];
  forced?: [number, number][];
  defaultMaxLoad?: number;
}): MatchingProblem {
  return {
    statements: spec.demands.map((d, s) => ({ id: `s${s}`, demand: { expert: d, community: 0 } })),
    reviewers: spec.reviewers.map((r, i) => ({ id: `r${i}`, kind: 'expert', ...r })),
    candidates: {
      statement: Int32Array.from(spec.pairs.map((p) => p[0])),
      reviewer: Int32Array.from(spec.pairs.map((p) => p[1])),
      score: Float64Array.from(spec.pairs.map((p) => p[2])),
    },
    forbidden: {
      statement: Int32Array.from((spec.conflicts ?? []).map((c) => c[0])),
      reviewer: Int32Array.from((spec.conflicts ?? []).map((c) => c[1])),
    },
    forced: (spec.forced ?? []).map(([statement, reviewer]) => ({ statement, reviewer })),
    defaultMaxLoad: spec.defaultMaxLoad ?? 1,
  };
}

describe('solveMatching infeasibility diagnosis', () => {
  const cases = [
    {
      label: 'every candidate conflicted',
      problem: handProblem({
        demands: [1, 1],
        reviewers: [{}, {}],
        pairs: [
          [0, 0, 0.9],
          [1, 1, 0.9],
        ],
        conflicts: [[0, 0]],
      }),
      statement: 0,
      binding: 'no-candidates',
    },
    {
      label: 'fewer candidates than demand',
      problem: handProblem({
        demands: [3],
        reviewers: [{}, {}],
        pairs: [
          [0, 0, 0.5],
          [0, 1, 0.4],
        ],
      }),
      statement: 0,
      binding: 'too-few-candidates',
    },
    {
      label: 'two statements compete for one reviewer',
      problem: handProblem({
        demands: [1, 1],
        reviewers: [{}],
        pairs: [
          [0, 0, 0.2],
          [1, 0, 0.8],
        ],
      }),
      statement: 0,
      binding: 'reviewer-capacity',
    },
    {
      label: 'a minimum load that no statement can meet',
      problem: handProblem({ demands: [1], reviewers: [{}, { minLoad: 1 }], pairs: [[0, 0, 0.5]] }),
      statement: 0,
      binding: 'minimum-loads',
    },
  ];
  it.each(cases)('says why and where: $label', ({ problem, statement, binding }) => {
    const result = solveMatching(problem);
    expect(result.status).toBe('infeasible');
    const uncovered = result.diagnosis!.uncovered.find((u) => u.statement === statement);
    expect(uncovered?.binding).toBe(binding);
    expect(uncovered?.explanation).toContain(`s${statement}`);
  });

  it('offers the best partial assignment: the contested reviewer goes where it scores more', () => {
    const result = solveMatching(cases[2].problem);
    expect(result.assignments.map((a) => [a.statement, a.reviewer])).toEqual([[1, 0]]);
    expect(result.diagnosis!.uncovered[0].saturatedReviewers).toEqual([0]);
  });

  it('names reviewers whose minimum load cannot be met', () => {
    const result = solveMatching(cases[3].problem);
    expect(result.diagnosis!.unmetMinimumLoads).toEqual([{ reviewer: 1, missing: 1 }]);
  });

  it('a forced pair that is also a conflict is reported and not assigned', () => {
    const problem = handProblem({
      demands: [1],
      reviewers: [{}, {}],
      pairs: [
        [0, 0, 0.9],
        [0, 1, 0.1],
      ],
      conflicts: [[0, 0]],
      forced: [[0, 0]],
    });
    const result = solveMatching(problem);
    expect(result.inputProblems.map((p) => p.kind)).toEqual(['forced-pair-conflict']);
    expect(result.assignments.map((a) => a.reviewer)).toEqual([1]);
  });
});

describe('solveMatching cost resolution', () => {
  // s0 must take the better of two nearly equal reviewers; s1 takes the other. A third pair
  // stretches the score range to [0, 1] so truncation to 0.01 would lose the difference.
  it.each([1e-3, 1e-5, 1e-6, 1e-7])('separates scores %p apart on a [0, 1] range', (gap) => {
    const problem = handProblem({
      demands: [1, 1, 1],
      reviewers: [{}, {}, {}],
      pairs: [
        [0, 0, 0.5],
        [0, 1, 0.5 + gap],
        [1, 0, 0.3],
        [1, 1, 0.3],
        [2, 2, 1],
        [2, 0, 0],
      ],
    });
    const result = solveMatching(problem);
    expect(result.assignments.find((a) => a.statement === 0)?.reviewer).toBe(1);
    expect(result.stats.scoreResolution).toBeLessThan(1e-6);
  });
});

describe('solveMatching institution rule across kinds', () => {
  // The relaxation wants the expert and the community reviewer from institution A (1.8);
  // the rule allows expert A + community C (1.5, optimal) or expert B + community A (1.4).
  const problem: MatchingProblem = {
    statements: [{ id: 's0', demand: { expert: 1, community: 1 } }],
    reviewers: [
      { id: 'expert-A', kind: 'expert', institutionId: 'A' },
      { id: 'expert-B', kind: 'expert', institutionId: 'B' },
      { id: 'community-A', kind: 'community', institutionId: 'A' },
      { id: 'community-C', kind: 'community', institutionId: 'C' },
    ],
    candidates: {
      statement: Int32Array.from([0, 0, 0, 0]),
      reviewer: Int32Array.from([0, 1, 2, 3]),
      score: Float64Array.from([0.9, 0.5, 0.9, 0.6]),
    },
  };
  it.each([
    { budget: 16, status: 'optimal', objective: 1.5, gap: 0 },
    { budget: 1, status: 'feasible', objective: 1.4, gap: 0.4 },
    { budget: 0, status: 'institution-rule-unresolved', objective: 1.8, gap: null },
  ])('with a budget of $budget re-solves: $status', ({ budget, status, objective, gap }) => {
    const result = solveMatching(problem, { maxInstitutionBranches: budget });
    expect(result.status).toBe(status);
    expect(result.objective).toBeCloseTo(objective, 9);
    if (gap === null) expect(result.optimalityGap).toBeNull();
    else expect(result.optimalityGap).toBeCloseTo(gap, 6);
    expect(bruteForceOptimum(problem).objective).toBeCloseTo(1.5, 9);
  });
});
