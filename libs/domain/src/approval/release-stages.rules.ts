// Release points of an approved plan and their gates. Each artifact's plan becomes one or more
// points in time at which something may be released: immediately, on an embargo date (timed), on an
// external event (evented) or stage by stage (staged). A timed release opens on its date unless the
// approval is suspended; an evented release and every stage after the first are gated: they open
// only once a re-evaluation decided to advance them ("advance_stage"), and on their date when that
// decision came earlier. A gated point whose date came without that decision is blocked, with the
// reason. Nothing here reads or writes; the API stores the gate openings on the approval.
import type { ReleasePlanItem } from '../statement/impact-statement.types';
import { artifactReleasable, type ApprovalLifecycle, type ApprovalState } from './approval-lifecycle.rules';

/** A gate that passed: a re-evaluation decided to advance `artifactKey` to `stage` (0 for an evented release). */
export interface StageOpening {
  readonly artifactKey: string;
  readonly stage: number;
  readonly gatePassedAt: Date;
  /** The re-evaluation whose decision passed the gate (null when a meeting's motion did). */
  readonly reevaluationId: string | null;
}

export const RELEASE_POINT_STATUSES = ['open', 'scheduled', 'awaiting_gate', 'blocked', 'held', 'withheld'] as const;
export type ReleasePointStatus = (typeof RELEASE_POINT_STATUSES)[number];

export const RELEASE_POINT_STATUS_LABELS: Readonly<Record<ReleasePointStatus, string>> = {
  open: 'Open',
  scheduled: 'Scheduled',
  awaiting_gate: 'Awaiting its gate',
  blocked: 'Blocked',
  held: 'Held',
  withheld: 'Not released',
};

export interface ReleasePoint {
  readonly artifactKey: string;
  /** The stage's index in a staged plan (0 is the first); null for a single release. */
  readonly stage: number | null;
  /** What is released, in words ("Stage 2: the 355M model", "Released on 2027-03-01"). */
  readonly label: string;
  /** The date it opens on (YYYY-MM-DD), or null when a decision or an event opens it. */
  readonly date: string | null;
  /** Whether a re-evaluation must decide to advance it before it opens. */
  readonly gated: boolean;
  /** When its gate passed (null for ungated points and gates not passed). */
  readonly gatePassedAt: Date | null;
  /** The day it opened (YYYY-MM-DD), once open; null before. */
  readonly openedOn: string | null;
  /** The day it opens or opened (YYYY-MM-DD) when that is known (open or scheduled); null otherwise. */
  readonly opensOn: string | null;
  readonly status: ReleasePointStatus;
  /** Why it has this status, in a sentence for the authors and the public. */
  readonly reason: string;
}

export interface ReleaseScheduleInput {
  readonly plan: readonly ReleasePlanItem[];
  readonly approval: ApprovalLifecycle;
  /** The day the approval was granted (YYYY-MM-DD, the venue's zone). */
  readonly approvedOn: string;
  readonly openings: readonly StageOpening[];
  /** Today in the venue's zone (YYYY-MM-DD). */
  readonly today: string;
  /** The day a Date falls on in the venue's zone (gate passed on). */
  readonly dayOf: (at: Date) => string;
}

const HELD_BY_STATE: Readonly<Partial<Record<ApprovalState, string>>> = {
  suspended: 'The approval is suspended: nothing more of it may be released until it is reinstated.',
  terminated: 'The approval was terminated: nothing more may be released under it.',
  expired: 'The approval lapsed: nothing more may be released until its continuing review is decided.',
  closed: 'The approval is closed.',
};

function heldReason(approval: ApprovalLifecycle, artifactKey: string): string {
  if (approval.state === 'suspended' && approval.suspendedArtifactKeys.includes(artifactKey))
    return 'The release of this artifact is suspended until the committee reinstates the approval.';
  return HELD_BY_STATE[approval.state] ?? 'The approval does not allow it now.';
}

function later(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}

/**
 * One point for an ungated release on `date` (null: at approval): open once the date came and the
 * approval allows it, scheduled before, held while the approval does not allow it.
 */
function ungated(input: ReleaseScheduleInput, item: ReleasePlanItem, stage: number | null, label: string, date: string | null): ReleasePoint {
  const on = later(date, input.approvedOn);
  const base = { artifactKey: item.artifactKey, stage, label, date, gated: false, gatePassedAt: null, opensOn: null };
  // Held now (suspended, lapsed, ended): it does not open on its date either.
  if (!artifactReleasable(input.approval, item.artifactKey))
    return { ...base, openedOn: null, status: 'held', reason: heldReason(input.approval, item.artifactKey) };
  if (input.today < on) return { ...base, openedOn: null, opensOn: on, status: 'scheduled', reason: `Opens on ${on} unless the approval is suspended by then.` };
  return { ...base, openedOn: on, opensOn: on, status: 'open', reason: date ? `Opened on ${on}.` : 'Released with the approval.' };
}

