// An Approval's lifecycle as an explicit state machine. An approval is active until its continuing
// review opens (under re-evaluation), and from there it continues (a new period), is suspended
// (whole, or only some artifacts' releases), reinstated, terminated, lapses at expiry when no
// decision came in time (expired), or is closed when the work is finished. Each transition names who
// may make it, what it needs (a reason for suspension, reinstatement and termination, as 45 CFR
// 46.113 asks) and who is told. The API writes what `applyApprovalAction` returns; nothing here
// reads or writes.
import type { AuditEventKind } from '../audit/audit-events';
import type { FieldError } from '../statement/impact-statement.types';

export const APPROVAL_STATES = [
  'active',
  'under_reevaluation',
  'suspended',
  'terminated',
  'expired',
  'closed',
] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const APPROVAL_STATE_LABELS: Readonly<Record<ApprovalState, string>> = {
  active: 'Active',
  under_reevaluation: 'Under re-evaluation',
  suspended: 'Suspended',
  terminated: 'Terminated',
  expired: 'Expired',
  closed: 'Closed',
};

/** States in which the work may go on (releases as the plan says, less what is suspended). */
export function approvalHolds(state: ApprovalState): boolean {
  return state === 'active' || state === 'under_reevaluation';
}

/** States in which the approval still runs its period: continuing review, reminders and lapse apply. */
export function approvalInPeriod(state: ApprovalState): boolean {
  return state === 'active' || state === 'under_reevaluation' || state === 'suspended';
}

export const APPROVAL_ACTIONS = [
  'open_reevaluation',
  'continue',
  'modify_conditions',
  'advance_stage',
  'suspend',
  'reinstate',
  'terminate',
  'lapse',
  'close',
] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

export const APPROVAL_ACTION_LABELS: Readonly<Record<ApprovalAction, string>> = {
  open_reevaluation: 'Re-evaluation opened',
  continue: 'Continued for a new period',
  modify_conditions: 'Conditions modified',
  advance_stage: 'Release stage advanced',
  suspend: 'Suspended',
  reinstate: 'Reinstated',
  terminate: 'Terminated',
  lapse: 'Lapsed',
  close: 'Closed',
};

/** The log event each transition writes. */
export const APPROVAL_ACTION_EVENTS: Readonly<Record<ApprovalAction, AuditEventKind>> = {
  open_reevaluation: 'approval.reevaluation_opened',
  continue: 'approval.continued',
  modify_conditions: 'approval.conditions_modified',
  advance_stage: 'approval.stage_advanced',
  suspend: 'approval.suspended',
  reinstate: 'approval.reinstated',
  terminate: 'approval.terminated',
  lapse: 'approval.lapsed',
  close: 'approval.closed',
};

/** Who acts: a chair of the venue, a convened meeting's motion, the statement's authors, or the schedule. */
export const APPROVAL_ACTORS = ['chair', 'meeting', 'author', 'system'] as const;
export type ApprovalActor = (typeof APPROVAL_ACTORS)[number];

/** Who is told of a transition. */
export type ApprovalNoticeRecipient = 'authors' | 'chairs' | 'reviewers';

export interface ApprovalTransitionRule {
  readonly from: readonly ApprovalState[];
  readonly to: ApprovalState;
  readonly by: readonly ApprovalActor[];
  readonly needsReason: boolean;
  readonly notify: readonly ApprovalNoticeRecipient[];
}

const EVERYONE: readonly ApprovalNoticeRecipient[] = ['authors', 'chairs', 'reviewers'];

