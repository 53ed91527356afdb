import { IdInterner } from '../shared/id-interner';
import { withCapacity } from '../shared/typed-array.util';

/**
 * Reads score files (paper,reviewer,score rows, as openreview-matcher takes them) into typed
 * columns, fast: rows are read in place in the text, ids are interned from it, and plain decimals
 * are read from the characters. A large file can be read in two parts (two threads) and the
 * parts joined with `appendScoreTable`, giving exactly what one reading gives.
 */

/** Score rows as columns, with the paper and reviewer ids numbered in order of appearance. */
export interface ScoreTable {
  readonly papers: IdInterner;
  readonly reviewers: IdInterner;
  statement: Int32Array;
  reviewer: Int32Array;
  score: Float64Array;
  rows: number;
  /** Lines read so far (blank ones included), for the line numbers of later parts. */
  lines: number;
  /** Rows come grouped by paper with no pair twice, so there is nothing to merge. */
  grouped: boolean;
  /** Per reviewer: the last paper it was read with (for the duplicate check). */
  lastPaperOf: Int32Array;
}

/** A malformed row: where, which line, and what is wrong (the message joins them). */
export class ScoreRowError extends Error {
  constructor(
    readonly where: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${where}, line ${line}: ${reason}`);
  }
}

/** About 24 characters a row in OpenReview exports: one allocation for most inputs. */
export function newScoreTable(expectedCharacters: number): ScoreTable {
  const expectedRows = Math.max(1 << 10, Math.ceil(expectedCharacters / 24));
  return {
    papers: new IdInterner(),
    reviewers: new IdInterner(),
    statement: new Int32Array(expectedRows),
    reviewer: new Int32Array(expectedRows),
    score: new Float64Array(expectedRows),
    rows: 0,
    lines: 0,
    grouped: true,
    lastPaperOf: new Int32Array(0),
  };
}

/** Every score file into one table, in order. */
export function readScoreFiles(
  files: readonly { readonly text: string; readonly weight: number }[],
): ScoreTable {
  const table = newScoreTable(files.reduce((sum, f) => sum + f.text.length, 0));
  files.forEach(({ text, weight }, fileIndex) => {
    table.lines = 0;
    readScoreRows(text, weight, `scores file ${fileIndex + 1}`, table);
  });
  return table;
}

const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const DOT = 46;
const ZERO = 48;
const MINUS = 45;
/** Powers of ten that doubles hold exactly (10^22 is the last), each built by an exact step. */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 22 }).reduce<number[]>(
  (powers) => [...powers, powers[powers.length - 1] * 10],
  [1],
);

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
export function readScoreRows(text: string, weight: number, where: string, columns: ScoreTable): void {
  const { papers: paperIndex, reviewers: reviewerIndex } = columns;
  let lastPaper = '';
  let lastPaperIndex = -1;
  const span: Span = { start: 0, end: 0 };
  columns.grouped &&= columns.rows === 0;
  let lineNumber = columns.lines;
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
      throw new ScoreRowError(where, lineNumber, 'expected paper,reviewer,score');
    }
    const second = text.indexOf(',', first + 1);
    if (second < 0 || second >= lineEnd)
      throw new ScoreRowError(where, lineNumber, 'expected paper,reviewer,score');
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
      if (field === '' || !Number.isFinite(value))
        throw new ScoreRowError(where, lineNumber, `not a number: ${field}`);
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
  columns.lines = lineNumber;
}

/** What a part read elsewhere (a worker thread) sends back: ids and columns. */
export interface ScoreTablePart {
  readonly paperIds: readonly string[];
  readonly reviewerIds: readonly string[];
  readonly statement: Int32Array;
  readonly reviewer: Int32Array;
  readonly score: Float64Array;
  readonly rows: number;
  readonly lines: number;
  readonly grouped: boolean;
}

export function scoreTablePart(table: ScoreTable): ScoreTablePart {
  return {
    paperIds: table.papers.ids,
    reviewerIds: table.reviewers.ids,
    statement: table.statement,
    reviewer: table.reviewer,
    score: table.score,
    rows: table.rows,
    lines: table.lines,
    grouped: table.grouped,
  };
}

/**
 * Appends a part read after `table`'s text (the same file, further on): its ids are numbered on
 * from the table's, in their order of appearance, so the result equals one reading of the whole.
 * The table stays "grouped" only when the part's papers are all new and it was grouped itself.
 */
export function appendScoreTable(table: ScoreTable, part: ScoreTablePart): void {
  const knownPapers = table.papers.size;
  const paperOf = new Int32Array(part.paperIds.length);
  let allNew = true;
  part.paperIds.forEach((id, local) => {
    paperOf[local] = table.papers.intern(id);
    if (paperOf[local] < knownPapers) allNew = false;
  });
  const reviewerOf = new Int32Array(part.reviewerIds.length);
  part.reviewerIds.forEach((id, local) => (reviewerOf[local] = table.reviewers.intern(id)));
  const total = table.rows + part.rows;
  table.statement = withCapacity(table.statement, total);
  table.reviewer = withCapacity(table.reviewer, total);
  table.score = withCapacity(table.score, total);
  for (let i = 0, row = table.rows; i < part.rows; i++, row++) {
    table.statement[row] = paperOf[part.statement[i]];
    table.reviewer[row] = reviewerOf[part.reviewer[i]];
    table.score[row] = part.score[i];
  }
  table.rows = total;
  table.lines += part.lines;
  table.grouped = table.grouped && part.grouped && allNew;
}

/**
 * Where to cut a file's bytes in two for reading on two threads: after the first newline past
 * `fraction` of the bytes where the paper changes (so a paper's rows stay in one part), or -1
 * when there is none.
 */
export function scoreFileSplit(bytes: Uint8Array, fraction = 0.5): number {
  const NEWLINE = 10;
  const COMMA = 44;
  let cut = bytes.indexOf(NEWLINE, Math.floor(bytes.length * fraction)) + 1;
  if (cut <= 0 || cut >= bytes.length) return -1;
  const paperBefore = lastLinePaper(bytes, cut);
  for (let lines = 0; cut < bytes.length && lines < 100_000; lines++) {
    const comma = bytes.indexOf(COMMA, cut);
    const end = bytes.indexOf(NEWLINE, cut);
    if (comma < 0 || (end >= 0 && end < comma)) return -1;
    if (!sameBytes(bytes, paperBefore.start, paperBefore.end, cut, comma)) return cut;
    if (end < 0) return -1;
    cut = end + 1;
  }
  return -1;
}

function lastLinePaper(bytes: Uint8Array, cut: number): { start: number; end: number } {
  const start = bytes.lastIndexOf(10, cut - 2) + 1;
  const comma = bytes.indexOf(44, start);
  return { start, end: comma < 0 || comma > cut ? start : comma };
}

function sameBytes(bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (bytes[aStart + i] !== bytes[bStart + i]) return false;
  return true;
}
