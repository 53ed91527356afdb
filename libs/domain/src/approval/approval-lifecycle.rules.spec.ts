import {
  APPROVAL_ACTIONS,
  APPROVAL_STATES,
  applyApprovalAction,
  approvalInPeriod,
  approvalStateAt,
  approvalStatesOver,
  monthEnds,
  artifactReleasable,
  availableApprovalActions,
  type ApprovalAction,
  type ApprovalActor,
  type ApprovalLifecycle,
  type ApprovalState,
} from './approval-lifecycle.rules';

const NOW = new Date('2027-06-01T12:00:00Z');
const EXPIRES = new Date('2027-09-01T12:00:00Z');
const RENEWED = new Date('2028-06-01T12:00:00Z');
const REASON = 'Cloned voices of the speakers were found on a scam forum.';
const approval = (state: ApprovalState, change: Partial<ApprovalLifecycle> = {}): ApprovalLifecycle => ({
  state,
  expiresAt: EXPIRES,
  suspendedArtifactKeys: [],
  ...change,
});
const input = { reason: REASON, now: NOW, knownArtifactKeys: ['paper', 'model', 'code'], newExpiresAt: RENEWED };

// Written out by hand (not read from the rules): which state each action may start from, the state it
// ends in, and who may take it. Every other combination must be refused.
const EXPECTED: Record<ApprovalAction, { from: ApprovalState[]; to: ApprovalState; by: ApprovalActor[] }> = {
  open_reevaluation: { from: ['active', 'expired'], to: 'under_reevaluation', by: ['chair', 'system'] },
  continue: { from: ['under_reevaluation'], to: 'active', by: ['chair', 'meeting'] },
  modify_conditions: { from: ['under_reevaluation'], to: 'active', by: ['chair', 'meeting'] },
  advance_stage: { from: ['under_reevaluation'], to: 'active', by: ['chair', 'meeting'] },
  suspend: { from: ['active', 'under_reevaluation'], to: 'suspended', by: ['chair', 'meeting'] },
  reinstate: { from: ['suspended'], to: 'active', by: ['chair', 'meeting'] },
  terminate: { from: ['active', 'under_reevaluation', 'suspended', 'expired'], to: 'terminated', by: ['chair', 'meeting'] },
  lapse: { from: ['active', 'under_reevaluation', 'suspended'], to: 'expired', by: ['system'] },
  close: { from: ['active', 'expired'], to: 'closed', by: ['chair', 'author'] },
};
const ACTORS: ApprovalActor[] = ['chair', 'meeting', 'author', 'system'];

describe('applyApprovalAction: every action from every state by every actor', () => {
  const cases = APPROVAL_ACTIONS.flatMap((action) =>
    APPROVAL_STATES.flatMap((state) => ACTORS.map((actor) => [action, state, actor] as const)),
  );
  it.each(cases)('%s from %s by %s', (action, state, actor) => {
    const expected = EXPECTED[action];
    // Lapsing needs the expiry to have passed.
    const now = action === 'lapse' ? new Date(EXPIRES.getTime() + 1000) : NOW;
    const result = applyApprovalAction(approval(state), action, actor, { ...input, now });
    const allowed = expected.from.includes(state) && expected.by.includes(actor);
    if (allowed) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.next.state).toBe(expected.to);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]?.path).toBe('action');
        expect(result.errors[0]?.message).toMatch(expected.by.includes(actor) ? /cannot be/ : /^Only /);
      }
    }
  });
});

