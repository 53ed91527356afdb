import type { ReleasePlanItem } from '../statement/impact-statement.types';
import type { ApprovalLifecycle, ApprovalState } from './approval-lifecycle.rules';
import { nextGates, releaseSchedule, type ReleasePointStatus, type StageOpening } from './release-stages.rules';

const item = (artifactKey: string, change: Partial<ReleasePlanItem>): ReleasePlanItem => ({
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

const staged = item('model', {
  timing: 'staged',
  stages: [
    { description: '124M model', opensOn: '2027-02-01', trigger: '' },
    { description: '355M model', opensOn: '2027-05-01', trigger: '' },
    { description: '1.5B model', opensOn: null, trigger: 'after the misuse study' },
  ],
});
const timed = item('code', { timing: 'timed', embargoUntil: '2027-04-01' });
const evented = item('data', { timing: 'evented', releaseEvent: 'an equivalent dataset is public' });
const withheld = item('voices', { contentLevel: 'withheld' });
const immediate = item('paper', {});
const PLAN = [immediate, timed, evented, staged, withheld];

const approval = (state: ApprovalState, suspendedArtifactKeys: string[] = []): ApprovalLifecycle => ({ state, expiresAt: null, suspendedArtifactKeys });
const opening = (artifactKey: string, stage: number, on: string): StageOpening => ({ artifactKey, stage, gatePassedAt: new Date(`${on}T10:00:00Z`), reevaluationId: 'r1' });

function statuses(state: ApprovalState, today: string, openings: StageOpening[] = [], suspended: string[] = []): Record<string, ReleasePointStatus> {
  const points = releaseSchedule({ plan: PLAN, approval: approval(state, suspended), approvedOn: '2027-01-15', openings, today, dayOf: (d) => d.toISOString().slice(0, 10) });
  return Object.fromEntries(points.map((p) => [`${p.artifactKey}${p.stage === null ? '' : `.${p.stage}`}`, p.status]));
}

describe('releaseSchedule', () => {
  // Written out by hand: each point's status on a day, under the approval's state and the gates passed.
  it.each<[string, ApprovalState, string, StageOpening[], string[], Record<string, ReleasePointStatus>]>([
    ['at approval, before the first stage', 'active', '2027-01-20', [], [], { paper: 'open', code: 'scheduled', data: 'awaiting_gate', 'model.0': 'scheduled', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['timed and first stage open on their dates', 'active', '2027-04-01', [], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a gated stage whose date came without a gate is blocked', 'active', '2027-05-01', [], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'blocked', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a gate passed before the date: scheduled, then open on the date', 'active', '2027-04-20', [opening('model', 1, '2027-04-10')], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'scheduled', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['… open on its date', 'active', '2027-05-01', [opening('model', 1, '2027-04-10')], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'open', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a gate passed after a blocked date opens it that day', 'active', '2027-06-02', [opening('model', 1, '2027-06-02')], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'open', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['an undated stage and an evented release open with their gate', 'active', '2027-06-02', [opening('model', 1, '2027-04-10'), opening('model', 2, '2027-06-01'), opening('data', 0, '2027-06-01')], [], { paper: 'open', code: 'open', data: 'open', 'model.0': 'open', 'model.1': 'open', 'model.2': 'open', voices: 'withheld' }],
    ['a whole suspension holds what is due, not only what is new', 'suspended', '2027-04-01', [], [], { paper: 'held', code: 'held', data: 'awaiting_gate', 'model.0': 'held', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a partial suspension holds only its artifacts', 'suspended', '2027-04-01', [], ['code'], { paper: 'open', code: 'held', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a suspended timed release does not open on its date', 'suspended', '2027-03-01', [], ['code'], { paper: 'open', code: 'held', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a terminated approval holds every future release', 'terminated', '2027-03-01', [], [], { paper: 'held', code: 'held', data: 'awaiting_gate', 'model.0': 'held', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['a whole suspension holds a passed gate', 'suspended', '2027-04-20', [opening('model', 1, '2027-04-10')], [], { paper: 'held', code: 'held', data: 'awaiting_gate', 'model.0': 'held', 'model.1': 'held', 'model.2': 'awaiting_gate', voices: 'withheld' }],
    ['under re-evaluation the plan runs on', 'under_reevaluation', '2027-04-01', [], [], { paper: 'open', code: 'open', data: 'awaiting_gate', 'model.0': 'open', 'model.1': 'awaiting_gate', 'model.2': 'awaiting_gate', voices: 'withheld' }],
  ])('%s', (_name, state, today, openings, suspended, expected) => {
    expect(statuses(state, today, openings, suspended)).toEqual(expected);
  });

  it('says why a stage is blocked, and when a passed gate opens it', () => {
    const points = releaseSchedule({ plan: [staged], approval: approval('active'), approvedOn: '2027-01-15', openings: [], today: '2027-05-03', dayOf: (d) => d.toISOString().slice(0, 10) });
    expect(points[1]).toMatchObject({ status: 'blocked', gated: true, date: '2027-05-01', label: 'Stage 2: 355M model' });
    expect(points[1]?.reason).toContain('no re-evaluation before it decided to advance');
    const passed = releaseSchedule({ plan: [staged], approval: approval('active'), approvedOn: '2027-01-15', openings: [opening('model', 1, '2027-04-10')], today: '2027-04-11', dayOf: (d) => d.toISOString().slice(0, 10) });
    expect(passed[1]?.reason).toBe('Its gate passed on 2027-04-10; it opens on 2027-05-01 unless the approval is suspended by then.');
    expect(passed[0]).toMatchObject({ openedOn: '2027-02-01', gated: false });
  });

  it('opens a later stage no earlier than the stage before it', () => {
    const late = item('model', {
      timing: 'staged',
      stages: [
        { description: 'Small model', opensOn: '2027-09-01', trigger: '' },
        { description: 'Large model', opensOn: null, trigger: 'after the misuse study' },
      ],
    });
    const at = (today: string) =>
      releaseSchedule({ plan: [late], approval: approval('active'), approvedOn: '2027-01-15', openings: [opening('model', 1, '2027-04-10')], today, dayOf: (d) => d.toISOString().slice(0, 10) });
    expect(at('2027-05-01')[1]).toMatchObject({ status: 'scheduled', opensOn: '2027-09-01', openedOn: null });
    expect(at('2027-09-01')[1]).toMatchObject({ status: 'open', openedOn: '2027-09-01' });
    // Before the first stage's date is known (it awaits nothing here, but a held first stage has none).
    const held = releaseSchedule({ plan: [late], approval: approval('suspended', ['model']), approvedOn: '2027-01-15', openings: [opening('model', 1, '2027-04-10')], today: '2027-05-01', dayOf: (d) => d.toISOString().slice(0, 10) });
    expect(held.map((p) => p.status)).toEqual(['held', 'held']);
  });

  it('opens an immediate release no earlier than the approval', () => {
    const [point] = releaseSchedule({ plan: [immediate], approval: approval('active'), approvedOn: '2027-01-15', openings: [], today: '2027-01-15', dayOf: (d) => d.toISOString().slice(0, 10) });
    expect(point).toMatchObject({ status: 'open', openedOn: '2027-01-15' });
  });
});

describe('nextGates', () => {
  it.each<[string, StageOpening[], { artifactKey: string; stage: number }[]]>([
    ['none passed', [], [{ artifactKey: 'data', stage: 0 }, { artifactKey: 'model', stage: 1 }]],
    ['stage 2 passed', [opening('model', 1, '2027-04-10')], [{ artifactKey: 'data', stage: 0 }, { artifactKey: 'model', stage: 2 }]],
    ['everything passed', [opening('model', 1, '2027-04-10'), opening('model', 2, '2027-05-10'), opening('data', 0, '2027-05-10')], []],
  ])('%s', (_name, openings, expected) => {
    expect(nextGates(PLAN, openings).map(({ artifactKey, stage }) => ({ artifactKey, stage }))).toEqual(expected);
  });

  it('names the stage it opens', () => {
    expect(nextGates([staged], [])[0]?.label).toBe('Stage 2: 355M model');
  });
});
