// An approval in words: the tone of each state, what each hand action is called on its button and
// form, who made the last change, and the expiry and timeline as sentences. The chart and the panel
// read from here, so what the bar draws and what its label says cannot drift apart.
import {
  APPROVAL_TRANSITIONS,
  applyApprovalAction,
  type ApprovalAction,
  type ApprovalNoticeRecipient,
  type ApprovalState,
} from '@impact-review/domain';
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../lib/errors';
import { countOf, formatDate } from '../../lib/format';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Green while it holds, blue while it is looked at again, amber while work pauses, red once ended by the committee. */
export const APPROVAL_STATE_TONES: Readonly<Record<ApprovalState, Tone>> = {
  active: 'success',
  under_reevaluation: 'info',
  suspended: 'warning',
  expired: 'warning',
  terminated: 'danger',
  closed: 'neutral',
};

/** The actions people take by hand; the others (lapse) are the schedule's, or not offered here. */
export type HandAction = 'open_reevaluation' | 'continue' | 'suspend' | 'reinstate' | 'terminate' | 'close';

export interface ActionWords {
  /** The button that opens its form. */
  button: string;
  /** The form's heading. */
  title: string;
  /** What the action does, before the person confirms. */
  explain: string;
  confirm: string;
  /** The status message after it was done. */
  done: string;
  danger?: boolean;
}

export const ACTION_WORDS: Readonly<Record<HandAction, ActionWords>> = {
  open_reevaluation: {
    button: 'Open re-evaluation…',
    title: 'Open the re-evaluation',
    explain:
      'The committee reviews the approval again before it expires. The work may go on meanwhile; the review ends by continuing, suspending or terminating it.',
    confirm: 'Open the re-evaluation',
    done: 'The re-evaluation is open.',
  },
  continue: {
    button: 'Continue for a new period…',
    title: 'Continue the approval for a new period',
    explain: 'The re-evaluation ends and the approval holds for a new period from today.',
    confirm: 'Continue the approval',
    done: 'The approval continues for a new period.',
  },
  suspend: {
    button: 'Suspend…',
    title: 'Suspend the approval',
    explain:
      'Suspend the whole approval, or only the release of some artifacts (for example one artifact’s distribution). It stays suspended until the committee reinstates or terminates it.',
    confirm: 'Suspend the whole approval',
    done: 'The approval is suspended.',
  },
  reinstate: {
    button: 'Reinstate…',
    title: 'Reinstate the approval',
    explain: 'The suspension ends and the approval holds again as decided, until its expiry.',
    confirm: 'Reinstate the approval',
    done: 'The approval is reinstated.',
  },
  terminate: {
    button: 'Terminate…',
    title: 'Terminate the approval',
    explain: 'The approval ends for good. Going on with the work needs a new statement and a new decision.',
    confirm: 'Terminate the approval',
    done: 'The approval is terminated.',
    danger: true,
  },
  close: {
    button: 'Close the approval…',
    title: 'Close the approval',
    explain:
      'Close it when the work under it is finished: nothing more is released under it and continuing review stops.',
    confirm: 'Close the approval',
    done: 'The approval is closed.',
  },
};

export function isHandAction(action: ApprovalAction): action is HandAction {
  return action in ACTION_WORDS;
}

const RECIPIENTS: Readonly<Record<ApprovalNoticeRecipient, string>> = {
  authors: 'the authors',
  chairs: 'the chairs',
  reviewers: 'the reviewers',
};

/** "The authors and the chairs are told by email." for the people the domain says a change reaches. */
export function toldByEmail(action: ApprovalAction): string {
  const who = APPROVAL_TRANSITIONS[action].notify.map((r) => RECIPIENTS[r]);
  if (who.length === 0) return '';
  const list =
    who.length === 1 ? (who[0] ?? '') : `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${who.length === 1 ? 'is' : 'are'} told by email.`;
}

type LastChange = ApprovalFieldsFragment['lastChange'];

/** Who made the last change, after its label: "by Dana Chair (chair)", or "automatically" for the schedule. */
export function changedBy(change: Pick<LastChange, 'by' | 'actor'>): string {
  switch (change.by) {
    case 'system':
      return 'automatically';
    case 'meeting':
      return 'by a convened meeting';
    case 'author':
      return change.actor ? `by ${change.actor.name} (author)` : 'by the authors';
    case 'chair':
      return change.actor ? `by ${change.actor.name} (chair)` : 'by a chair';
  }
}

