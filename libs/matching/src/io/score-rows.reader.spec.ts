import {
  appendScoreTable,
  newScoreTable,
  readScoreFiles,
  readScoreRows,
  ScoreRowError,
  scoreFileSplit,
  scoreTablePart,
  type ScoreTable,
} from './score-rows.reader';

function columnsOf(table: ScoreTable) {
  return {
    papers: [...table.papers.ids],
    reviewers: [...table.reviewers.ids],
    statement: [...table.statement.subarray(0, table.rows)],
    reviewer: [...table.reviewer.subarray(0, table.rows)],
    score: [...table.score.subarray(0, table.rows)],
    lines: table.lines,
    grouped: table.grouped,
  };
}

/** Reads `text` in two parts cut at `cut`, as the two-thread reader does. */
function readInTwo(text: string, cut: number): ScoreTable {
  const first = newScoreTable(cut);
  readScoreRows(text.slice(0, cut), 1, 'scores file 1', first);
  const second = newScoreTable(text.length - cut);
  readScoreRows(text.slice(cut), 1, 'scores file 1', second);
  appendScoreTable(first, scoreTablePart(second));
  return first;
}

const rows = (papers: number, reviewersEach: number): string =>
  Array.from({ length: papers }, (_, p) =>
    Array.from({ length: reviewersEach }, (_, r) => `p${p},r${(p * 7 + r * 3) % 23},0.${p}${r}1`).join('\n'),
  ).join('\n') + '\n';

describe('score rows read in two parts', () => {
  it.each([
    ['grouped rows', rows(40, 6)],
    ['CRLF and blank lines', rows(30, 4).replace(/\n/g, '\r\n').replace('\r\np3,', '\r\n\r\np3,')],
    ['a paper resuming in the second half', rows(20, 5) + 'p0,r22,0.5\n'],
    ['a pair repeated across the halves', rows(20, 5) + 'p1,r7,0.25\n'],
  ])('%s: the same ids, rows, lines and grouping as one reading, wherever the cut is', (_name, text) => {
    const whole = columnsOf(readScoreFiles([{ text, weight: 1 }]));
    const bytes = Buffer.from(text);
    const cut = scoreFileSplit(bytes);
    expect(cut).toBeGreaterThan(0);
    // The chosen cut keeps each paper's rows in one part.
    const before = text.slice(0, cut).trimEnd().split('\n').pop()!.split(',')[0];
    expect(text.slice(cut).split(',')[0]).not.toBe(before);
    expect(columnsOf(readInTwo(text, cut))).toEqual(whole);
    // Any other line boundary gives the same table too (only slower to merge).
    for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
      const other = columnsOf(readInTwo(text, at));
      expect({ ...other, grouped: whole.grouped }).toEqual(whole);
      if (other.grouped) expect(whole.grouped).toBe(true);
    }
  });

  it('finds no cut in a file of one paper or one line', () => {
    expect(scoreFileSplit(Buffer.from('p1,r1,0.5\np1,r2,0.5\np1,r3,0.5\n'))).toBe(-1);
    expect(scoreFileSplit(Buffer.from('p1,r1,0.5'))).toBe(-1);
  });

  it('numbers lines across files and parts, so errors name the line in the whole file', () => {
    const text = rows(10, 3) + 'p99,r1,oops\n';
    expect(() => readScoreFiles([{ text, weight: 1 }])).toThrow(
      new ScoreRowError('scores file 1', 31, 'not a number: oops'),
    );
    const first = newScoreTable(0);
    readScoreRows(rows(10, 3), 1, 'scores file 1', first);
    expect(first.lines).toBe(30);
    try {
      readScoreRows('p99,r1,oops\n', 1, 'scores file 1', newScoreTable(0));
      throw new Error('expected a row error');
    } catch (error) {
      expect(error).toBeInstanceOf(ScoreRowError);
      expect(first.lines + (error as ScoreRowError).line).toBe(31);
    }
  });
});
