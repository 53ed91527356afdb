import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAffinityCommand } from '../src/cli/affinity.command';
import { runAffinityBench } from './affinity-bench.runner';
import { generateAffinityCorpus } from './affinity-corpus.generator';

const SMALL = {
  statements: 60,
  reviewers: 80,
  publicationsPerReviewer: 4,
  fields: 3,
  topicsPerField: 2,
  seed: 7,
};

describe('affinity bench (small smoke run)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'affinity-bench-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('times a small venue, finds the planted topics, and writes files npm run affinity reads', () => {
    const report = runAffinityBench([
      ...['--statements', '60', '--reviewers', '80', '--publications', '4'],
      ...['--fields', '3', '--topics_per_field', '2', '--top', '10', '--seed', '7', '--write', dir],
    ]);
    expect(report.pairs).toBe(60 * 10);
    expect(report.corpus).toMatchObject({ statements: 60, reviewers: 80, topics: 6, top: 10 });
    expect(report.corpus.documents).toBeGreaterThanOrEqual(80 * 4);
    expect(report.seconds.total).toBeGreaterThanOrEqual(report.seconds.query);
    expect(report.peak_rss_mb).toBeGreaterThan(0);
    // Six topics, about 13 reviewers each: the best 10 are mostly on topic.
    expect(report.quality.precision_at_10).toBeGreaterThan(0.6);
    expect(report.quality.top1_on_topic).toBeGreaterThan(0.8);
    expect(report.quality.recall_at_k).toBeLessThanOrEqual(1);

    expect(readdirSync(join(dir, 'archives'))).toHaveLength(80);
    const submissions = JSON.parse(readFileSync(join(dir, 'submissions.json'), 'utf8')) as object;
    expect(Object.keys(submissions)).toHaveLength(60);
    const summary = runAffinityCommand([
      ...['--archives', join(dir, 'archives'), '--submissions', join(dir, 'submissions.json')],
      ...['--top', '10', '--out', join(dir, 'scores.csv')],
    ]);
    expect(summary).toMatchObject({ submissions: 60, reviewers: 80, publications: 80 * 4, rows: 600 });
  });

  it('--exhaustive (no pruning) finds the same reviewers', () => {
    const argv = [
      '--statements',
      '40',
      '--reviewers',
      '60',
      '--publications',
      '3',
      '--top',
      '5',
      '--seed',
      '3',
    ];
    const pruned = runAffinityBench(argv);
    const exhaustive = runAffinityBench([...argv, '--exhaustive']);
    expect(exhaustive.corpus.exhaustive).toBe(true);
    expect(exhaustive.index.pruned_queries).toBe(0);
    expect(pruned.index.pruned_queries).toBeGreaterThan(0);
    expect(exhaustive.quality).toEqual(pruned.quality);
    expect(exhaustive.pairs).toBe(pruned.pairs);
  });

  it('same seed, same corpus; another seed, another corpus', () => {
    const a = generateAffinityCorpus(SMALL);
    const b = generateAffinityCorpus(SMALL);
    const c = generateAffinityCorpus({ ...SMALL, seed: 8 });
    expect(b).toEqual(a);
    expect(c.statements[0].abstract).not.toBe(a.statements[0].abstract);
    // Statements carry title, abstract and statement text of realistic length.
    const words = (text = ''): number => text.split(' ').length;
    expect(words(a.statements[0].abstract)).toBeGreaterThanOrEqual(150);
    expect(words(a.statements[0].statementText)).toBeGreaterThanOrEqual(150);
    expect(words(a.reviewers[0].publications![0].abstract)).toBeGreaterThanOrEqual(150);
  });
});
