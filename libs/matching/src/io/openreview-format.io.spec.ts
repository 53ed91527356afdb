import { mulberry32 } from '../assignment/assignment.solver';
import { buildOpenReviewInstance, formatAssignmentsJson } from './openreview-format.io';

/** The obvious reading: split lines and fields, Number() each score, sum repeated pairs. */
function naiveScores(files: readonly { text: string; weight: number }[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const { text, weight } of files) {
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') continue;
      const [paper, reviewer, score] = line.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
      const key = `${paper}/${reviewer}`;
      const value = weight * Number(score);
      sums.set(key, sums.has(key) ? (sums.get(key) ?? 0) + value : value);
    }
  }
  return sums;
}

function readScores(files: readonly { text: string; weight: number }[]): Map<string, number> {
  const { problem, paperIds, reviewerIds } = buildOpenReviewInstance({
    scoreFiles: files,
    minPapersDefault: 0,
    maxPapersDefault: 3,
    reviewersPerPaper: 1,
  });
  const read = new Map<string, number>();
  const { statement, reviewer, score } = problem.candidates;
  for (let i = 0; i < statement.length; i++) {
    const key = `${paperIds[statement[i]]}/${reviewerIds[reviewer[i]]}`;
    expect(read.has(key)).toBe(false);
    read.set(key, score[i]);
  }
  return read;
}

describe('buildOpenReviewInstance: score rows', () => {
  it.each([
    ['rows grouped by paper', 'p1,r1,0.5\np1,r2,0.25\np2,r1,1\n'],
    ['a paper whose rows resume later', 'p1,r1,0.5\np2,r1,0.125\np1,r2,0.25\n'],
    ['a pair read twice in one file', 'p1,r1,0.5\np1,r1,0.25\np2,r2,1\n'],
    ['CRLF, quotes, spaces and blank lines', '"p1", r1 ,0.5\r\n\r\n  \np1,"r2", 7 \r\n'],
    ['signs, exponents and bare points', 'p1,r1,-0.5\np1,r2,1e-3\np1,r3,.75\np1,r4,3.\np1,r5,+2\np1,r6,-0\n'],
    ['an extra column', 'p1,r1,0.5,ignored\n'],
    ['no final newline', 'p1,r1,0.5'],
  ])('%s: the same pairs and sums as the obvious reading', (_name, text) => {
    expect(readScores([{ text, weight: 1 }])).toEqual(naiveScores([{ text, weight: 1 }]));
  });

  it('sums a pair across weighted files', () => {
    const files = [
      { text: 'p1,r1,0.5\np1,r2,0.25\n', weight: 1 },
      { text: 'p1,r1,1\n', weight: 0.5 },
    ];
    expect(readScores(files)).toEqual(
      new Map([
        ['p1/r1', 1],
        ['p1/r2', 0.25],
      ]),
    );
  });

  it('reads every double as Number() does, including 17-digit and tiny or huge ones', () => {
    const random = mulberry32(9);
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 40 - 20);
      const value = (random() - 0.3) * magnitude;
      lines.push(`p${i % 97},r${i},${i % 5 === 0 ? value.toPrecision(1 + (i % 17)) : String(value)}`);
    }
    const text = lines.join('\n');
    const read = readScores([{ text, weight: 1 }]);
    const expected = naiveScores([{ text, weight: 1 }]);
    expect([...read.entries()].filter(([key, value]) => !Object.is(expected.get(key), value))).toEqual([]);
  });

  it.each([
    ['p1,r1,high\n', 'scores file 1, line 1: not a number: high'],
    ['p1,r1,0.5\n\np1,r2,\n', 'scores file 1, line 3: not a number: '],
    ['p1,r1,0.5\np1 r2 0.5\n', 'scores file 1, line 2: expected paper,reviewer,score'],
    ['p1,r1\n', 'scores file 1, line 1: expected paper,reviewer,score'],
    ['p1,r1,-\n', 'scores file 1, line 1: not a number: -'],
  ])('refuses %p naming the line', (text, message) => {
    expect(() => readScores([{ text, weight: 1 }])).toThrow(message);
  });
});

describe('formatAssignmentsJson', () => {
  it.each([
    ['no papers', {}],
    ['a paper without reviewers', { p1: [] }],
    [
      'quotes, unicode, negative zero and exponents',
      {
        'p"1': [
          { aggregate_score: 0.1, user: '~Ana_Lee1' },
          { aggregate_score: -0, user: 'b\\c' },
        ],
        é: [{ aggregate_score: 1e-7, user: 'x\ny' }],
        p3: [],
      },
    ],
  ])('%s: the text JSON.stringify(x, null, 1) gives', (_name, assignments) => {
    expect(formatAssignmentsJson(assignments)).toBe(JSON.stringify(assignments, null, 1));
  });
});

describe('buildOpenReviewInstance: constraints', () => {
  const read = (constraintsText: string) =>
    buildOpenReviewInstance({
      scoreFiles: [{ text: 'p1,r1,0.5\np1,r2,0.5\np2,r1,0.5\n', weight: 1 }],
      constraintsText,
      minPapersDefault: 0,
      maxPapersDefault: 3,
      reviewersPerPaper: 1,
    });

  it('reads conflicts and forced pairs, numbering unscored ids after the scored ones', () => {
    const { problem, paperIds, reviewerIds } = read('p2,r1,-1\n\n"p1", r2 ,1\np1,r1,0\np9,r7,-1\n');
    expect(paperIds).toEqual(['p1', 'p2', 'p9']);
    expect(reviewerIds).toEqual(['r1', 'r2', 'r7']);
    expect([...problem.forbidden!.statement]).toEqual([1, 2]);
    expect([...problem.forbidden!.reviewer]).toEqual([0, 2]);
    expect(problem.forced).toEqual([{ statement: 0, reviewer: 1 }]);
  });

  it.each([
    ['p1,r1,-1\n\np1,r2,2\n', 'constraints, line 3: expected -1, 0 or 1, got 2'],
    ['p1,r1,x\n', 'constraints, line 1: not a number: x'],
    ['p1,r1\n', 'constraints, line 1: expected paper,reviewer,score'],
  ])('refuses %p naming the line', (text, message) => {
    expect(() => read(text)).toThrow(message);
  });
});
