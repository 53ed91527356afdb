import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_ALGORITHMS, MATCHING_OBJECTIVES } from '../assignment/assignment.model';
import { solveMatching } from '../assignment/assignment.solver';
import {
  buildOpenReviewInstance,
  formatAssignmentsJson,
  toOpenReviewAssignments,
} from '../io/openreview-format.io';
import type { ScoreTable } from '../io/score-rows.reader';
import { decodeText, readScoresOnTwoThreads, TWO_THREAD_MIN_BYTES } from './two-thread-score.reader';
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
  /** Threads that read the score files: 2 when one large file was read in two halves. */
  readonly read_threads: number;
  readonly diagnosis?: string;
}

export const MATCH_USAGE = `npm run match -- --scores FILE [FILE ...] [--weights W ...] [--constraints FILE]
  [--max_papers FILE] [--min_papers_default N] [--max_papers_default N] --num_reviewers N --out DIR
  [--objective total|fair] [--seed N] [--flow_algorithm auto|successive-shortest-paths|cost-scaling]`;

export interface MatchCommandOptions {
  /** The bundled score-rows.worker: one large score file is then read on two threads. */
  readonly scoreRowsWorker?: string;
}

/** openreview-matcher compatible run: reads its files, writes DIR/assignments.json. */
export function runMatchCommand(
  argv: readonly string[],
  options: MatchCommandOptions = {},
): MatchCommandSummary {
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
  // Plain ASCII (as OpenReview exports are) is decoded without UTF-8 validation.
  const readBytes = (name: string, path: string): Buffer =>
    readOptionPath(name, path, (p) => readFileSync(p));
  const readText = (name: string, path: string): string => decodeText(readBytes(name, path));
  let scores: ScoreTable | null = null;
  let scoreTexts: { text: string; weight: number }[] = [];
  if (scoreFiles.length === 1 && options.scoreRowsWorker) {
    const bytes = readBytes('scores', scoreFiles[0]);
    if (bytes.length >= TWO_THREAD_MIN_BYTES)
      scores = readScoresOnTwoThreads(
        scoreFiles[0],
        bytes,
        weights[0],
        'scores file 1',
        options.scoreRowsWorker,
      );
    if (!scores) scoreTexts = [{ text: decodeText(bytes), weight: weights[0] }];
  } else scoreTexts = scoreFiles.map((file, i) => ({ text: readText('scores', file), weight: weights[i] }));
  const instance = buildOpenReviewInstance({
    scoreFiles: scoreTexts,
    ...(scores ? { scores } : {}),
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
  writeFileSync(
    join(out, 'assignments.json'),
    formatAssignmentsJson(toOpenReviewAssignments(instance, result)),
  );
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
    read_threads: scores ? 2 : 1,
    ...(result.diagnosis ? { diagnosis: result.diagnosis.summary } : {}),
  };
}
