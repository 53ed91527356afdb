import type { ReleasePoint } from './release-stages.rules';
import { approvalTimeline, type TimelineLogEntry } from './approval-timeline.rules';

const at = (iso: string) => new Date(iso);
const names = new Map([['model', 'Voice model'], ['code', 'Training code']]);
const point = (change: Partial<ReleasePoint>): ReleasePoint => ({
  artifactKey: 'model',
  stage: 1,
  label: 'Stage 2: 355M model',
  date: '2027-05-01',
  gated: true,
  gatePassedAt: null,
  openedOn: null,
  opensOn: null,
  status: 'awaiting_gate',
  reason: 'Opens on 2027-05-01 only if a re-evaluation before then decides to advance to it.',
  ...change,
});

describe('approvalTimeline', () => {
  const log: TimelineLogEntry[] = [
    { kind: 'decision.sent', at: at('2027-01-15T10:00:00Z'), summary: { outcome: 'approved_with_conditions' }, actorName: 'Chair' },
    { kind: 'approval.created', at: at('2027-01-15T10:00:00Z'), summary: { expiresAt: '2028-01-15T10:00:00.000Z' }, actorName: 'Chair' },
    { kind: 'submission.version_submitted' as TimelineLogEntry['kind'], at: at('2027-01-16T10:00:00Z'), summary: {}, actorName: 'Author' },
    { kind: 'approval.stage_advanced', at: at('2027-04-10T10:00:00Z'), summary: { stagesOpened: [{ artifactKey: 'model', stage: 1 }], reason: 'No misuse seen.' }, actorName: 'Chair' },
    { kind: 'approval.suspended', at: at('2027-06-01T10:00:00Z'), summary: { artifactKeys: ['code'], reason: 'Incident report IR-ABC123: cloned voices.' }, actorName: 'Chair' },
    { kind: 'amendment.requested', at: at('2027-03-01T10:00:00Z'), summary: { changes: 'An earlier release: Training code.', tier: 'expedited' }, actorName: 'Author' },
  ];

  it('orders decisions, re-evaluations, amendments and releases by time, leaving other history out', () => {
    const entries = approvalTimeline({ log, releasePoints: [point({ openedOn: '2027-05-01', status: 'open', gatePassedAt: at('2027-04-10T10:00:00Z') }), point({ stage: 2, label: 'Stage 3: 1.5B model', openedOn: '2027-06-01', status: 'open', gatePassedAt: at('2027-06-01T10:00:00Z') })], artifactNames: names });
    expect(entries.map((e) => [e.at.toISOString().slice(0, 10), e.category, e.title])).toEqual([
      ['2027-01-15', 'decision', 'Decision letter sent'],
      ['2027-01-15', 'decision', 'Approval granted'],
      ['2027-03-01', 'amendment', 'Amendment requested'],
      ['2027-04-10', 'release', 'Release stage advanced'],
      ['2027-05-01', 'release', 'Release opened: Voice model, stage 2: 355M model'],
      ['2027-06-01', 'decision', 'Approval suspended'],
      // Opened by a decision at 10:00 that day: listed after it, not at the day's start.
      ['2027-06-01', 'release', 'Release opened: Voice model, stage 3: 1.5B model'],
    ]);
  });

  it('says what each entry did, in words', () => {
    const entries = approvalTimeline({ log, releasePoints: [], artifactNames: names });
    expect(entries.map((e) => e.detail)).toEqual([
      'Outcome: approved with conditions.',
      'Holds until 2028-01-15.',
      'An earlier release: Training code. Reviewed as expedited.',
      'Gate passed: Voice model, stage 2. No misuse seen.',
      'Release suspended for: Training code. Incident report IR-ABC123: cloned voices.',
    ]);
  });

  it('shows a release on the day of the grant after the grant', () => {
    const open = point({ stage: null, label: 'Released with the approval', openedOn: '2027-01-15', status: 'open', reason: 'Released with the approval.' });
    const entries = approvalTimeline({ log: log.slice(0, 2), releasePoints: [open], artifactNames: names, approvedAt: at('2027-01-15T10:00:00Z') });
    expect(entries.map((e) => [e.at.toISOString(), e.title])).toEqual([
      ['2027-01-15T10:00:00.000Z', 'Decision letter sent'],
      ['2027-01-15T10:00:00.000Z', 'Approval granted'],
      ['2027-01-15T10:00:00.000Z', 'Release opened: Voice model'],
    ]);
  });

  it('shows a blocked stage on its date, and nothing for one still ahead', () => {
    const entries = approvalTimeline({ log: [], releasePoints: [point({ status: 'blocked', reason: 'Blocked: no gate.' }), point({ stage: 2, date: '2027-08-01' })], artifactNames: names });
    expect(entries).toEqual([{ at: at('2027-05-01T00:00:00Z'), category: 'release', title: 'Release blocked: Voice model, stage 2: 355M model', detail: 'Blocked: no gate.', actorName: null }]);
  });
});
