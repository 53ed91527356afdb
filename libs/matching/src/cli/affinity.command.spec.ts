import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAffinityCommand } from './affinity.command';
import { runMatchCommand } from './match.command';

const note = (id: string, title: string, abstract: string): string =>
  JSON.stringify({ id, content: { title, abstract } });

describe('runAffinityCommand (OpenReview expertise format)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'affinity-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a missing archives directory', ['--archives', 'nowhere'], '--archives: {dir}/nowhere does not exist'],
    [
      'a file given as archives',
      ['--archives', 'submissions.json'],
      '--archives: {dir}/submissions.json is not a directory',
    ],
    [
      'a missing submissions file',
      ['--submissions', 'none.json'],
      '--submissions: {dir}/none.json does not exist',
    ],
    ['a negative K', ['--top', '-5'], '--top expects a whole number of at least 0, got -5'],
  ])('refuses %s with a message naming the option, writing nothing', (_label, change, message) => {
    mkdirSync(join(dir, 'archives'));
    writeFileSync(join(dir, 'submissions.json'), '{}');
    const options: Record<string, string> = {
      archives: join(dir, 'archives'),
      submissions: join(dir, 'submissions.json'),
      out: join(dir, 'scores.csv'),
      top: '10',
    };
    const [name, value] = change;
    options[name.slice(2)] = name === '--top' ? value : join(dir, value);
    const argv = Object.entries(options).flatMap(([key, v]) => [`--${key}`, v]);
    expect(() => runAffinityCommand(argv)).toThrow(message.replace('{dir}', dir));
    expect(existsSync(join(dir, 'scores.csv'))).toBe(false);
  });

  it('ranks each submission`s experts first and writes rows that npm run match accepts', () => {
    const archives = join(dir, 'archives');
    mkdirSync(archives);
    writeFileSync(
      join(archives, '~Audio_Expert1.jsonl'),
      [
        note('a1', 'Detecting cloned voices', 'Audio deepfake detection for synthetic speech.'),
        note('a2', 'Speaker adaptive speech synthesis', 'Voice cloning from short recordings.'),
      ].join('\n') + '\n',
    );
    writeFileSync(
      join(archives, '~Graph_Expert1.jsonl'),
      [
        note(
          'g1',
          'Message passing neural networks',
          'Graph neural networks for molecule property prediction.',
        ),
        note('g2', 'Graph transformers for chemistry', 'Molecular graphs and drug discovery.'),
      ].join('\n'),
    );
    writeFileSync(
      join(archives, '~Vision_Person1.jsonl'),
      note('v1', 'Image classification', 'Convolutional networks for images.') + '\n',
    );
    writeFileSync(
      join(dir, 'submissions.json'),
      JSON.stringify({
        subVoice: {
          id: 'subVoice',
          content: {
            title: { value: 'Voice cloning risks' },
            abstract: { value: 'Synthetic speech can impersonate a speaker.' },
          },
        },
        subGraph: {
          id: 'subGraph',
          content: {
            title: 'Molecule generation with graph networks',
            abstract: 'Drug discovery with graph neural networks.',
          },
        },
      }),
    );
    const out = join(dir, 'scores.csv');
    const summary = runAffinityCommand([
      '--archives',
      archives,
      '--submissions',
      join(dir, 'submissions.json'),
      '--top',
      '2',
      '--out',
      out,
    ]);
    expect(summary).toMatchObject({ submissions: 2, reviewers: 3, publications: 5 });
    const phases = Object.values(summary.phase_seconds);
    expect(phases).toHaveLength(4);
    for (const phase of phases) expect(phase).toBeGreaterThanOrEqual(0);
    expect(phases.reduce((sum, x) => sum + x, 0)).toBeCloseTo(summary.seconds, 2);

    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const firstFor = (submission: string): string => rows.find((r) => r[0] === submission)![1];
    expect(firstFor('subVoice')).toBe('~Audio_Expert1');
    expect(firstFor('subGraph')).toBe('~Graph_Expert1');
    for (const submission of ['subVoice', 'subGraph'])
      expect(rows.filter((r) => r[0] === submission).length).toBeLessThanOrEqual(2);
    for (const row of rows) expect(Number(row[2])).toBeGreaterThan(0);

    const match = runMatchCommand([
      '--scores',
      out,
      '--num_reviewers',
      '1',
      '--max_papers_default',
      '1',
      '--out',
      join(dir, 'match'),
    ]);
    const assignments = JSON.parse(readFileSync(join(dir, 'match', 'assignments.json'), 'utf8')) as Record<
      string,
      { user: string }[]
    >;
    expect(match.status).toBe('optimal');
    expect(assignments.subVoice[0].user).toBe('~Audio_Expert1');
    expect(assignments.subGraph[0].user).toBe('~Graph_Expert1');
  });
});
