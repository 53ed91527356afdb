import type { MatchingProblem, MatchingResult, PairRef } from '../assignment/assignment.model';
import type { IdInterner } from '../shared/id-interner';
import { newScoreTable, readScoreFiles, readScoreRows, type ScoreTable } from './score-rows.reader';

/**
 * openreview-matcher's file formats: score files (paper,reviewer,score), constraint files
 * (paper,reviewer,c with -1 conflict, 1 forced, 0 none), max-papers files (reviewer,max) and
 * the assignments.json it writes.
 */

export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
}

/** Sums the scores of repeated (paper, reviewer) rows, in linear time (counting sort by paper). */
function mergeDuplicatePairs(
  statements: Int32Array,
  reviewers: Int32Array,
  scores: Float64Array,
  paperCount: number,
  reviewerCount: number,
): { statement: Int32Array; reviewer: Int32Array; score: Float64Array } {
  const start = new Int32Array(paperCount + 1);
  for (let i = 0; i < statements.length; i++) start[statements[i] + 1]++;
  for (let p = 0; p < paperCount; p++) start[p + 1] += start[p];
  const order = new Int32Array(statements.length);
  const cursor = start.slice(0, paperCount);
  for (let i = 0; i < statements.length; i++) order[cursor[statements[i]]++] = i;
  const slotOf = new Int32Array(reviewerCount).fill(-1);
  const seenFor = new Int32Array(reviewerCount).fill(-1);
  const outStatement = new Int32Array(statements.length);
  const outReviewer = new Int32Array(statements.length);
  const outScore = new Float64Array(statements.length);
  let n = 0;
  for (let p = 0; p < paperCount; p++) {
    for (let j = start[p]; j < start[p + 1]; j++) {
      const i = order[j];
      const r = reviewers[i];
      if (seenFor[r] === p) {
        outScore[slotOf[r]] += scores[i];
        continue;
      }
      seenFor[r] = p;
      slotOf[r] = n;
      outStatement[n] = p;
      outReviewer[n] = r;
      outScore[n] = scores[i];
      n++;
    }
  }
  return {
    statement: outStatement.slice(0, n),
    reviewer: outReviewer.slice(0, n),
    score: outScore.slice(0, n),
  };
}

/** Rows of a simple CSV (no embedded commas in ids, as the OpenReview exports have). */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (raw.trim() === '') continue;
    rows.push({ fields: raw.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1')), line });
  }
  return rows;
}

export interface OpenReviewInstanceInput {
  /** Contents of each score file with its weight. */
  readonly scoreFiles: readonly { readonly text: string; readonly weight: number }[];
  /** Score rows already read (the command line reads a large file on two threads); then scoreFiles is ignored. */
  readonly scores?: ScoreTable;
  readonly constraintsText?: string;
  readonly maxPapersText?: string;
  readonly minPapersDefault: number;
  readonly maxPapersDefault: number;
  readonly reviewersPerPaper: number;
}

export interface OpenReviewInstance {
  readonly problem: MatchingProblem;
  readonly paperIds: readonly string[];
  readonly reviewerIds: readonly string[];
}

function parseNumber(value: string | undefined, where: string): number {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number))
    throw new Error(`${where}: not a number: ${value}`);
  return number;
}

