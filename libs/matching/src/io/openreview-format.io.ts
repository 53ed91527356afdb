import type { MatchingProblem, MatchingResult, PairRef } from '../assignment/assignment.model';
import { IdInterner } from '../shared/id-interner';
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

interface ScoreColumns {
  statement: Int32Array;
  reviewer: Int32Array;
  score: Float64Array;
  rows: number;
  /** Rows come grouped by paper with no pair twice, so there is nothing to merge. */
  grouped: boolean;
  /** Per reviewer: the last paper it was read with (for the duplicate check). */
  lastPaperOf: Int32Array;
}

const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const DOT = 46;
const ZERO = 48;
const MINUS = 45;
/** Powers of ten that doubles hold exactly (10^22 is the last). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A plain decimal (`0.4827`, `-3`, `12.5`) read straight from the text, or NaN when the field
 * needs the general parser. Exact (Clinger's fast path): the digits form an integer below 2^53
 * and dividing it by an exactly held power of ten rounds once, as `Number()` does.
 */
function plainDecimal(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT && fraction < 0) {
      fraction = 0;
      continue;
    }
    const digit = c - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    mantissa = mantissa * 10 + digit;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || mantissa > Number.MAX_SAFE_INTEGER || fraction > 22) return NaN;
  const value = fraction > 0 ? mantissa / EXACT_POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -value : value;
}

/** A field's bounds, reused from row to row (a tuple per field was most of the reader's garbage). */
interface Span {
  start: number;
  end: number;
}

/** Sets `span` to text[start, end) without surrounding spaces and quotes. */
function trimInto(span: Span, text: string, start: number, end: number): void {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end - start >= 2 && text.charCodeAt(start) === QUOTE && text.charCodeAt(end - 1) === QUOTE) {
    start++;
    end--;
  }
  span.start = start;
  span.end = end;
}

/**
 * Reads paper,reviewer,score rows into `columns` without slicing lines: rows come grouped by
 * paper, so a paper id equal to the previous row's is recognised in place, and plain decimals are
 * read from the characters.
 */
function readScoreRows(
  text: string,
  weight: number,
  where: string,
  columns: ScoreColumns,
  paperIndex: IdInterner,
  reviewerIndex: IdInterner,
): void {
  let lastPaper = '';
  let lastPaperIndex = -1;
  const span: Span = { start: 0, end: 0 };
  columns.grouped &&= columns.rows === 0;
  let lineNumber = 0;
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    lineNumber++;
    const lineEnd = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
    const lineStart = start;
    start = end + 1;
    const first = text.indexOf(',', lineStart);
    if (first < 0 || first >= lineEnd) {
      if (text.slice(lineStart, lineEnd).trim() === '') continue;
      throw new Error(`${where}, line ${lineNumber}: expected paper,reviewer,score`);
    }
    const second = text.indexOf(',', first + 1);
    if (second < 0 || second >= lineEnd) throw new Error(`${where}, line ${lineNumber}: expected paper,reviewer,score`);
    let third = text.indexOf(',', second + 1);
    if (third < 0 || third > lineEnd) third = lineEnd;

    trimInto(span, text, lineStart, first);
    let paper = lastPaperIndex;
    if (paper < 0 || span.end - span.start !== lastPaper.length || !text.startsWith(lastPaper, span.start)) {
      const papers = paperIndex.size;
      paper = lastPaperIndex = paperIndex.internRange(text, span.start, span.end);
      lastPaper = paperIndex.ids[paper];
      if (paper < papers) columns.grouped = false; // the paper's rows resume after another's
    }
    trimInto(span, text, first + 1, second);
    const reviewer = reviewerIndex.internRange(text, span.start, span.end);
    if (columns.grouped) {
      if (reviewer >= columns.lastPaperOf.length) {
        const grown = new Int32Array(Math.max(1024, 2 * reviewer)).fill(-1);
        grown.set(columns.lastPaperOf);
        columns.lastPaperOf = grown;
      }
      if (columns.lastPaperOf[reviewer] === paper) columns.grouped = false;
      columns.lastPaperOf[reviewer] = paper;
    }
    trimInto(span, text, second + 1, third);
    let value = plainDecimal(text, span.start, span.end);
    if (Number.isNaN(value)) {
      const field = text.slice(span.start, span.end);
      value = Number(field);
      if (field === '' || !Number.isFinite(value)) throw new Error(`${where}, line ${lineNumber}: not a number: ${field}`);
    }

    const row = columns.rows;
    if (row === columns.statement.length) {
      columns.statement = withCapacity(columns.statement, row + 1);
      columns.reviewer = withCapacity(columns.reviewer, row + 1);
      columns.score = withCapacity(columns.score, row + 1);
    }
    columns.statement[row] = paper;
    columns.reviewer[row] = reviewer;
    columns.score[row] = weight * value;
    columns.rows = row + 1;
  }
}

function parseNumber(value: string | undefined, where: string): number {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number)) throw new Error(`${where}: not a number: ${value}`);
  return number;
}

export function buildOpenReviewInstance(input: OpenReviewInstanceInput): OpenReviewInstance {
  const paperIndex = new IdInterner();
  const reviewerIndex = new IdInterner();
  const indexOf = (ids: IdInterner, id: string): number => ids.intern(id);

  // Score rows go straight into growable columns; duplicates (one pair in several files) are
  // summed afterwards per paper, so no per-row objects or pair map are ever built.
  // About 24 characters a row in OpenReview exports: one allocation for most inputs.
  const expectedRows = Math.max(1 << 16, Math.ceil(input.scoreFiles.reduce((sum, f) => sum + f.text.length, 0) / 24));
  const columns: ScoreColumns = {
    statement: new Int32Array(expectedRows),
    reviewer: new Int32Array(expectedRows),
    score: new Float64Array(expectedRows),
    rows: 0,
    grouped: true,
    lastPaperOf: new Int32Array(0),
  };
  input.scoreFiles.forEach(({ text, weight }, fileIndex) =>
    readScoreRows(text, weight, `scores file ${fileIndex + 1}`, columns, paperIndex, reviewerIndex),
  );
  const { statement: statements, reviewer: reviewers, score: scores, rows } = columns;
  const merged = columns.grouped
    ? { statement: statements.subarray(0, rows), reviewer: reviewers.subarray(0, rows), score: scores.subarray(0, rows) }
    : mergeDuplicatePairs(
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
      (u) => `  {\n   "aggregate_score": ${JSON.stringify(u.aggregate_score)},\n   "user": ${JSON.stringify(u.user)}\n  }`,
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