export const APPROVAL_TRANSITIONS: Readonly<Record<ApprovalAction, ApprovalTransitionRule>> = {
  // A late continuing review may still be opened for a lapsed approval.
  open_reevaluation: {
    from: ['active', 'expired'],
    to: 'under_reevaluation',
    by: ['chair', 'system'],
    needsReason: true,
    notify: ['authors', 'chairs'],
  },
  continue: {
    from: ['under_reevaluation'],
    to: 'active',
    by: ['chair', 'meeting'],
    needsReason: false,
    notify: ['authors', 'chairs'],
  },
  modify_conditions: {
    from: ['under_reevaluation'],
    to: 'active',
    by: ['chair', 'meeting'],
    needsReason: true,
    notify: EVERYONE,
  },
  advance_stage: {
    from: ['under_reevaluation'],
    to: 'active',
    by: ['chair', 'meeting'],
    needsReason: false,
    notify: EVERYONE,
  },
  suspend: {
    from: ['active', 'under_reevaluation'],
    to: 'suspended',
    by: ['chair', 'meeting'],
    needsReason: true,
    notify: EVERYONE,
  },
  reinstate: {
    from: ['suspended'],
    to: 'active',
    by: ['chair', 'meeting'],
    needsReason: true,
    notify: EVERYONE,
  },
  terminate: {
    from: ['active', 'under_reevaluation', 'suspended', 'expired'],
    to: 'terminated',
    by: ['chair', 'meeting'],
    needsReason: true,
    notify: EVERYONE,
  },
  // A suspended approval needs its continuing review too; without it, it lapses.
  lapse: {
    from: ['active', 'under_reevaluation', 'suspended'],
    to: 'expired',
    by: ['system'],
    needsReason: false,
    notify: ['authors', 'chairs'],
  },
  close: {
    from: ['active', 'expired'],
    to: 'closed',
    by: ['chair', 'author'],
    needsReason: false,
    notify: ['authors', 'chairs'],
  },
};

/** What the machine keeps of an approval. */
export interface ApprovalLifecycle {
  readonly state: ApprovalState;
  readonly expiresAt: Date | null;
  /** While suspended: the artifacts whose release is suspended (empty: the whole approval). */
  readonly suspendedArtifactKeys: readonly string[];
}

export interface ApprovalActionInput {
  readonly reason: string;
  readonly now: Date;
  /** Suspension only: the artifacts whose release stops; empty or absent for the whole approval. */
  readonly artifactKeys?: readonly string[];
  /** The approval's artifacts, to check `artifactKeys` against. */
  readonly knownArtifactKeys?: readonly string[];
  /** Continuing (and modifying, advancing): the new expiry, from the policy; null for none. */
  readonly newExpiresAt?: Date | null;
}

export type ApprovalActionResult =
  | { readonly ok: true; readonly next: ApprovalLifecycle; readonly rule: ApprovalTransitionRule }
  | { readonly ok: false; readonly errors: FieldError[] };

export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 4000;

const ACTOR_WORDS: Readonly<Record<ApprovalActor, string>> = {
  chair: 'a chair',
  meeting: 'a convened meeting',
  author: 'the authors',
  system: 'the schedule',
};

function who(list: readonly ApprovalActor[]): string {
  const words = list.map((a) => ACTOR_WORDS[a]);
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * The approval after `action` by `actor`, or why not. Refusals are sentences a person understands,
 * on the path of the input that is wrong (`action`, `reason`, `artifactKeys`).
 */
export function applyApprovalAction(
  current: ApprovalLifecycle,
  action: ApprovalAction,
  actor: ApprovalActor,
  input: ApprovalActionInput,
): ApprovalActionResult {
  const rule = APPROVAL_TRANSITIONS[action];
  const label = APPROVAL_ACTION_LABELS[action].toLowerCase();
  if (!rule.by.includes(actor))
    return fail('action', `Only ${who(rule.by)} can do this (${label}).`);
  if (!rule.from.includes(current.state))
    return fail(
      'action',
      `An approval that is ${APPROVAL_STATE_LABELS[current.state].toLowerCase()} cannot be ${verbOf(action)}.`,
    );
  if (action === 'lapse' && (!current.expiresAt || input.now.getTime() < current.expiresAt.getTime()))
    return fail('action', 'The approval has not expired yet.');
  const reason = input.reason.trim();
  if (rule.needsReason && reason.length < MIN_REASON_LENGTH)
    return fail('reason', `Give the reason, in a sentence or more (at least ${MIN_REASON_LENGTH} characters).`);
  if (reason.length > MAX_REASON_LENGTH)
    return fail('reason', `Keep the reason under ${MAX_REASON_LENGTH.toLocaleString('en')} characters.`);

  if (action === 'suspend') {
    const keys = [...new Set(input.artifactKeys ?? [])];
    const known = new Set(input.knownArtifactKeys ?? []);
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length > 0) return fail('artifactKeys', `The approval has no artifact “${unknown[0]}”.`);
    // Suspending every artifact is suspending the whole approval.
    const whole = keys.length === 0 || keys.length === known.size;
    return ok({ ...current, state: 'suspended', suspendedArtifactKeys: whole ? [] : keys }, rule);
  }
  const renews = action === 'continue' || action === 'modify_conditions' || action === 'advance_stage';
  return ok(
    {
      state: rule.to,
      expiresAt: renews ? (input.newExpiresAt ?? null) : current.expiresAt,
      suspendedArtifactKeys: [],
    },
    rule,
  );
}