describe('applyApprovalAction: what each transition needs and keeps', () => {
  it.each<[string, ApprovalAction, ApprovalState, ApprovalActor, string, RegExp]>([
    ['suspension without a reason', 'suspend', 'active', 'chair', '  ', /Give the reason/],
    ['a reason too short to say anything', 'suspend', 'active', 'chair', 'misuse', /at least 10 characters/],
    ['termination without a reason', 'terminate', 'suspended', 'meeting', '', /Give the reason/],
    ['reinstatement without a reason', 'reinstate', 'suspended', 'chair', '', /Give the reason/],
    ['a re-evaluation opened without saying why', 'open_reevaluation', 'active', 'chair', '', /Give the reason/],
    ['new conditions without a reason', 'modify_conditions', 'under_reevaluation', 'chair', '', /Give the reason/],
    ['a reason longer than 4,000 characters', 'terminate', 'active', 'chair', 'x'.repeat(4001), /under 4,000/],
  ])('refuses %s', (_label, action, state, actor, reason, message) => {
    const result = applyApprovalAction(approval(state), action, actor, { ...input, reason });
    expect(result).toEqual({ ok: false, errors: [{ path: 'reason', message: expect.stringMatching(message) }] });
  });

  it.each<[ApprovalAction, ApprovalState]>([
    ['continue', 'under_reevaluation'],
    ['advance_stage', 'under_reevaluation'],
    ['close', 'active'],
  ])('%s needs no reason', (action, state) => {
    const actor: ApprovalActor = action === 'close' ? 'author' : 'chair';
    expect(applyApprovalAction(approval(state), action, actor, { ...input, reason: '' }).ok).toBe(true);
  });

  it('continuing, modifying and advancing start a new period; the others keep the expiry', () => {
    for (const action of ['continue', 'modify_conditions', 'advance_stage'] as const) {
      const result = applyApprovalAction(approval('under_reevaluation'), action, 'chair', input);
      expect(result.ok && result.next.expiresAt).toEqual(RENEWED);
    }
    const suspended = applyApprovalAction(approval('active'), 'suspend', 'chair', input);
    expect(suspended.ok && suspended.next.expiresAt).toEqual(EXPIRES);
    const reinstated = applyApprovalAction(approval('suspended'), 'reinstate', 'chair', input);
    expect(reinstated.ok && reinstated.next.expiresAt).toEqual(EXPIRES);
  });

  it('an exempt approval (no period) continues without an expiry', () => {
    const result = applyApprovalAction(approval('under_reevaluation', { expiresAt: null }), 'continue', 'chair', {
      ...input,
      newExpiresAt: null,
    });
    expect(result.ok && result.next.expiresAt).toBeNull();
  });

  it('lapses only once the expiry has passed, and never without one', () => {
    expect(applyApprovalAction(approval('active'), 'lapse', 'system', { ...input, now: NOW })).toEqual({
      ok: false,
      errors: [{ path: 'action', message: 'The approval has not expired yet.' }],
    });
    expect(applyApprovalAction(approval('active', { expiresAt: null }), 'lapse', 'system', input).ok).toBe(false);
    const at = applyApprovalAction(approval('active'), 'lapse', 'system', { ...input, now: EXPIRES });
    expect(at.ok && at.next.state).toBe('expired');
  });

  it('suspends one artifact, several, or the whole approval; an unknown artifact is refused', () => {
    const one = applyApprovalAction(approval('active'), 'suspend', 'chair', { ...input, artifactKeys: ['model'] });
    expect(one.ok && one.next.suspendedArtifactKeys).toEqual(['model']);
    const all = applyApprovalAction(approval('active'), 'suspend', 'chair', {
      ...input,
      artifactKeys: ['paper', 'model', 'code'],
    });
    expect(all.ok && all.next.suspendedArtifactKeys).toEqual([]);
    const whole = applyApprovalAction(approval('active'), 'suspend', 'chair', input);
    expect(whole.ok && whole.next.suspendedArtifactKeys).toEqual([]);
    expect(
      applyApprovalAction(approval('active'), 'suspend', 'chair', { ...input, artifactKeys: ['dataset'] }),
    ).toEqual({ ok: false, errors: [{ path: 'artifactKeys', message: 'The approval has no artifact “dataset”.' }] });
  });

  it('reinstating clears the suspension', () => {
    const result = applyApprovalAction(approval('suspended', { suspendedArtifactKeys: ['model'] }), 'reinstate', 'chair', input);
    expect(result.ok && result.next).toEqual({ state: 'active', expiresAt: EXPIRES, suspendedArtifactKeys: [] });
  });

  it('says who is told: suspension and termination reach the reviewers of record too', () => {
    const suspended = applyApprovalAction(approval('active'), 'suspend', 'chair', input);
    expect(suspended.ok && suspended.rule.notify).toEqual(['authors', 'chairs', 'reviewers']);
    const lapsed = applyApprovalAction(approval('active'), 'lapse', 'system', { ...input, now: EXPIRES });
    expect(lapsed.ok && lapsed.rule.notify).toEqual(['authors', 'chairs']);
  });

  it('refuses in words a person understands', () => {
    const closedByReviewer = applyApprovalAction(approval('active'), 'suspend', 'author', input);
    expect(!closedByReviewer.ok && closedByReviewer.errors[0]?.message).toBe(
      'Only a chair or a convened meeting can do this (suspended).',
    );
    const terminated = applyApprovalAction(approval('terminated'), 'reinstate', 'chair', input);
    expect(!terminated.ok && terminated.errors[0]?.message).toBe('An approval that is terminated cannot be reinstated.');
  });
});

