import type { ReleasePlanItem } from '../statement/impact-statement.types';
import { compareReleasePlans } from './release-plan-comparison.rules';

const item = (artifactKey: string, change: Partial<ReleasePlanItem> = {}): ReleasePlanItem => ({
  artifactKey,
  contentLevel: 'full',
  timing: 'immediate',
  distribution: 'public',
  embargoUntil: null,
  reviewEveryMonths: null,
  releaseEvent: '',
  stages: [],
  accessConditions: '',
  ...change,
});

describe('the decided release plan next to the proposal', () => {
  it('marks each artifact unchanged, changed (with the parts), dropped or added, in the authors’ order', () => {
    const proposed = [item('model'), item('code'), item('data')];
    const decided = [
      item('code', { accessConditions: '  ' }),
      item('model', {
        contentLevel: 'withheld',
        distribution: 'ask_for_access',
        accessConditions: 'Accredited researchers only.',
      }),
      item('demo', { timing: 'timed', embargoUntil: '2027-06-01' }),
    ];
    expect(compareReleasePlans(proposed, decided).map((r) => [r.artifactKey, r.status, r.changed])).toEqual([
      ['model', 'changed', ['contentLevel', 'distribution', 'accessConditions']],
      ['code', 'unchanged', []],
      ['data', 'dropped', []],
      ['demo', 'added', []],
    ]);
  });

  it.each<[string, Partial<ReleasePlanItem>, string[]]>([
    ['an embargo date', { timing: 'timed', embargoUntil: '2027-01-01' }, ['timing', 'embargoUntil']],
    [
      'periodic evaluation',
      { timing: 'periodic_evaluation', reviewEveryMonths: 6 },
      ['timing', 'reviewEveryMonths'],
    ],
    [
      'an evented release',
      { timing: 'evented', releaseEvent: 'An equivalent model is published elsewhere.' },
      ['timing', 'releaseEvent'],
    ],
    [
      'stages',
      {
        timing: 'staged',
        stages: [
          { label: 'Small model', when: '2027-01-01', contentLevel: 'reduced' },
        ] as unknown as ReleasePlanItem['stages'],
      },
      ['timing', 'stages'],
    ],
    ['spaces only', { accessConditions: '   ', releaseEvent: ' ' }, []],
  ])('notices %s', (_name, change, parts) => {
    const [row] = compareReleasePlans([item('model')], [item('model', change)]);
    expect(row?.changed).toEqual(parts);
  });

  it('two empty plans compare to nothing', () => {
    expect(compareReleasePlans([], [])).toEqual([]);
  });
});
