import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpertiseAffinityIndex } from '../affinity/expertise.affinity';
import { parseReviewerArchive, parseSubmissions } from '../io/openreview-expertise.io';
import { formatScoreRows } from '../io/openreview-format.io';
import {
  countOption,
  parseCommandLine,
  peakMemoryMegabytes,
  readOptionPath,
  requiredOption,
  roundSeconds,
} from './command-line.parser';

export const AFFINITY_USAGE =
  'npm run affinity -- --archives DIR --submissions FILE.json [--top K] --out FILE.csv';

export interface AffinityCommandSummary {
  readonly submissions: number;
  readonly reviewers: number;
  readonly publications: number;
  readonly rows: number;
  readonly seconds: number;
  /** Reading and parsing the files, building the index, ranking, writing the CSV. */
  readonly phase_seconds: {
    readonly read: number;
    readonly index: number;
    readonly query: number;
    readonly write: number;
  };
  readonly peak_memory_mb: number;
}

/** Reads OpenReview expertise files and writes submission,reviewer,score rows (top K per submission). */
export function runAffinityCommand(argv: readonly string[]): AffinityCommandSummary {
  const started = performance.now();
  const args = parseCommandLine(argv);
  const archives = requiredOption(args, 'archives');
  const topK = countOption(args, 'top', 100);
  const files = readOptionPath('archives', archives, (path) => readdirSync(path))
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const reviewers = files.map((name) =>
    parseReviewerArchive(
      name.slice(0, -'.jsonl'.length),
      readOptionPath('archives', join(archives, name), (path) => readFileSync(path, 'utf8')),
    ),
  );
  const submissions = parseSubmissions(
    readOptionPath('submissions', requiredOption(args, 'submissions'), (path) => readFileSync(path, 'utf8')),
  );
  const read = performance.now();
  const index = new ExpertiseAffinityIndex(reviewers);
  const indexed = performance.now();
  const candidates = index.candidatePairs(submissions, topK);
  const ranked = performance.now();
  const rows = function* (): Generator<readonly [string, string, number]> {
    for (let i = 0; i < candidates.statement.length; i++) {
      yield [
        submissions[candidates.statement[i]].id,
        reviewers[candidates.reviewer[i]].id,
        candidates.score[i],
      ];
    }
  };
  writeFileSync(requiredOption(args, 'out'), formatScoreRows(rows()));
  const written = performance.now();
  const seconds = (from: number, to: number): number => roundSeconds((to - from) / 1000);
  return {
    submissions: submissions.length,
    reviewers: reviewers.length,
    publications: reviewers.reduce((sum, r) => sum + (r.publications?.length ?? 0), 0),
    rows: candidates.statement.length,
    seconds: seconds(started, written),
    phase_seconds: {
      read: seconds(started, read),
      index: seconds(read, indexed),
      query: seconds(indexed, ranked),
      write: seconds(ranked, written),
    },
    peak_memory_mb: peakMemoryMegabytes(),
  };
}
