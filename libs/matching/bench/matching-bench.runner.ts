import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  FLOW_ALGORITHMS,
  MATCHING_OBJECTIVES,
  type MatchingProblem,
} from '../src/assignment/assignment.model';
import { solveMatching } from '../src/assignment/assignment.solver';
import {
  choiceOption,
  countOption,
  numberOption,
  parseCommandLine,
  peakMemoryMegabytes,
  stringOption,
  roundSeconds,
} from '../src/cli/command-line.parser';
import { detectConflicts } from '../src/conflicts/conflict.detector';
import { formatScoreRows } from '../src/io/openreview-format.io';
import { syntheticPeople } from '../src/testing/synthetic-people.fixture';
import {
  DEFAULT_SYNTHETIC_SPEC,
  generateSyntheticInstance,
  type SyntheticInstanceSpec,
} from './synthetic-instance.generator';

export const BENCH_USAGE = `npm run bench:matching -- [--statements N] [--reviewers N] [--candidates K]
  [--reviewers_per_statement N] [--community_per_statement N] [--max_load N] [--conflicts N] [--clusters N] [--institutions N]
  [--seed N] [--objective total|fair] [--flow_algorithm auto|successive-shortest-paths|cost-scaling]
  [--institution_branches N] [--write DIR] [--conflict_detection] [--ortools [--python PATH]]

  --ortools writes the instance (to --write DIR or a temporary folder), then times \`npm run match\` on
  the files and OR-Tools' C++ min-cost flow (bench/independent-optimum.ortools.py; needs a Python with
  \`pip install ortools\`) and prints both with their ratio.`;

export interface BenchReport {
  readonly instance: SyntheticInstanceSpec & {
    readonly candidate_pairs: number;
    readonly nodes: number;
    readonly arcs: number;
  };
  readonly seconds: {
    readonly generate: number;
    readonly write?: number;
    readonly build: number;
    readonly solve: number;
    readonly verify: number;
    readonly total: number;
  };
  readonly peak_rss_mb: number;
  readonly status: string;
  readonly objective: number;
  readonly optimality_gap: number | null;
  readonly solves: number;
  readonly min_statement_score: number;
  /** Objective 'fair': secured lowest statement total, its upper bound and the probes run. */
  readonly fairness?: {
    readonly threshold: number | null;
    readonly upper_bound: number | null;
    readonly probes: number | null;
  };
  readonly assignments: number;
  readonly flow_algorithm: string;
  /** Flow solves finished by cost scaling (the rest by successive shortest paths). */
  readonly cost_scaling_solves: number;
  /** Re-solves finished from the previous solve's flow (fairness probes, institution branching). */
  readonly warm_started_solves: number;
  readonly augmentations: number;
  readonly score_resolution: number;
  readonly optimality_verified: boolean | null;
  readonly written_to?: string;
  /** With --ortools: `npm run match` on the written files against OR-Tools on the same files. */
  readonly comparison?: OrToolsComparison;
  /** With --conflict_detection: detectConflicts on synthetic people at the instance's sizes. */
  readonly conflict_detection?: {
    readonly seconds: number;
    readonly conflicted_pairs: number;
    readonly people_seconds: number;
  };
}

export interface OrToolsComparison {
  /** `npm run match` as a user runs it: process start to exit, and the figures it prints. */
  readonly match_command:
    | {
        readonly wall_seconds: number;
        readonly total_seconds: number;
        readonly solve_seconds: number;
        readonly objective: number;
        readonly status: string;
      }
    | { readonly error: string };
  /** OR-Tools' SimpleMinCostFlow: its solve alone, and the whole script (reading CSV in Python). */
  readonly ortools:
    | {
        readonly solve_seconds: number;
        readonly wall_seconds: number;
        readonly objective: number;
        readonly status: string;
      }
    | { readonly error: string };
  /** The whole `npm run match` over OR-Tools' solve alone (the issue's measure; target <= 1.5). */
  readonly match_wall_over_ortools_solve: number | null;
  /** Our build + solve + certificate over OR-Tools' solve. */
  readonly match_solve_over_ortools_solve: number | null;
  readonly same_objective: boolean | null;
}

const ROOT = resolve(__dirname, '../../..');

