// A re-evaluation (continuing review) of an approval: what opened it, the authors' continuing-review
// report (progress, changes, incidents and misuse they know of, replication by others, release
// milestones, whether each condition was met), the reviewers' recommendations, and the committee's
// decision, which moves the approval on through its state machine. Nothing here reads or writes.
import type { FieldError } from '../statement/impact-statement.types';
import type { ApprovalAction } from './approval-lifecycle.rules';

/** What opened a re-evaluation. */
export const REEVALUATION_TRIGGERS = ['schedule', 'chair', 'incident', 'amendment', 'external_event'] as const;
export type ReevaluationTrigger = (typeof REEVALUATION_TRIGGERS)[number];

export const REEVALUATION_TRIGGER_LABELS: Readonly<Record<ReevaluationTrigger, string>> = {
  schedule: 'Continuing review due',
  chair: 'Opened by a chair',
  incident: 'An incident report',
  amendment: 'An amendment',
  external_event: 'An external event',
};

/**
 * What a re-evaluation can decide (reinstatement belongs to a suspended approval, not to a
 * re-evaluation). Advancing passes the gate of release stages (release-stages.rules) and continues
 * the approval for a new period.
 */
export const REEVALUATION_OUTCOMES = ['continue', 'modify_conditions', 'advance_stage', 'suspend', 'terminate'] as const;
export type ReevaluationOutcome = (typeof REEVALUATION_OUTCOMES)[number] & ApprovalAction;

export const REEVALUATION_OUTCOME_LABELS: Readonly<Record<ReevaluationOutcome, string>> = {
  continue: 'Continue for a new period',
  modify_conditions: 'Continue with modified conditions',
  advance_stage: 'Advance a release stage',
  suspend: 'Suspend',
  terminate: 'Terminate',
};