export function buildOpenReviewInstance(input: OpenReviewInstanceInput): OpenReviewInstance {
  // Score rows go straight into growable columns; duplicates (one pair in several files) are
  // summed afterwards per paper, so no per-row objects or pair map are ever built.
  const table = input.scores ?? readScoreFiles(input.scoreFiles);
  const {
    papers: paperIndex,
    reviewers: reviewerIndex,
    statement: statements,
    reviewer: reviewers,
    score: scores,
    rows,
  } = table;
  const indexOf = (ids: IdInterner, id: string): number => ids.intern(id);
  const merged = table.grouped
    ? {
        statement: statements.subarray(0, rows),
        reviewer: reviewers.subarray(0, rows),
        score: scores.subarray(0, rows),
      }
    : mergeDuplicatePairs(
        statements.subarray(0, rows),
        reviewers.subarray(0, rows),
        scores.subarray(0, rows),
        paperIndex.size,
        reviewerIndex.size,
      );

  // Constraint rows have the score rows' shape (paper,reviewer,-1|0|1): the same fast reader,
  // numbering new ids on from the scores' (a conflict may name a paper nobody scored).
  const constraintsText = input.constraintsText ?? '';
  const constraints = {
    ...newScoreTable(constraintsText.length),
    papers: paperIndex,
    reviewers: reviewerIndex,
  };
  readScoreRows(constraintsText, 1, 'constraints', constraints);
  const forbidden: PairRef[] = [];
  const forced: PairRef[] = [];
  for (let i = 0; i < constraints.rows; i++) {
    const value = constraints.score[i];
    const pair = { statement: constraints.statement[i], reviewer: constraints.reviewer[i] };
    if (value === -1) forbidden.push(pair);
    else if (value === 1) forced.push(pair);
    else if (value !== 0)
      throw new Error(
        `constraints, line ${parseCsvRows(constraintsText)[i].line}: expected -1, 0 or 1, got ${value}`,
      );
  }
  const maxLoad = new Map<number, number>();
  for (const { fields, line } of parseCsvRows(input.maxPapersText ?? '')) {
    maxLoad.set(indexOf(reviewerIndex, fields[0]), parseNumber(fields[1], `max_papers, line ${line}`));
  }

  const paperIds = paperIndex.ids;
  const reviewerIds = reviewerIndex.ids;
  const problem: MatchingProblem = {
    statements: paperIds.map((id) => ({ id, demand: { expert: input.reviewersPerPaper, community: 0 } })),
    reviewers: reviewerIds.map((id, r) => ({
      id,
      kind: 'expert' as const,
      ...(maxLoad.has(r) ? { maxLoad: maxLoad.get(r) } : {}),
    })),
    candidates: merged,
    forbidden: {
      statement: Int32Array.from(forbidden.map((f) => f.statement)),
      reviewer: Int32Array.from(forbidden.map((f) => f.reviewer)),
    },
    forced,
    defaultMinLoad: input.minPapersDefault,
    defaultMaxLoad: input.maxPapersDefault,
    institutionRule: false,
  };
  return { problem, paperIds, reviewerIds };
}

export interface AssignedUser {
  readonly aggregate_score: number;
  readonly user: string;
}

/** assignments.json as openreview-matcher writes it: every paper, best reviewer first. */
export function toOpenReviewAssignments(
  instance: OpenReviewInstance,
  result: MatchingResult,
): Record<string, AssignedUser[]> {
  const byPaper: Record<string, AssignedUser[]> = {};
  for (const id of instance.paperIds) byPaper[id] = [];
  for (const a of result.assignments) {
    byPaper[instance.paperIds[a.statement]].push({
      aggregate_score: a.score,
      user: instance.reviewerIds[a.reviewer],
    });
  }
  for (const list of Object.values(byPaper))
    list.sort((x, y) => y.aggregate_score - x.aggregate_score || (x.user < y.user ? -1 : 1));
  return byPaper;
}

/**
 * assignments.json text, exactly as JSON.stringify(assignments, null, 1) writes it, built
 * directly (a third of the time at venue size).
 */
export function formatAssignmentsJson(assignments: Record<string, readonly AssignedUser[]>): string {
  const parts: string[] = [];
  for (const [paper, users] of Object.entries(assignments)) {
    const list = users.map(
      (u) =>
        `  {\n   "aggregate_score": ${JSON.stringify(u.aggregate_score)},\n   "user": ${JSON.stringify(u.user)}\n  }`,
    );
    parts.push(` ${JSON.stringify(paper)}: ${list.length === 0 ? '[]' : `[\n${list.join(',\n')}\n ]`}`);
  }
  return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n}`;
}

/** Rows paper,reviewer,score (shortest exact float text, so a re-read gives the same numbers). */
export function formatScoreRows(rows: Iterable<readonly [string, string, number]>): string {
  const lines: string[] = [];
  for (const [paper, reviewer, score] of rows) lines.push(`${paper},${reviewer},${score}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