function timedJson(
  command: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): { seconds: number; json: Record<string, unknown> } | { error: string } {
  const started = performance.now();
  const run = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: env ?? process.env,
    maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) return { error: `${command}: ${run.error.message}` };
  if (run.status !== 0)
    return {
      error: `${command} ${args.slice(0, 3).join(' ')} exited with ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    };
  try {
    return {
      seconds,
      json: JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>,
    };
  } catch {
    return { error: `${command} printed no JSON: ${run.stdout.slice(0, 200)}` };
  }
}

/** Times `npm run match` and OR-Tools on the files in `dir` (demand and load as in `spec`). */
export function compareWithOrTools(
  dir: string,
  spec: SyntheticInstanceSpec,
  python: string,
): OrToolsComparison {
  const match = timedJson('npm', [
    'run',
    '-s',
    'match',
    '--',
    '--scores',
    join(dir, 'scores.csv'),
    '--constraints',
    join(dir, 'constraints.csv'),
    '--max_papers_default',
    String(spec.maxLoad),
    '--num_reviewers',
    String(spec.reviewersPerStatement),
    '--out',
    join(dir, 'out'),
  ]);
  const ortools = timedJson(python, [
    join(ROOT, 'libs/matching/bench/independent-optimum.ortools.py'),
    dir,
    String(spec.reviewersPerStatement),
    String(spec.maxLoad),
  ]);
  const matchFigures =
    'error' in match
      ? { error: match.error }
      : {
          wall_seconds: roundSeconds(match.seconds),
          total_seconds: Number(match.json['total_seconds']),
          solve_seconds: Number(match.json['solve_seconds']),
          objective: Number(match.json['objective']),
          status: String(match.json['status']),
        };
  const ortoolsFigures =
    'error' in ortools
      ? {
          error: `${ortools.error} (the comparison needs a Python with OR-Tools: pip install ortools; --python PATH picks it)`,
        }
      : {
          solve_seconds: Number(ortools.json['solve_seconds']),
          wall_seconds: roundSeconds(ortools.seconds),
          objective: Number(ortools.json['objective']),
          status: String(ortools.json['status']),
        };
  const both =
    'error' in matchFigures || 'error' in ortoolsFigures ? null : { m: matchFigures, o: ortoolsFigures };
  const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
  return {
    match_command: matchFigures,
    ortools: ortoolsFigures,
    match_wall_over_ortools_solve: both ? ratio(both.m.wall_seconds, both.o.solve_seconds) : null,
    match_solve_over_ortools_solve: both ? ratio(both.m.solve_seconds, both.o.solve_seconds) : null,
    // Both sum the same float scores of optimal pairs; equal optima may differ in the last bits.
    same_objective: both
      ? Math.abs(both.m.objective - both.o.objective) <= 1e-9 * Math.max(1, Math.abs(both.o.objective))
      : null,
  };
}

/** Generates, optionally writes in openreview-matcher formats, solves and reports timings. */
export function runMatchingBench(argv: readonly string[]): BenchReport {
  const started = performance.now();
  const args = parseCommandLine(argv);
  const d = DEFAULT_SYNTHETIC_SPEC;
  const spec: SyntheticInstanceSpec = {
    statements: countOption(args, 'statements', d.statements),
    reviewers: countOption(args, 'reviewers', d.reviewers),
    candidatesPerStatement: countOption(args, 'candidates', d.candidatesPerStatement),
    reviewersPerStatement: countOption(args, 'reviewers_per_statement', d.reviewersPerStatement),
    communityPerStatement: countOption(args, 'community_per_statement', d.communityPerStatement),
    maxLoad: countOption(args, 'max_load', d.maxLoad),
    conflictsPerStatement: countOption(args, 'conflicts', d.conflictsPerStatement),
    clusters: countOption(args, 'clusters', d.clusters),
    institutions: countOption(args, 'institutions', d.institutions),
    seed: numberOption(args, 'seed', d.seed),
  };
  const problem = generateSyntheticInstance(spec);
  const generated = performance.now();
  const compare = args.has('ortools');
  const writeDir =
    stringOption(args, 'write') ?? (compare ? mkdtempSync(join(tmpdir(), 'matching-bench-')) : undefined);
  let writeSeconds: number | undefined;
  if (writeDir) {
    const t = performance.now();
    writeOpenReviewFiles(problem, writeDir);
    writeSeconds = (performance.now() - t) / 1000;
  }
  const objective = choiceOption(args, 'objective', MATCHING_OBJECTIVES);
  const flowAlgorithm = choiceOption(args, 'flow_algorithm', FLOW_ALGORITHMS);
  const result = solveMatching(problem, {
    objective,
    seed: spec.seed,
    flowAlgorithm,
    maxInstitutionBranches: countOption(args, 'institution_branches', 16),
  });
  const finished = performance.now();
  let conflictDetection: BenchReport['conflict_detection'];
  if (args.has('conflict_detection')) {
    // 4 authors per statement; everyone has 5 affiliations, 50 co-authors and 20 publications.
    const t0 = performance.now();
    const people = syntheticPeople(spec.seed, {
      statements: spec.statements,
      reviewers: spec.reviewers,
      authorsPerStatement: 4,
      affiliationsPerPerson: 5,
      coauthorsPerPerson: 50,
      publicationsPerPerson: 20,
      institutions: 5000,
      population: 500_000,
      currentYear: 2025,
    });
    const t1 = performance.now();
    const conflicts = detectConflicts(people.statements, people.reviewers, {
      currentYear: 2025,
      recentYears: 3,
    });
    conflictDetection = {
      seconds: roundSeconds((performance.now() - t1) / 1000),
      conflicted_pairs: conflicts.statement.length,
      people_seconds: roundSeconds((t1 - t0) / 1000),
    };
  }
  let comparison: OrToolsComparison | undefined;
  if (compare && writeDir) {
    comparison = compareWithOrTools(writeDir, spec, stringOption(args, 'python') ?? 'python3');
    if (!stringOption(args, 'write')) rmSync(writeDir, { recursive: true, force: true });
  }
  return {
    instance: {
      ...spec,
      candidate_pairs: problem.candidates.statement.length,
      nodes: result.stats.nodes,
      arcs: result.stats.arcs,
    },
    seconds: {
      generate: roundSeconds((generated - started) / 1000),
      ...(writeSeconds !== undefined ? { write: roundSeconds(writeSeconds) } : {}),
      build: roundSeconds(result.stats.buildSeconds),
      solve: roundSeconds(result.stats.solveSeconds),
      verify: roundSeconds(result.stats.verifySeconds),
      total: roundSeconds((finished - started) / 1000),
    },
    peak_rss_mb: peakMemoryMegabytes(),
    status: result.status,
    objective: result.objective,
    optimality_gap: result.optimalityGap,
    solves: result.stats.solves,
    min_statement_score: result.minStatementScore,
    ...(objective === 'fair'
      ? {
          fairness: {
            threshold: result.fairnessThreshold,
            upper_bound: result.fairnessUpperBound,
            probes: result.fairnessProbes,
          },
        }
      : {}),
    assignments: result.assignments.length,
    flow_algorithm: flowAlgorithm,
    cost_scaling_solves: result.stats.costScalingSolves,
    warm_started_solves: result.stats.warmStartedSolves,
    augmentations: result.stats.augmentations,
    score_resolution: result.stats.scoreResolution,
    optimality_verified: result.optimalityVerified,
    ...(stringOption(args, 'write') ? { written_to: writeDir } : {}),
    ...(comparison ? { comparison } : {}),
    ...(conflictDetection ? { conflict_detection: conflictDetection } : {}),
  };
}

/** scores.csv and constraints.csv (conflicts as -1), readable by `npm run match` and openreview-matcher. */
export function writeOpenReviewFiles(problem: MatchingProblem, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const { statements, reviewers, candidates, forbidden } = problem;
  const scoreRows = function* (): Generator<readonly [string, string, number]> {
    for (let i = 0; i < candidates.statement.length; i++) {
      yield [
        statements[candidates.statement[i]].id,
        reviewers[candidates.reviewer[i]].id,
        candidates.score[i],
      ];
    }
  };
  writeFileSync(join(dir, 'scores.csv'), formatScoreRows(scoreRows()));
  const conflictRows: string[] = [];
  for (let i = 0; i < (forbidden?.statement.length ?? 0); i++) {
    conflictRows.push(`${statements[forbidden!.statement[i]].id},${reviewers[forbidden!.reviewer[i]].id},-1`);
  }
  writeFileSync(join(dir, 'constraints.csv'), conflictRows.join('\n') + '\n');
}