export const CONDITION_STATUSES = ['met', 'in_progress', 'not_met'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

export const CONDITION_STATUS_LABELS: Readonly<Record<ConditionStatus, string>> = {
  met: 'Met',
  in_progress: 'In progress',
  not_met: 'Not met',
};

/** The authors' continuing-review report. */
export interface ContinuingReviewReport {
  readonly progress: string;
  readonly changes: string;
  readonly incidents: string;
  readonly replication: string;
  readonly milestones: string;
  /** One answer per condition of the approval, in its order. */
  readonly conditions: readonly { readonly status: ConditionStatus; readonly note: string }[];
}

export const REPORT_QUESTIONS: readonly {
  readonly key: Exclude<keyof ContinuingReviewReport, 'conditions'>;
  readonly prompt: string;
  readonly help: string;
  readonly required: boolean;
}[] = [
  { key: 'progress', prompt: 'Progress since the approval', help: 'What was done and released, and what is left.', required: true },
  { key: 'changes', prompt: 'Changes to the work', help: 'Anything that changes the risks or the benefits: new data, larger models, new uses.', required: false },
  { key: 'incidents', prompt: 'Incidents and misuse you know of', help: 'Reports you received, misuse you saw, and what you did. Write “none” if there were none.', required: true },
  { key: 'replication', prompt: 'Replication by others', help: 'Whether others have released equivalent work, and where.', required: false },
  { key: 'milestones', prompt: 'Release milestones reached', help: 'Which artifacts were released, when, to whom.', required: false },
];

export const MIN_REPORT_ANSWER = 10;
export const MAX_REPORT_ANSWER = 5000;
export const MAX_CONDITION_NOTE = 1000;

/** Every reason the report cannot be submitted, on paths like `progress` and `conditions.1.note`. */
export function validateContinuingReviewReport(report: ContinuingReviewReport, conditionCount: number): FieldError[] {
  const errors: FieldError[] = [];
  for (const question of REPORT_QUESTIONS) {
    const text = report[question.key].trim();
    if (question.required && text.length < MIN_REPORT_ANSWER)
      errors.push({ path: question.key, message: `Answer this in a sentence or more (at least ${MIN_REPORT_ANSWER} characters).` });
    else if (text.length > MAX_REPORT_ANSWER)
      errors.push({ path: question.key, message: `Keep this under ${MAX_REPORT_ANSWER.toLocaleString('en')} characters.` });
  }
  if (report.conditions.length !== conditionCount)
    errors.push({ path: 'conditions', message: `Say for each of the ${conditionCount} conditions whether it was met.` });
  report.conditions.forEach((answer, i) => {
    if (!(CONDITION_STATUSES as readonly string[]).includes(answer.status))
      errors.push({ path: `conditions.${i}.status`, message: 'Say whether this condition was met.' });
    if (answer.status !== 'met' && answer.note.trim().length < MIN_REPORT_ANSWER)
      errors.push({ path: `conditions.${i}.note`, message: 'Say what is missing and when it will be done.' });
    if (answer.note.length > MAX_CONDITION_NOTE)
      errors.push({ path: `conditions.${i}.note`, message: `Keep this under ${MAX_CONDITION_NOTE.toLocaleString('en')} characters.` });
  });
  return errors;
}

/** A reviewer's recommendation on a re-evaluation. */
export interface ReevaluationRecommendation {
  readonly outcome: ReevaluationOutcome;
  readonly comment: string;
}

export function validateRecommendation(input: ReevaluationRecommendation): FieldError[] {
  const errors: FieldError[] = [];
  if (!(REEVALUATION_OUTCOMES as readonly string[]).includes(input.outcome))
    errors.push({ path: 'outcome', message: 'Choose what you recommend.' });
  const comment = input.comment.trim();
  if (comment.length < MIN_REPORT_ANSWER)
    errors.push({ path: 'comment', message: `Say why, in a sentence or more (at least ${MIN_REPORT_ANSWER} characters).` });
  else if (comment.length > MAX_REPORT_ANSWER)
    errors.push({ path: 'comment', message: `Keep this under ${MAX_REPORT_ANSWER.toLocaleString('en')} characters.` });
  return errors;
}

/** How the recommendations stand, for the chair deciding: counts by outcome, most recommended first. */
export function tallyRecommendations(
  recommendations: readonly { readonly outcome: ReevaluationOutcome }[],
): { outcome: ReevaluationOutcome; count: number }[] {
  const counts = new Map<ReevaluationOutcome, number>();
  for (const r of recommendations) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  return REEVALUATION_OUTCOMES.filter((o) => counts.has(o))
    .map((outcome) => ({ outcome, count: counts.get(outcome) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/**
 * Whether the committee may decide now: the authors' report is needed unless the chair records why
 * it goes without (a suspension or termination for misuse cannot wait for a report).
 */
export function decisionRefusal(input: {
  readonly outcome: ReevaluationOutcome;
  readonly reportSubmitted: boolean;
  readonly withoutReportReason: string;
}): FieldError | null {
  if (input.reportSubmitted) return null;
  if (input.withoutReportReason.trim().length >= MIN_REPORT_ANSWER) return null;
  return {
    path: 'withoutReportReason',
    message: 'The authors have not filed their report: say why the committee decides without it.',
  };
}

/** The artifacts of a plan released on an external event (evented release), with the event each waits for. */
export function eventedArtifacts(
  plan: readonly { readonly artifactKey: string; readonly timing: string; readonly releaseEvent: string }[],
): { artifactKey: string; releaseEvent: string }[] {
  return plan.filter((item) => item.timing === 'evented').map((item) => ({ artifactKey: item.artifactKey, releaseEvent: item.releaseEvent }));
}

/** An external event a chair records (for example "an equivalent model was released elsewhere"). */
export function validateExternalEvent(input: { readonly description: string; readonly approvalIds: readonly string[] }): FieldError[] {
  const errors: FieldError[] = [];
  const text = input.description.trim();
  if (text.length < MIN_REPORT_ANSWER)
    errors.push({ path: 'description', message: `Say what happened, in a sentence or more (at least ${MIN_REPORT_ANSWER} characters).` });
  else if (text.length > MAX_REPORT_ANSWER)
    errors.push({ path: 'description', message: `Keep this under ${MAX_REPORT_ANSWER.toLocaleString('en')} characters.` });
  if (input.approvalIds.length === 0) errors.push({ path: 'approvalIds', message: 'Choose the approvals whose release waits for this event.' });
  return errors;
}

/** An "advance" decision names the gates it passes, each one of the approval's next gates. */
export function validateAdvance(
  chosen: readonly { readonly artifactKey: string }[],
  gates: readonly { readonly artifactKey: string }[],
): FieldError[] {
  if (gates.length === 0) return [{ path: 'outcome', message: 'No release stage waits for a gate: every stage and evented release is already open.' }];
  if (chosen.length === 0) return [{ path: 'advanceArtifactKeys', message: 'Choose the release stages to open.' }];
  const open = new Set(gates.map((g) => g.artifactKey));
  const wrong = chosen.find((c) => !open.has(c.artifactKey));
  return wrong ? [{ path: 'advanceArtifactKeys', message: `No release of “${wrong.artifactKey}” waits for a gate.` }] : [];
}
