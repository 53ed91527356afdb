import {
  validateAdvance,
  decisionRefusal,
  eventedArtifacts,
  validateExternalEvent,
  tallyRecommendations,
  validateContinuingReviewReport,
  validateRecommendation,
  type ContinuingReviewReport,
} from './reevaluation.rules';

const report = (change: Partial<ContinuingReviewReport> = {}): ContinuingReviewReport => ({
  progress: 'The paper and the inference code were released in March.',
  changes: '',
  incidents: 'None that we know of.',
  replication: '',
  milestones: '',
  conditions: [
    { status: 'met', note: '' },
    { status: 'in_progress', note: 'The watermark detector ships in June.' },
  ],
  ...change,
});

describe('validateContinuingReviewReport', () => {
  it.each<[string, Partial<ContinuingReviewReport>, string[]]>([
    ['a complete report', {}, []],
    ['no progress', { progress: '  ' }, ['progress']],
    ['incidents left blank (say "none")', { incidents: '' }, ['incidents']],
    ['an answer too long', { changes: 'x'.repeat(5001) }, ['changes']],
    ['a condition missing', { conditions: [{ status: 'met', note: '' }] }, ['conditions']],
    [
      'a condition not met without saying what is missing',
      { conditions: [{ status: 'met', note: '' }, { status: 'not_met', note: '' }] },
      ['conditions.1.note'],
    ],
    [
      'a status that does not exist',
      { conditions: [{ status: 'done' as never, note: 'All of it was done in May.' }, { status: 'met', note: '' }] },
      ['conditions.0.status'],
    ],
  ])('%s', (_label, change, paths) => {
    expect(validateContinuingReviewReport(report(change), 2).map((e) => e.path)).toEqual(paths);
  });

  it('takes a report without conditions for an approval that has none', () => {
    expect(validateContinuingReviewReport(report({ conditions: [] }), 0)).toEqual([]);
  });
});

describe('validateRecommendation', () => {
  it.each<[string, string, string, string[]]>([
    ['a reasoned recommendation', 'continue', 'The report answers every condition.', []],
    ['no reason', 'suspend', ' ', ['comment']],
    ['an outcome a re-evaluation cannot decide', 'reinstate', 'It should go on as before.', ['outcome']],
  ])('%s', (_label, outcome, comment, paths) => {
    expect(validateRecommendation({ outcome: outcome as never, comment }).map((e) => e.path)).toEqual(paths);
  });
});

describe('tallyRecommendations', () => {
  it('counts by outcome, most recommended first', () => {
    expect(
      tallyRecommendations([{ outcome: 'continue' }, { outcome: 'suspend' }, { outcome: 'continue' }, { outcome: 'modify_conditions' }]),
    ).toEqual([
      { outcome: 'continue', count: 2 },
      { outcome: 'modify_conditions', count: 1 },
      { outcome: 'suspend', count: 1 },
    ]);
    expect(tallyRecommendations([])).toEqual([]);
  });
});

describe('decisionRefusal', () => {
  it.each<[string, boolean, string, string | null]>([
    ['with the report', true, '', null],
    ['without it, and without saying why', false, '', 'withoutReportReason'],
    ['without it, for a stated reason', false, 'Misuse is ongoing; the committee acts at once.', null],
  ])('%s', (_label, reportSubmitted, withoutReportReason, path) => {
    expect(decisionRefusal({ outcome: 'suspend', reportSubmitted, withoutReportReason })?.path ?? null).toBe(path);
  });
});

describe('eventedArtifacts and validateExternalEvent', () => {
  it('finds the artifacts released on an event', () => {
    expect(
      eventedArtifacts([
        { artifactKey: 'paper', timing: 'immediate', releaseEvent: '' },
        { artifactKey: 'model', timing: 'evented', releaseEvent: 'An equivalent model is released elsewhere.' },
      ]),
    ).toEqual([{ artifactKey: 'model', releaseEvent: 'An equivalent model is released elsewhere.' }]);
  });

  it.each<[string, string, string[], string[]]>([
    ['an event for one approval', 'An equivalent voice model was released by another lab.', ['a1'], []],
    ['no description', ' ', ['a1'], ['description']],
    ['no approval chosen', 'An equivalent voice model was released by another lab.', [], ['approvalIds']],
  ])('%s', (_label, description, approvalIds, paths) => {
    expect(validateExternalEvent({ description, approvalIds }).map((e) => e.path)).toEqual(paths);
  });
});

describe('validateAdvance', () => {
  const gates = [{ artifactKey: 'model' }, { artifactKey: 'data' }];
  it.each<[string, { artifactKey: string }[], { artifactKey: string }[], string[]]>([
    ['a next gate', [{ artifactKey: 'model' }], gates, []],
    ['two gates', [{ artifactKey: 'model' }, { artifactKey: 'data' }], gates, []],
    ['nothing chosen', [], gates, ['advanceArtifactKeys']],
    ['an artifact with no gate', [{ artifactKey: 'paper' }], gates, ['advanceArtifactKeys']],
    ['no gate left', [{ artifactKey: 'model' }], [], ['outcome']],
  ])('%s', (_name, chosen, open, paths) => {
    expect(validateAdvance(chosen, open).map((e) => e.path)).toEqual(paths);
  });
});
