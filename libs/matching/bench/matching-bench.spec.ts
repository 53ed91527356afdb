import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMatchCommand } from '../src/cli/match.command';
import { TWO_THREAD_MIN_BYTES } from '../src/cli/two-thread-score.reader';
import { runMatchingBench, writeOpenReviewFiles } from './matching-bench.runner';
import { DEFAULT_SYNTHETIC_SPEC, generateSyntheticInstance } from './synthetic-instance.generator';

describe('matching bench (small smoke run)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'matching-bench-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates, writes openreview-matcher files, solves, and the CLI reproduces its objective from the files', () => {
    const argv = [
      '--statements',
      '300',
      '--reviewers',
      '220',
      '--candidates',
      '30',
      '--clusters',
      '6',
      '--seed',
      '5',
      '--write',
      dir,
    ];
    const report = runMatchingBench(argv);
    expect(report.status).toBe('optimal');
    expect(report.optimality_verified).toBe(true);
    expect(report.assignments).toBe(300 * 3);
    expect(report.instance.candidate_pairs).toBe(300 * 30);
    expect(report.seconds.total).toBeGreaterThanOrEqual(report.seconds.solve);
    expect(report.peak_rss_mb).toBeGreaterThan(0);

    const conflicts = readFileSync(join(dir, 'constraints.csv'), 'utf8').trim().split('\n');
    expect(conflicts).toHaveLength(300 * 5);
    const summary = runMatchCommand([
      '--scores',
      join(dir, 'scores.csv'),
      '--constraints',
      join(dir, 'constraints.csv'),
      '--max_papers_default',
      '6',
      '--num_reviewers',
      '3',
      '--out',
      join(dir, 'out'),
    ]);
    expect(summary.status).toBe('optimal');
    expect(summary.objective).toBeCloseTo(report.objective, 8);
    const assignments = JSON.parse(readFileSync(join(dir, 'out', 'assignments.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    expect(Object.keys(assignments)).toHaveLength(300);
  });

  it('capacity equal to demand: the automatic choice runs cost scaling and matches shortest paths', () => {
    // 240 reviewers x 3 = 720 slots for 240 statements x 3 reviewers: no spare capacity.
    const tight = ['--statements', '240', '--reviewers', '240', '--candidates', '30', '--max_load', '3'];
    const auto = runMatchingBench([...tight, '--clusters', '5']);
    const paths = runMatchingBench([
      ...tight,
      '--clusters',
      '5',
      '--flow_algorithm',
      'successive-shortest-paths',
    ]);
    expect(auto.status).toBe('optimal');
    expect(auto.optimality_verified).toBe(true);
    expect(auto.cost_scaling_solves).toBe(1);
    expect(paths.cost_scaling_solves).toBe(0);
    expect(paths.status).toBe('optimal');
    expect(auto.objective).toBeCloseTo(paths.objective, 9);
  });

  it('same seed, same instance and objective; another seed, another instance', () => {
    const small = ['--statements', '120', '--reviewers', '90', '--candidates', '20', '--clusters', '4'];
    const a = runMatchingBench([...small, '--seed', '1', '--conflict_detection']);
    expect(a.conflict_detection?.conflicted_pairs).toBeGreaterThan(0);
    const b = runMatchingBench([...small, '--seed', '1']);
    const c = runMatchingBench([...small, '--seed', '2']);
    expect(b.objective).toBe(a.objective);
    expect(c.objective).not.toBe(a.objective);
  });
});

describe('matching bench --ortools', () => {
  it('times `npm run match` on the written files and says plainly when OR-Tools is missing', () => {
    const report = runMatchingBench([
      '--statements',
      '200',
      '--reviewers',
      '150',
      '--candidates',
      '20',
      '--clusters',
      '4',
      '--ortools',
      '--python',
      '/nonexistent/python3',
    ]);
    const comparison = report.comparison!;
    expect(comparison.match_command).toMatchObject({ status: 'optimal' });
    const match = comparison.match_command as {
      wall_seconds: number;
      total_seconds: number;
      objective: number;
    };
    expect(match.wall_seconds).toBeGreaterThanOrEqual(match.total_seconds);
    expect(match.objective).toBeCloseTo(report.objective, 9);
    expect(comparison.ortools).toEqual({ error: expect.stringContaining('pip install ortools') });
    expect(comparison.match_wall_over_ortools_solve).toBeNull();
    expect(report.written_to).toBeUndefined();
  });
});

describe('npm run match on a large score file (read on two threads)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'match-two-threads-'));
    // 3,600 statements x 100 candidates: about 9 MB, above the two-thread threshold.
    const problem = generateSyntheticInstance({
      ...DEFAULT_SYNTHETIC_SPEC,
      statements: 3600,
      reviewers: 2700,
    });
    writeOpenReviewFiles(problem, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const npmMatch = (scores: string, out: string) =>
    spawnSync(
      'npm',
      [
        'run',
        '-s',
        'match',
        '--',
        '--scores',
        scores,
        '--constraints',
        join(dir, 'constraints.csv'),
        '--max_papers_default',
        '6',
        '--num_reviewers',
        '3',
        '--out',
        out,
      ],
      { cwd: join(__dirname, '../../..'), encoding: 'utf8' },
    );

  it('writes the assignments one in-process reading gives', () => {
    expect(statSync(join(dir, 'scores.csv')).size).toBeGreaterThan(TWO_THREAD_MIN_BYTES);
    const run = npmMatch(join(dir, 'scores.csv'), join(dir, 'cli'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = runMatchCommand([
      '--scores',
      join(dir, 'scores.csv'),
      '--constraints',
      join(dir, 'constraints.csv'),
      '--max_papers_default',
      '6',
      '--num_reviewers',
      '3',
      '--out',
      join(dir, 'in-process'),
    ]);
    expect(summary.read_threads).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      read_threads: 2,
      status: 'optimal',
      objective: summary.objective,
      assigned: 3600 * 3,
    });
    expect(readFileSync(join(dir, 'cli', 'assignments.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'in-process', 'assignments.json'), 'utf8'),
    );
  }, 60_000);

  it('names the line of a bad row in the second half as in the whole file', () => {
    const lines = readFileSync(join(dir, 'scores.csv'), 'utf8').split('\n');
    const bad = lines.length - 100;
    lines[bad - 1] = lines[bad - 1].replace(/,[^,]*$/, ',n/a');
    writeFileSync(join(dir, 'bad.csv'), lines.join('\n'));
    const run = npmMatch(join(dir, 'bad.csv'), join(dir, 'bad'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`scores file 1, line ${bad}: not a number: n/a`);
    expect(existsSync(join(dir, 'bad', 'assignments.json'))).toBe(false);
  }, 60_000);
});