function verbOf(action: ApprovalAction): string {
  switch (action) {
    case 'open_reevaluation':
      return 'opened for re-evaluation';
    case 'continue':
      return 'continued';
    case 'modify_conditions':
      return 'given new conditions';
    case 'advance_stage':
      return 'advanced to its next release stage';
    case 'suspend':
      return 'suspended';
    case 'reinstate':
      return 'reinstated';
    case 'terminate':
      return 'terminated';
    case 'lapse':
      return 'lapsed';
    case 'close':
      return 'closed';
  }
}

/** The actions `actor` may take now on an approval in `state` (for the buttons a page offers). */
export function availableApprovalActions(state: ApprovalState, actor: ApprovalActor): ApprovalAction[] {
  return APPROVAL_ACTIONS.filter((a) => {
    const rule = APPROVAL_TRANSITIONS[a];
    return rule.from.includes(state) && rule.by.includes(actor) && a !== 'lapse';
  });
}

/** Whether `artifactKey` may be released now under the approval (it holds and the artifact is not suspended). */
export function artifactReleasable(approval: ApprovalLifecycle, artifactKey: string): boolean {
  if (approvalHolds(approval.state)) return true;
  return approval.state === 'suspended' && approval.suspendedArtifactKeys.length > 0
    ? !approval.suspendedArtifactKeys.includes(artifactKey)
    : false;
}

function ok(next: ApprovalLifecycle, rule: ApprovalTransitionRule): ApprovalActionResult {
  return { ok: true, next, rule };
}

function fail(path: string, message: string): ApprovalActionResult {
  return { ok: false, errors: [{ path, message }] };
}

/** What an approval's state asks of its authors, in a sentence (for notices and pages). */
export function approvalConsequence(state: ApprovalState, partiallySuspended = false): string {
  switch (state) {
    case 'active':
      return 'The work may go on and be released as the approved plan and its conditions say.';
    case 'under_reevaluation':
      return 'The work may go on as approved while the committee re-evaluates it.';
    case 'suspended':
      return partiallySuspended
        ? 'Release nothing more of the suspended artifacts until the committee reinstates the approval.'
        : 'Work under the approval must pause: release nothing more under it until the committee reinstates it.';
    case 'terminated':
      return 'The approval has ended: release nothing more under it. Going on needs a new statement and decision.';
    case 'expired':
      return 'The approval has lapsed: work under it must pause, and nothing more may be released under it, until the committee decides its continuing review.';
    case 'closed':
      return 'The approval is closed: the work under it is finished.';
  }
}

/** One step of an approval's history: the state it entered, by which action, when. */
export interface ApprovalStateChange {
  readonly state: ApprovalState;
  readonly at: Date;
}

/** The approval's state at `at` from its history (oldest first); null before it was granted. */
export function approvalStateAt(history: readonly ApprovalStateChange[], at: Date): ApprovalState | null {
  let state: ApprovalState | null = null;
  for (const change of history) {
    if (change.at.getTime() > at.getTime()) break;
    state = change.state;
  }
  return state;
}

/** The last instant of each of the `months` calendar months (UTC) up to and including `now`'s, oldest first; the current one is `now`. */
export function monthEnds(now: Date, months: number): Date[] {
  const ends: Date[] = [];
  for (let back = months - 1; back >= 1; back -= 1)
    ends.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1) - 1));
  ends.push(new Date(now));
  return ends;
}

/** How many approvals were in each state at each instant (for a chart of approvals by state over time). */
export function approvalStatesOver(
  histories: readonly (readonly ApprovalStateChange[])[],
  instants: readonly Date[],
): { at: Date; counts: Record<ApprovalState, number> }[] {
  return instants.map((at) => {
    const counts = Object.fromEntries(APPROVAL_STATES.map((s) => [s, 0])) as Record<ApprovalState, number>;
    for (const history of histories) {
      const state = approvalStateAt(history, at);
      if (state) counts[state] += 1;
    }
    return { at, counts };
  });
}
