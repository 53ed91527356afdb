import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenReviewInstance } from '../io/openreview-format.io';
import { bruteForceOptimum } from '../testing/brute-force-assignment.reference';
import { FLOW_ALGORITHMS, MATCHING_OBJECTIVES } from '../assignment/assignment.model';
import { choiceOption, countOption, parseCommandLine, readOptionPath } from './command-line.parser';
import { runMatchCommand } from './match.command';

describe('parseCommandLine', () => {
  it.each([
    [
      ['--scores', 'a.csv', 'b.csv', '--weights', '1', '2'],
      { scores: ['a.csv', 'b.csv'], weights: ['1', '2'] },
    ],
    [['--num_reviewers=3', '--out', 'dir'], { num_reviewers: ['3'], out: ['dir'] }],
    [['--flag'], { flag: [] }],
  ])('%p', (argv, expected) => {
    expect(Object.fromEntries(parseCommandLine(argv))).toEqual(expected);
  });

  it('rejects a value before any option', () => {
    expect(() => parseCommandLine(['stray'])).toThrow(/unexpected argument/);
  });

  it.each([
    [[], 'auto'],
    [['--flow_algorithm', 'cost-scaling'], 'cost-scaling'],
  ])('choice option %p gives %p', (argv, expected) => {
    expect(choiceOption(parseCommandLine(argv), 'flow_algorithm', FLOW_ALGORITHMS)).toBe(expected);
  });

  it.each([
    [[], 3],
    [['--num_reviewers', '0'], 0],
    [['--num_reviewers', '12'], 12],
  ])('count option %p gives %p', (argv, expected) => {
    expect(countOption(parseCommandLine(argv), 'num_reviewers', 3)).toBe(expected);
  });

  it.each(['-1', '2.5', 'three', '', '1e400'])('rejects count %p with the option named', (value) => {
    expect(() => countOption(parseCommandLine(['--num_reviewers', value]), 'num_reviewers', 3)).toThrow(
      `--num_reviewers expects a whole number of at least 0, got ${value}`,
    );
  });

  it('names the option of a path that cannot be read', () => {
    const missing = join(tmpdir(), 'no-such-impact-review-file.csv');
    expect(() => readOptionPath('scores', missing, (p) => readFileSync(p, 'utf8'))).toThrow(
      `--scores: ${missing} does not exist`,
    );
    expect(() => readOptionPath('scores', tmpdir(), (p) => readFileSync(p, 'utf8'))).toThrow(
      `--scores: ${tmpdir()} is a directory, not a file`,
    );
  });

  it('names the allowed values of a choice option', () => {
    expect(() =>
      choiceOption(parseCommandLine(['--objective', 'max']), 'objective', MATCHING_OBJECTIVES),
    ).toThrow('--objective is one of total, fair; got max');
  });
});

describe('runMatchCommand (openreview-matcher formats)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads weighted scores, constraints and max loads, and writes the optimal assignments.json', () => {
    const affinity = [
      'p1,r1,0.9',
      'p1,r2,0.8',
      'p1,r3,0.1',
      'p2,r1,0.7',
      'p2,r2,0.2',
      'p2,r3,0.6',
      'p3,r1,0.5',
      'p3,r2,0.4',
      'p3,r3,0.3',
    ];
    const bids = ['p1,r1,1', 'p2,r3,1', 'p3,r2,0.5'];
    writeFileSync(join(dir, 'affinity.csv'), affinity.join('\n') + '\n');
    writeFileSync(join(dir, 'bids.csv'), bids.join('\r\n'));
    // r1 conflicts with p2; r3 is forced onto p1.
    writeFileSync(join(dir, 'constraints.csv'), 'p2,r1,-1\np1,r3,1\np3,r3,0\n');
    writeFileSync(join(dir, 'max_papers.csv'), 'r2,1\n');
    const argv = [
      '--scores',
      join(dir, 'affinity.csv'),
      join(dir, 'bids.csv'),
      '--weights',
      '1',
      '0.5',
      '--constraints',
      join(dir, 'constraints.csv'),
      '--max_papers',
      join(dir, 'max_papers.csv'),
      '--min_papers_default',
      '0',
      '--max_papers_default',
      '2',
      '--num_reviewers',
      '1',
      '--out',
      join(dir, 'out'),
    ];
    const summary = runMatchCommand(argv);
    const written = JSON.parse(readFileSync(join(dir, 'out', 'assignments.json'), 'utf8')) as Record<
      string,
      { aggregate_score: number; user: string }[]
    >;

    expect(Object.keys(written).sort()).toEqual(['p1', 'p2', 'p3']);
    const pairs = Object.entries(written).flatMap(([paper, users]) => users.map((u) => `${paper}/${u.user}`));
    expect(pairs).toContain('p1/r3'); // forced
    expect(pairs).not.toContain('p2/r1'); // conflict
    const load = (user: string): number => pairs.filter((p) => p.endsWith(`/${user}`)).length;
    expect(load('r2')).toBeLessThanOrEqual(1);
    expect(load('r1')).toBeLessThanOrEqual(2);
    // aggregate_score = affinity + 0.5 * bid, and the objective is their sum.
    const p1r3 = written.p1.find((u) => u.user === 'r3')!;
    expect(p1r3.aggregate_score).toBeCloseTo(0.1, 12);
    const total = Object.values(written)
      .flat()
      .reduce((sum, u) => sum + u.aggregate_score, 0);
    expect(summary.objective).toBeCloseTo(total, 12);

    const instance = buildOpenReviewInstance({
      scoreFiles: [
        { text: affinity.join('\n'), weight: 1 },
        { text: bids.join('\n'), weight: 0.5 },
      ],
      constraintsText: 'p2,r1,-1\np1,r3,1\n',
      maxPapersText: 'r2,1\n',
      minPapersDefault: 0,
      maxPapersDefault: 2,
      reviewersPerPaper: 1,
    });
    expect(summary.objective).toBeCloseTo(bruteForceOptimum(instance.problem).objective, 9);
    expect(summary.status).toBe('optimal');
    expect(summary.optimality_verified).toBe(true);
  });

  it('names the line of a malformed score row', () => {
    writeFileSync(join(dir, 'scores.csv'), 'p1,r1,0.5\np1,r2,high\n');
    expect(() =>
      runMatchCommand(['--scores', join(dir, 'scores.csv'), '--num_reviewers', '1', '--out', dir]),
    ).toThrow(/line 2/);
  });

  it.each([
    [['--scores', 'missing.csv', '--out', '.'], '--scores: missing.csv does not exist'],
    [
      ['--scores', 'scores.csv', '--num_reviewers', '2.5', '--out', '.'],
      '--num_reviewers expects a whole number',
    ],
    [
      ['--scores', 'scores.csv', '--max_papers', 'none.csv', '--out', '.'],
      '--max_papers: none.csv does not exist',
    ],
  ])('refuses %p with a message naming the option, writing nothing', (argv, message) => {
    writeFileSync(join(dir, 'scores.csv'), 'p1,r1,0.5\n');
    const inDir = argv.map((a) => (a.endsWith('.csv') || a === '.' ? join(dir, a) : a));
    expect(() => runMatchCommand(inDir)).toThrow(message.replace(/(\S+\.csv)/, join(dir, '$1')));
    expect(existsSync(join(dir, 'assignments.json'))).toBe(false);
  });
});