/** "Holds until 15 Jul 2031 — in 112 days", "Lapsed on …", or "Does not expire". */
export function expiryText(
  approval: Pick<ApprovalFieldsFragment, 'state' | 'expiresAt' | 'daysUntilExpiry'>,
): string {
  if (!approval.expiresAt) return 'Does not expire';
  const date = formatDate(approval.expiresAt);
  if (approval.state === 'expired') return `Lapsed on ${date}`;
  const days = approval.daysUntilExpiry ?? 0;
  return `Holds until ${date} — ${days === 0 ? 'expires today' : `in ${countOf(days, 'day')}`}`;
}

/** When the continuing review opens, or that it is open; null when there is none to come. */
export function reevaluationText(
  approval: Pick<ApprovalFieldsFragment, 'state' | 'expiresAt' | 'reevaluationOpensAt'>,
  now: Date,
): string | null {
  if (approval.state === 'under_reevaluation')
    return approval.expiresAt
      ? `Open now: the committee decides before ${formatDate(approval.expiresAt)}.`
      : 'Open now.';
  if (!approval.reevaluationOpensAt) return null;
  const opens = new Date(approval.reevaluationOpensAt);
  return opens.getTime() > now.getTime()
    ? `Opens on ${formatDate(approval.reevaluationOpensAt)}, with the first reminder.`
    : `Due since ${formatDate(approval.reevaluationOpensAt)}.`;
}

/** "30, 7 and 1" */
export function listOfNumbers(values: readonly number[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

const DAY = 86_400_000;

export interface Timeline {
  /** How far through its period the approval is, 0–1 (1 once it has expired). */
  elapsed: number;
  /** Reminders inside the period, largest first, with where they fall (0–1) and whether they went out. */
  reminders: { days: number; at: number; sent: boolean }[];
  /** The same, in words, for the chart's aria-label. */
  description: string;
}

/** The period approvedAt → expiresAt with today and the reminders on it; null when it does not expire. */
export function approvalTimeline(
  approval: Pick<ApprovalFieldsFragment, 'approvedAt' | 'expiresAt' | 'daysUntilExpiry' | 'remindersSent'>,
  reminderDays: readonly number[],
  now: Date,
): Timeline | null {
  if (!approval.expiresAt) return null;
  const start = new Date(approval.approvedAt).getTime();
  const end = new Date(approval.expiresAt).getTime();
  const length = Math.max(end - start, 1);
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - start) / length));
  const reminders = [...new Set(reminderDays)]
    .sort((a, b) => b - a)
    .map((days) => ({
      days,
      at: (end - days * DAY - start) / length,
      sent: approval.remindersSent.includes(days),
    }))
    // A reminder that would fall before the approval started never goes out.
    .filter((r) => r.at > 0);
  const period = `Approval period from ${formatDate(approval.approvedAt)} to ${formatDate(approval.expiresAt)}`;
  const where =
    elapsed >= 1
      ? 'it has ended'
      : `today is ${Math.round(elapsed * 100)}% of the way through, ${countOf(approval.daysUntilExpiry ?? 0, 'day')} left`;
  const sent = reminders.filter((r) => r.sent).map((r) => r.days);
  const ticks =
    reminders.length === 0
      ? 'No reminders.'
      : `Reminders ${listOfNumbers(reminders.map((r) => r.days))} days before expiry${
          sent.length > 0 ? `; sent so far: ${listOfNumbers(sent)} days before` : '; none sent yet'
        }.`;
  return { elapsed, reminders, description: `${period}: ${where}. ${ticks}` };
}

/**
 * The domain's own check of a change before it is sent (a reason where one is needed, known
 * artifacts), so its messages land on the fields without a round trip. Whether the state allows
 * the action is the server's to say: it answers with the approval as it now is.
 */
export function actionProblems(
  approval: Pick<ApprovalFieldsFragment, 'state' | 'expiresAt' | 'suspendedArtifacts' | 'releasePlan'>,
  action: HandAction,
  draft: { reason: string; artifactKeys: readonly string[] },
  now: Date,
): FieldProblem[] {
  const rule = APPROVAL_TRANSITIONS[action];
  const result = applyApprovalAction(
    {
      state: approval.state,
      expiresAt: approval.expiresAt ? new Date(approval.expiresAt) : null,
      suspendedArtifactKeys: approval.suspendedArtifacts.map((a) => a.key),
    },
    action,
    // The server offered the action to this person, so they are one of those who may take it;
    // which one does not change what it needs.
    rule.by.includes('chair') ? 'chair' : 'author',
    {
      reason: draft.reason,
      now,
      artifactKeys: draft.artifactKeys,
      knownArtifactKeys: approval.releasePlan.map((item) => item.artifactKey),
    },
  );
  return result.ok ? [] : result.errors.filter((e) => e.path !== 'action');
}
