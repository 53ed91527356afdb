import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeAffinityCandidates } from '../affinity/expertise.affinity';
import { parseReviewerArchive, parseSubmissions } from '../io/openreview-expertise.io';
import { formatScoreRows } from '../io/openreview-format.io';
import { numberOption, parseCommandLine, peakMemoryMegabytes, requiredOption } from './command-line.parser';

export const AFFINITY_USAGE =
  'npm run affinity -- --archives DIR --submissions FILE.json [--top K] --out FILE.csv';

export interface AffinityCommandSummary {
  readonly submissions: number;
  readonly reviewers: number;
  readonly publications: number;
  readonly rows: number;
  readonly seconds: number;
  readonly peak_memory_mb: number;
}

/** Reads OpenReview expertise files and writes submission,reviewer,score rows (top K per submission). */
export function runAffinityCommand(argv: readonly string[]): AffinityCommandSummary {
  const started = performance.now();
  const args = parseCommandLine(argv);
  const archives = requiredOption(args, 'archives');
  const files = readdirSync(archives)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const reviewers = files.map((name) =>
    parseReviewerArchive(name.slice(0, -'.jsonl'.length), readFileSync(join(archives, name), 'utf8')),
  );
  const submissions = parseSubmissions(readFileSync(requiredOption(args, 'submissions'), 'utf8'));
  const topK = numberOption(args, 'top', 100);
  const candidates = computeAffinityCandidates(submissions, reviewers, { topK });
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
  return {
    submissions: submissions.length,
    reviewers: reviewers.length,
    publications: reviewers.reduce((sum, r) => sum + (r.publications?.length ?? 0), 0),
    rows: candidates.statement.length,
    seconds: Math.round(performance.now() - started) / 1000,
    peak_memory_mb: peakMemoryMegabytes(),
  };
}
