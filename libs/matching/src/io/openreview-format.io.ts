import type { MatchingProblem, MatchingResult, PairRef } from '../assignment/assignment.model';
import { withCapacity } from '../shared/typed-array.util';

/**
 * openreview-matcher's file formats: score files (paper,reviewer,score), constraint files
 * (paper,reviewer,c with -1 conflict, 1 forced, 0 none), max-papers files (reviewer,max) and
 * the assignments.json it writes.
 */

export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
}

function forEachCsvLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line.trim() !== '') visit(line, lineNumber);
  }
}

function unquote(field: string): string {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
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

export function buildOpenReviewInstance(input: OpenReviewInstanceInput): OpenReviewInstance {
  const paperIndex = new Map<string, number>();
  const reviewerIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, id: string): number => {
    let index = map.get(id);
    if (index === undefined) map.set(id, (index = map.size));
    return index;
  };
  const parseNumber = (value: string | undefined, where: string): number => {
    const number = Number(value);
    if (value === undefined || value === '' || !Number.isFinite(number))
      throw new Error(`${where}: not a number: ${value}`);
    return number;
  };

  // Score rows go straight into growable columns; duplicates (one pair in several files) are
  // summed afterwards per paper, so no per-row objects or pair map are ever built.
  let statements: Int32Array = new Int32Array(1 << 16);
  let reviewers: Int32Array = new Int32Array(1 << 16);
  let scores: Float64Array = new Float64Array(1 << 16);
  let rows = 0;
  input.scoreFiles.forEach(({ text, weight }, fileIndex) => {
    forEachCsvLine(text, (line, lineNumber) => {
      const first = line.indexOf(',');
      const second = first < 0 ? -1 : line.indexOf(',', first + 1);
      if (second < 0)
        throw new Error(`scores file ${fileIndex + 1}, line ${lineNumber}: expected paper,reviewer,score`);
      const third = line.indexOf(',', second + 1);
      if (rows === statements.length) {
        statements = withCapacity(statements, rows + 1);
        reviewers = withCapacity(reviewers, rows + 1);
        scores = withCapacity(scores, rows + 1);
      }
      statements[rows] = indexOf(paperIndex, unquote(line.slice(0, first)));
      reviewers[rows] = indexOf(reviewerIndex, unquote(line.slice(first + 1, second)));
      const value = line.slice(second + 1, third < 0 ? line.length : third).trim();
      scores[rows] = weight * parseNumber(value, `scores file ${fileIndex + 1}, line ${lineNumber}`);
      rows++;
    });
  });
  const merged = mergeDuplicatePairs(
    statements.subarray(0, rows),
    reviewers.subarray(0, rows),
    scores.subarray(0, rows),
    paperIndex.size,
    reviewerIndex.size,
  );

  const forbidden: PairRef[] = [];
  const forced: PairRef[] = [];
  for (const { fields, line } of parseCsvRows(input.constraintsText ?? '')) {
    const statement = indexOf(paperIndex, fields[0]);
    const reviewer = indexOf(reviewerIndex, fields[1]);
    const value = parseNumber(fields[2], `constraints, line ${line}`);
    if (value === -1) forbidden.push({ statement, reviewer });
    else if (value === 1) forced.push({ statement, reviewer });
    else if (value !== 0) throw new Error(`constraints, line ${line}: expected -1, 0 or 1, got ${value}`);
  }
  const maxLoad = new Map<number, number>();
  for (const { fields, line } of parseCsvRows(input.maxPapersText ?? '')) {
    maxLoad.set(indexOf(reviewerIndex, fields[0]), parseNumber(fields[1], `max_papers, line ${line}`));
  }

  const paperIds = [...paperIndex.keys()];
  const reviewerIds = [...reviewerIndex.keys()];
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

/** Rows paper,reviewer,score (shortest exact float text, so a re-read gives the same numbers). */
export function formatScoreRows(rows: Iterable<readonly [string, string, number]>): string {
  const lines: string[] = [];
  for (const [paper, reviewer, score] of rows) lines.push(`${paper},${reviewer},${score}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
