// A re-evaluation (continuing review) in words: its states, what each outcome does to the approval,
// and the tally of the reviewers' recommendations as one sentence. The chart and the forms read from
// here, so what the bars draw and what their label says cannot drift apart.
import {
  REEVALUATION_OUTCOME_LABELS,
  REEVALUATION_OUTCOMES,
  type ReevaluationOutcome,
} from '@impact-review/domain';
import type { ReevaluationFieldsFragment } from '../../gql/graphql';
import { countOf } from '../../lib/format';
import type { Tone } from './approvalWords';

export const REEVALUATION_STATE_WORDS: Readonly<Record<string, { label: string; tone: Tone }>> = {
  open: { label: 'Open', tone: 'info' },
  decided: { label: 'Decided', tone: 'success' },
  closed: { label: 'Closed without a decision', tone: 'warning' },
};

export function reevaluationStateWords(state: string): { label: string; tone: Tone } {
  return REEVALUATION_STATE_WORDS[state] ?? { label: state, tone: 'neutral' };
}

/** What each outcome does, under its radio (for reviewers recommending and chairs deciding alike). */
export const OUTCOME_HINTS: Readonly<Record<ReevaluationOutcome, string>> = {
  continue: 'The approval holds for a new period from the decision, on the same conditions.',
  modify_conditions: 'The approval holds for a new period, on conditions the committee changes.',
  advance_stage:
    'The next release stage of the artifacts chosen may open (on its date, if it has one); the approval holds for a new period.',
  suspend: 'Work under the approval pauses until the committee reinstates or terminates it.',
  terminate: 'The approval ends for good; going on needs a new statement and a new decision.',
};

export const OUTCOME_TONES: Readonly<Record<ReevaluationOutcome, Tone>> = {
  continue: 'success',
  modify_conditions: 'info',
  advance_stage: 'success',
  suspend: 'warning',
  terminate: 'danger',
};

export const outcomeOptions = () =>
  REEVALUATION_OUTCOMES.map((value) => ({
    value,
    label: REEVALUATION_OUTCOME_LABELS[value],
    description: OUTCOME_HINTS[value],
  }));

export interface TallyRow {
  outcome: ReevaluationOutcome;
  label: string;
  count: number;
}

/** Every outcome with its count (0 for those nobody recommended), in the domain's order. */
export function tallyRows(tally: ReevaluationFieldsFragment['tally']): TallyRow[] {
  const counts = new Map(tally.map((t) => [t.outcome, t.count]));
  return REEVALUATION_OUTCOMES.map((outcome) => ({
    outcome,
    label: REEVALUATION_OUTCOME_LABELS[outcome],
    count: counts.get(outcome) ?? 0,
  }));
}

/** "2 reviewers recommend: 1 continue for a new period, 1 suspend." for the chart's name. */
export function tallySentence(rows: readonly TallyRow[]): string {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return 'No reviewer has recommended an outcome yet.';
  const parts = rows.filter((r) => r.count > 0).map((r) => `${r.count} ${r.label.toLowerCase()}`);
  return `${countOf(total, 'reviewer')} ${total === 1 ? 'recommends' : 'recommend'}: ${parts.join(', ')}.`;
}