/** One gated point: it needs an opening (an "advance" decision), then its date. */
function gatedPoint(
  input: ReleaseScheduleInput,
  item: ReleasePlanItem,
  stage: number | null,
  label: string,
  date: string | null,
  waitingFor: string,
  /** A later stage opens no earlier than the stage before it: the day that one opens, '' when not known yet. */
  afterPrevious: string | null = null,
): ReleasePoint {
  const opening = input.openings.find((o) => o.artifactKey === item.artifactKey && o.stage === (stage ?? 0)) ?? null;
  const base = { artifactKey: item.artifactKey, stage, label, date, gated: true, gatePassedAt: opening?.gatePassedAt ?? null, opensOn: null };
  if (!opening) {
    if (date !== null && input.today >= date)
      return {
        ...base,
        openedOn: null,
        status: 'blocked',
        reason: `Blocked: its date (${date}) came, but no re-evaluation before it decided to advance to it.`,
      };
    return { ...base, openedOn: null, status: 'awaiting_gate', reason: waitingFor };
  }
  const passedOn = input.dayOf(opening.gatePassedAt);
  const on = later(afterPrevious || null, later(date, passedOn));
  if (!artifactReleasable(input.approval, item.artifactKey))
    return { ...base, openedOn: null, status: 'held', reason: heldReason(input.approval, item.artifactKey) };
  if (afterPrevious === '')
    return { ...base, openedOn: null, status: 'scheduled', reason: `Its gate passed on ${passedOn}; it opens once the stage before it opens.` };
  if (input.today < on) return { ...base, openedOn: null, opensOn: on, status: 'scheduled', reason: `Its gate passed on ${passedOn}; it opens on ${on} unless the approval is suspended by then.` };
  return { ...base, openedOn: on, opensOn: on, status: 'open', reason: `Its gate passed on ${passedOn}: a re-evaluation decided to advance it.` };
}

/** The day a point opens (or opened), '' when that is not known yet (awaiting its gate, blocked, held). */
function opensOnOf(point: ReleasePoint | null): string {
  return point?.opensOn ?? '';
}

/** Every release point of the plan, artifact by artifact in the plan's order, stages in order. */
export function releaseSchedule(input: ReleaseScheduleInput): ReleasePoint[] {
  const points: ReleasePoint[] = [];
  for (const item of input.plan) {
    if (item.contentLevel === 'withheld') {
      points.push({
        artifactKey: item.artifactKey,
        stage: null,
        label: 'Withheld',
        date: null,
        gated: false,
        gatePassedAt: null,
        openedOn: null,
        opensOn: null,
        status: 'withheld',
        reason: 'The approved plan does not release it.',
      });
      continue;
    }
    switch (item.timing) {
      case 'timed':
        points.push(ungated(input, item, null, item.embargoUntil ? `Released on ${item.embargoUntil}` : 'Released on its date', item.embargoUntil));
        break;
      case 'evented':
        points.push(
          gatedPoint(input, item, null, `Released when: ${item.releaseEvent}`, null, `Opens when a re-evaluation, after “${item.releaseEvent}”, decides to advance it.`),
        );
        break;
      case 'staged': {
        let previous: ReleasePoint | null = null;
        item.stages.forEach((stage, i) => {
          const label = `Stage ${i + 1}: ${stage.description}`;
          const waitingFor = stage.opensOn
            ? `Opens on ${stage.opensOn} only if a re-evaluation before then decides to advance to it.`
            : `Opens when a re-evaluation decides to advance to it${stage.trigger ? ` (${stage.trigger})` : ''}.`;
          const point: ReleasePoint =
            i === 0 ? ungated(input, item, 0, label, stage.opensOn) : gatedPoint(input, item, i, label, stage.opensOn, waitingFor, opensOnOf(previous));
          points.push(point);
          previous = point;
        });
        break;
      }
      default:
        points.push(ungated(input, item, null, 'Released with the approval', null));
    }
  }
  return points;
}

/**
 * The next gate of each artifact a re-evaluation may pass: the first stage after the first not yet
 * advanced to, or an evented release not yet opened. Artifacts with none are left out.
 */
export function nextGates(plan: readonly ReleasePlanItem[], openings: readonly StageOpening[]): { artifactKey: string; stage: number; label: string }[] {
  const gates: { artifactKey: string; stage: number; label: string }[] = [];
  for (const item of plan) {
    if (item.contentLevel === 'withheld') continue;
    const opened = (stage: number) => openings.some((o) => o.artifactKey === item.artifactKey && o.stage === stage);
    if (item.timing === 'evented' && !opened(0)) gates.push({ artifactKey: item.artifactKey, stage: 0, label: `Release when: ${item.releaseEvent}` });
    if (item.timing === 'staged') {
      const next = item.stages.findIndex((_, i) => i > 0 && !opened(i));
      const stage = item.stages[next];
      if (next > 0 && stage) gates.push({ artifactKey: item.artifactKey, stage: next, label: `Stage ${next + 1}: ${stage.description}` });
    }
  }
  return gates;
}
