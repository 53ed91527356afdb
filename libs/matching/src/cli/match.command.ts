import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_ALGORITHMS, MATCHING_OBJECTIVES } from '../assignment/assignment.model';
import { solveMatching } from '../assignment/assignment.solver';
import { buildOpenReviewInstance, formatAssignmentsJson, toOpenReviewAssignments } from '../io/openreview-format.io';
import { isAscii } from 'node:buffer';
import {
  choiceOption,
  countOption,
  numberOption,
  readOptionPath,
  parseCommandLine,
  peakMemoryMegabytes,
  requiredOption,
  roundSeconds,
  stringOption,
} from './command-line.parser';

export interface MatchCommandSummary {
  readonly status: string;
  readonly objective: number;
  readonly solve_seconds: number;
  readonly total_seconds: number;
  readonly peak_memory_mb: number;
  readonly papers: number;
  readonly reviewers: number;
  readonly assigned: number;
  readonly optimality_verified: boolean | null;
  readonly diagnosis?: string;
}

export const MATCH_USAGE = `npm run match -- --scores FILE [FILE ...] [--weights W ...] [--constraints FILE]
  [--max_papers FILE] [--min_papers_default N] [--max_papers_default N] --num_reviewers N --out DIR
  [--objective total|fair] [--seed N] [--flow_algorithm auto|successive-shortest-paths|cost-scaling]`;

/** A file's text; plain ASCII (as OpenReview exports are) is decoded without UTF-8 validation. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** openreview-matcher compatible run: reads its files, writes DIR/assignments.json. */
export function runMatchCommand(argv: readonly string[]): MatchCommandSummary {
  const started = performance.now();
  const args = parseCommandLine(argv);
  const scoreFiles = args.get('scores') ?? [];
  if (scoreFiles.length === 0) throw new Error('--scores is required');
  const weights = (args.get('weights') ?? scoreFiles.map(() => '1')).map(Number);
  if (weights.length !== scoreFiles.length || weights.some((w) => !Number.isFinite(w))) {
    throw new Error('--weights needs one number per --scores file');
  }
  const constraints = stringOption(args, 'constraints');
  const maxPapers = stringOption(args, 'max_papers');
  const readText = (name: string, path: string): string => readOptionPath(name, path, textOf);
  const instance = buildOpenReviewInstance({
    scoreFiles: scoreFiles.map((file, i) => ({ text: readText('scores', file), weight: weights[i] })),
    constraintsText: constraints ? readText('constraints', constraints) : undefined,
    maxPapersText: maxPapers ? readText('max_papers', maxPapers) : undefined,
    minPapersDefault: countOption(args, 'min_papers_default', 0),
    maxPapersDefault: countOption(args, 'max_papers_default', Number.MAX_SAFE_INTEGER),
    reviewersPerPaper: countOption(args, 'num_reviewers', 3),
  });
  const objective = choiceOption(args, 'objective', MATCHING_OBJECTIVES);
  const flowAlgorithm = choiceOption(args, 'flow_algorithm', FLOW_ALGORITHMS);
  const result = solveMatching(instance.problem, {
    objective,
    seed: numberOption(args, 'seed', 1),
    flowAlgorithm,
  });
  const out = requiredOption(args, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'assignments.json'), formatAssignmentsJson(toOpenReviewAssignments(instance, result)));
  const { stats } = result;
  return {
    status: result.status,
    objective: result.objective,
    solve_seconds: roundSeconds(stats.buildSeconds + stats.solveSeconds + stats.verifySeconds),
    total_seconds: roundSeconds((performance.now() - started) / 1000),
    peak_memory_mb: peakMemoryMegabytes(),
    papers: instance.paperIds.length,
    reviewers: instance.reviewerIds.length,
    assigned: result.assignments.length,
    optimality_verified: result.optimalityVerified,
    ...(result.diagnosis ? { diagnosis: result.diagnosis.summary } : {}),
  };
}
