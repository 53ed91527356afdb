import { REVIEWER_KINDS, type MatchingProblem, type PairRef } from '../assignment/assignment.model';

/**
 * Independent exact optimum by exhaustive enumeration, for tiny instances in tests. It shares
 * no code with the flow model: it tries every reviewer set for every statement and keeps the
 * best that satisfies loads, kinds and the institution rule (semantics as documented in
 * solveMatching: conflicts beat fixed pairs; fixed pairs count towards demand and load).
 */
export interface BruteForceOptimum {
  readonly feasible: boolean;
  readonly objective: number;
  /** Highest achievable lowest optimised-pair score (fairness mode, first criterion). */
  readonly bestBottleneck: number;
  /** Highest total among assignments whose lowest optimised pair reaches bestBottleneck. */
  readonly fairObjective: number;
  /** Highest achievable lowest statement total (statements with demand; fixed pairs count). */
  readonly bestMinStatementTotal: number;
}

export function bruteForceOptimum(problem: MatchingProblem): BruteForceOptimum {
  const P = problem.statements.length;
  const R = problem.reviewers.length;
  const rule = problem.institutionRule ?? true;
  const score = new Map<number, number>();
  for (let i = 0; i < problem.candidates.statement.length; i++) {
    const key = problem.candidates.statement[i] * R + problem.candidates.reviewer[i];
    if (!score.has(key)) score.set(key, problem.candidates.score[i]);
  }
  const forbidden = new Set<number>();
  for (let i = 0; i < (problem.forbidden?.statement.length ?? 0); i++) {
    forbidden.add(problem.forbidden!.statement[i] * R + problem.forbidden!.reviewer[i]);
  }
  const fixed: PairRef[] = [];
  const fixedKeys = new Set<number>();
  for (const pair of [...(problem.kept ?? []), ...(problem.forced ?? [])]) {
    const key = pair.statement * R + pair.reviewer;
    if (forbidden.has(key) || fixedKeys.has(key)) continue;
    fixedKeys.add(key);
    fixed.push(pair);
  }
  const fixedLoad = new Array<number>(R).fill(0);
  let fixedScore = 0;
  for (const { statement, reviewer } of fixed) {
    fixedLoad[reviewer]++;
    fixedScore += score.get(statement * R + reviewer) ?? 0;
  }
  const minLoad = problem.reviewers.map((r) => r.minLoad ?? problem.defaultMinLoad ?? 0);
  const maxLoad = problem.reviewers.map((r, i) =>
    Math.max(minLoad[i], r.maxLoad ?? problem.defaultMaxLoad ?? Infinity),
  );
  const spare = maxLoad.map((max, r) => Math.max(0, max - fixedLoad[r]));

  // Every admissible reviewer set per statement.
  const options: { reviewers: number[]; score: number; lowest: number }[][] = [];
  for (let p = 0; p < P; p++) {
    const fixedHere = fixed.filter((f) => f.statement === p).map((f) => f.reviewer);
    const fixedInstitutions = new Set(
      fixedHere.map((r) => problem.reviewers[r].institutionId).filter((i) => i !== undefined),
    );
    const need = REVIEWER_KINDS.map((kind) =>
      Math.max(
        0,
        problem.statements[p].demand[kind] -
          fixedHere.filter((r) => problem.reviewers[r].kind === kind).length,
      ),
    );
    const eligible: number[] = [];
    for (let r = 0; r < R; r++) {
      const key = p * R + r;
      if (!score.has(key) || forbidden.has(key) || fixedKeys.has(key)) continue;
      if (need[REVIEWER_KINDS.indexOf(problem.reviewers[r].kind)] === 0) continue;
      eligible.push(r);
    }
    const sets: { reviewers: number[]; score: number; lowest: number }[] = [];
    for (let mask = 0; mask < 1 << eligible.length; mask++) {
      const chosen = eligible.filter((_, i) => mask & (1 << i));
      const counts = REVIEWER_KINDS.map(
        (kind) => chosen.filter((r) => problem.reviewers[r].kind === kind).length,
      );
      if (counts.some((c, k) => c !== need[k])) continue;
      if (rule) {
        const institutions = chosen
          .map((r) => problem.reviewers[r].institutionId)
          .filter((i) => i !== undefined);
        if (new Set(institutions).size !== institutions.length) continue;
        if (institutions.some((i) => fixedInstitutions.has(i))) continue;
      }
      const scores = chosen.map((r) => score.get(p * R + r)!);
      sets.push({
        reviewers: chosen,
        score: scores.reduce((a, b) => a + b, 0),
        lowest: Math.min(Infinity, ...scores),
      });
    }
    options.push(sets);
  }

  const fixedByStatement = new Array<number>(P).fill(0);
  for (const { statement, reviewer } of fixed)
    fixedByStatement[statement] += score.get(statement * R + reviewer) ?? 0;
  const withDemand = problem.statements.map((s) => s.demand.expert + s.demand.community > 0);
  const leaves: { total: number; lowest: number; lowestStatement: number }[] = [];
  const load = new Array<number>(R).fill(0);
  const search = (p: number, total: number, lowest: number, lowestStatement: number): void => {
    if (p === P) {
      for (let r = 0; r < R; r++) if (fixedLoad[r] + load[r] < minLoad[r]) return;
      leaves.push({ total, lowest, lowestStatement });
      return;
    }
    for (const option of options[p]) {
      if (option.reviewers.some((r) => load[r] + 1 > spare[r])) continue;
      for (const r of option.reviewers) load[r]++;
      const statementTotal = withDemand[p] ? fixedByStatement[p] + option.score : Infinity;
      search(
        p + 1,
        total + option.score,
        Math.min(lowest, option.lowest),
        Math.min(lowestStatement, statementTotal),
      );
      for (const r of option.reviewers) load[r]--;
    }
  };
  search(0, fixedScore, Infinity, Infinity);
  const objective = Math.max(-Infinity, ...leaves.map((l) => l.total));
  const bestBottleneck = Math.max(-Infinity, ...leaves.map((l) => l.lowest));
  const fairObjective = Math.max(
    -Infinity,
    ...leaves.filter((l) => l.lowest >= bestBottleneck).map((l) => l.total),
  );
  const bestMinStatementTotal = Math.max(-Infinity, ...leaves.map((l) => l.lowestStatement));
  return { feasible: leaves.length > 0, objective, bestBottleneck, fairObjective, bestMinStatementTotal };
}