describe('availableApprovalActions', () => {
  it.each<[ApprovalState, ApprovalActor, ApprovalAction[]]>([
    ['active', 'chair', ['open_reevaluation', 'suspend', 'terminate', 'close']],
    ['under_reevaluation', 'chair', ['continue', 'modify_conditions', 'advance_stage', 'suspend', 'terminate']],
    ['suspended', 'chair', ['reinstate', 'terminate']],
    ['expired', 'chair', ['open_reevaluation', 'terminate', 'close']],
    ['terminated', 'chair', []],
    ['closed', 'chair', []],
    ['active', 'author', ['close']],
    ['suspended', 'author', []],
    // The schedule lapses approvals by its own job, never from a button.
    ['active', 'system', ['open_reevaluation']],
  ])('%s, for %s', (state, actor, actions) => {
    expect(availableApprovalActions(state, actor)).toEqual(actions);
  });
});

describe('artifactReleasable', () => {
  it.each<[string, ApprovalLifecycle, string, boolean]>([
    ['an active approval', approval('active'), 'model', true],
    ['under re-evaluation (the work goes on meanwhile)', approval('under_reevaluation'), 'model', true],
    ['the suspended artifact', approval('suspended', { suspendedArtifactKeys: ['model'] }), 'model', false],
    ['another artifact under a partial suspension', approval('suspended', { suspendedArtifactKeys: ['model'] }), 'paper', true],
    ['any artifact under a whole suspension', approval('suspended'), 'paper', false],
    ['a lapsed approval (work pauses)', approval('expired'), 'paper', false],
    ['a terminated approval', approval('terminated'), 'paper', false],
    ['a closed approval', approval('closed'), 'paper', false],
  ])('%s', (_label, current, key, releasable) => {
    expect(artifactReleasable(current, key)).toBe(releasable);
  });
});

describe('approvalStateAt, monthEnds and approvalStatesOver', () => {
  const history = [
    { state: 'active' as const, at: new Date('2027-01-10T00:00:00Z') },
    { state: 'under_reevaluation' as const, at: new Date('2027-11-10T00:00:00Z') },
    { state: 'suspended' as const, at: new Date('2027-12-02T00:00:00Z') },
  ];
  it.each<[string, string, ApprovalState | null]>([
    ['before it was granted', '2027-01-09T23:59:59Z', null],
    ['the moment it was granted', '2027-01-10T00:00:00Z', 'active'],
    ['in between', '2027-06-01T00:00:00Z', 'active'],
    ['under re-evaluation', '2027-11-30T00:00:00Z', 'under_reevaluation'],
    ['after the last change', '2028-02-01T00:00:00Z', 'suspended'],
  ])('%s', (_label, at, state) => {
    expect(approvalStateAt(history, new Date(at))).toBe(state);
  });

  it('ends each month at its last millisecond, the current one at now', () => {
    expect(monthEnds(new Date('2028-03-15T12:00:00Z'), 3).map((d) => d.toISOString())).toEqual([
      '2028-01-31T23:59:59.999Z',
      '2028-02-29T23:59:59.999Z',
      '2028-03-15T12:00:00.000Z',
    ]);
  });

  it('counts approvals by state at each instant', () => {
    const other = [{ state: 'active' as const, at: new Date('2027-12-01T00:00:00Z') }];
    const series = approvalStatesOver([history, other], [new Date('2027-10-31T00:00:00Z'), new Date('2027-12-31T00:00:00Z')]);
    expect(series.map((p) => p.counts)).toEqual([
      { active: 1, under_reevaluation: 0, suspended: 0, terminated: 0, expired: 0, closed: 0 },
      { active: 1, under_reevaluation: 0, suspended: 1, terminated: 0, expired: 0, closed: 0 },
    ]);
  });
});

describe('approvalInPeriod', () => {
  it.each<[ApprovalState, boolean]>([
    ['active', true],
    ['under_reevaluation', true],
    ['suspended', true],
    ['terminated', false],
    ['expired', false],
    ['closed', false],
  ])('%s', (state, inPeriod) => {
    expect(approvalInPeriod(state)).toBe(inPeriod);
  });
});
