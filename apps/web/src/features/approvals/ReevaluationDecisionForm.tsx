// The chair's decision of a re-evaluation: continue for a new period, continue with modified
// conditions (edited from the approval's current ones), advance release stages (the gates ticked
// among the approval's next ones), suspend or terminate; a reason where the
// domain asks for one, and, while the authors have filed no report, why the committee decides
// without it. Saved at the approval's revision: a CONFLICT goes to the section, which reloads.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  APPROVAL_TRANSITIONS,
  applyApprovalAction,
  approvalConsequence,
  decisionRefusal,
  MIN_REASON_LENGTH,
  REEVALUATION_OUTCOME_LABELS,
  validateAdvance,
  validateDecisionConditions,
  type Artifact,
  type ConditionLibraryEntry,
  type ReevaluationOutcome,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../lib/errors';
import { fieldId } from '../../lib/fieldIds';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import {
  ConditionsEditor,
  conditionPaths,
  newConditionKey,
  type ConditionDraft,
} from '../decisions/ConditionsEditor';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import { continuedUntil } from './ApprovalActionForm';
import { DecideReevaluationMutation } from './approvals.operations';
import { toldByEmail } from './approvalWords';
import { outcomeOptions } from './reevaluationWords';

type Approval = Pick<
  ApprovalFieldsFragment,
  | 'id'
  | 'revision'
  | 'state'
  | 'expiresAt'
  | 'suspendedArtifacts'
  | 'releasePlan'
  | 'conditions'
  | 'nextGates'
>;

type Gate = ApprovalFieldsFragment['nextGates'][number];

export interface ReevaluationDecisionDraft {
  outcome: ReevaluationOutcome | '';
  reason: string;
  withoutReportReason: string;
  /** modify_conditions: the conditions from now on, starting from the approval's. */
  conditions: ConditionDraft[];
  /** advance_stage: the artifacts whose next gate passes, in the gates' order. */
  advanceArtifactKeys: string[];
}

export interface ReevaluationDecisionContext {
  reportFiled: boolean;
  /** The approved plan's artifacts (a condition may be about one of them). */
  artifacts: readonly Artifact[];
  library: readonly ConditionLibraryEntry[];
  /** YYYY-MM-DD in the venue's zone. */
  today: string;
}

export function decisionDraft(approval: Pick<Approval, 'conditions'>): ReevaluationDecisionDraft {
  return {
    outcome: '',
    reason: '',
    withoutReportReason: '',
    conditions: approval.conditions.map((c) => ({
      key: newConditionKey(),
      libraryId: c.libraryId,
      text: c.text,
      artifactKey: c.artifactKey ?? '',
      dueOn: c.dueOn ?? '',
    })),
    advanceArtifactKeys: [],
  };
}

/** The decisions the form offers: advancing only while some release stage waits for its gate. */
export function decisionOptions(approval: Pick<Approval, 'nextGates'>) {
  return outcomeOptions().filter((o) => o.value !== 'advance_stage' || approval.nextGates.length > 0);
}

/** "Training code — Stage 2: Training code." for a gate's checkbox. */
export function gateLabel(gate: Pick<Gate, 'artifactName' | 'label'>): string {
  return `${gate.artifactName} — ${gate.label}${/[.!?]$/.test(gate.label) ? '' : '.'}`;
}

/** The ticked gates that are still next (a reload may have taken some away), in the gates' order. */
function advanceKeys(approval: Pick<Approval, 'nextGates'>, draft: ReevaluationDecisionDraft): string[] {
  return draft.outcome === 'advance_stage'
    ? approval.nextGates.map((g) => g.artifactKey).filter((k) => draft.advanceArtifactKeys.includes(k))
    : [];
}

function conditionsInput(draft: ReevaluationDecisionDraft) {
  return draft.outcome === 'modify_conditions'
    ? draft.conditions.map((c) => ({
        libraryId: c.libraryId,
        text: c.text.trim(),
        artifactKey: c.artifactKey || null,
        dueOn: c.dueOn || null,
      }))
    : [];
}

/** Whether the form asks why the committee decides without the report: only while none is filed. */
export function needsWithoutReportReason(reportFiled: boolean): boolean {
  return (
    decisionRefusal({ outcome: 'continue', reportSubmitted: reportFiled, withoutReportReason: '' }) !== null
  );
}

/** The domain's checks of the decision (the server's own), with paths as this form names them. */
export function reevaluationDecisionProblems(
  approval: Approval,
  draft: ReevaluationDecisionDraft,
  context: ReevaluationDecisionContext,
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const outcome = draft.outcome;
  if (outcome === '') problems.push({ path: 'outcome', message: 'Choose what the committee decides.' });
  else {
    const result = applyApprovalAction(
      {
        state: approval.state,
        expiresAt: approval.expiresAt ? new Date(approval.expiresAt) : null,
        suspendedArtifactKeys: approval.suspendedArtifacts.map((a) => a.key),
      },
      outcome,
      'chair',
      { reason: draft.reason, now, knownArtifactKeys: approval.releasePlan.map((item) => item.artifactKey) },
    );
    // Whether the state still allows it is the server's to say: it answers with the approval as it is.
    if (!result.ok) problems.push(...result.errors.filter((e) => e.path !== 'action'));
  }
  const refusal = decisionRefusal({
    outcome: outcome || 'continue',
    reportSubmitted: context.reportFiled,
    withoutReportReason: draft.withoutReportReason,
  });
  if (refusal) problems.push(refusal);
  if (outcome === 'advance_stage')
    problems.push(
      ...validateAdvance(
        advanceKeys(approval, draft).map((artifactKey) => ({ artifactKey })),
        approval.nextGates,
      ),
    );
  if (outcome === 'modify_conditions') {
    const errors = validateDecisionConditions(
      conditionsInput(draft).map((c) => ({ ...c, artifactId: c.artifactKey })),
      { artifactIds: context.artifacts.map((a) => a.key), today: context.today, library: context.library },
    );
    // Conditions name their artifact by key in the API, as in the editor.
    problems.push(
      ...errors.map((e) => ({
        ...e,
        path: e.path.replace(/^(conditions\.\d+)\.artifactId$/, '$1.artifactKey'),
      })),
    );
  }
  return problems;
}

export function ReevaluationDecisionForm({
  approval,
  context,
  periodMonths,
  onDone,
  onStale,
}: {
  approval: Approval;
  context: ReevaluationDecisionContext;
  /** Months a continued approval holds under the venue's policy (null: no expiry; undefined: not known). */
  periodMonths: number | null | undefined;
  onDone: (message: string) => void;
  onStale: (message: string) => void;
}) {
  const [draft, setDraft] = useState<ReevaluationDecisionDraft>(() => decisionDraft(approval));
  const [decide] = useMutation(DecideReevaluationMutation);
  const form = useMutationForm();
  const outcome = draft.outcome;
  const rule = outcome ? APPROVAL_TRANSITIONS[outcome] : null;
  const withoutReport = needsWithoutReportReason(context.reportFiled);
  const summary = formSummary(form, [
    'outcome',
    'reason',
    'withoutReportReason',
    ...(outcome === 'modify_conditions' ? conditionPaths(draft.conditions) : []),
    ...(outcome === 'advance_stage' ? ['advanceArtifactKeys'] : []),
  ]);
  const options = decisionOptions(approval);
  // A plan with gated releases whose every gate has passed: say why advancing is not offered.
  const gatesAllPassed =
    approval.nextGates.length === 0 &&
    approval.releasePlan.some((item) => item.timing === 'staged' || item.timing === 'evented');

  const change = <K extends keyof ReevaluationDecisionDraft>(key: K, value: ReevaluationDecisionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      className="reevaluation-form"
      aria-labelledby="reevaluation-decision-title"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => reevaluationDecisionProblems(approval, draft, context, new Date()),
          mutate: () =>
            reportingConflict(
              () =>
                decide({
                  variables: {
                    input: {
                      approvalId: approval.id,
                      outcome: outcome as ReevaluationOutcome,
                      reason: draft.reason.trim(),
                      withoutReportReason: withoutReport ? draft.withoutReportReason.trim() : '',
                      conditions: conditionsInput(draft),
                      advanceArtifactKeys: advanceKeys(approval, draft),
                      expectedRevision: approval.revision,
                    },
                  },
                }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () =>
            onDone(
              `Decided: ${REEVALUATION_OUTCOME_LABELS[outcome as ReevaluationOutcome].toLowerCase()}. ${toldByEmail(outcome as ReevaluationOutcome)}`.trim(),
            ),
        });
      }}
    >
      <h4 id="reevaluation-decision-title">Decide the re-evaluation</h4>
      <FormError message={summary.message} problems={summary.problems} />
      <ChoiceGroup
        path="reevaluation-decision.outcome"
        legend="Decision"
        hint={
          gatesAllPassed
            ? 'Every release stage of the plan has passed its gate, so there is none left to advance.'
            : undefined
        }
        options={options}
        value={outcome || null}
        required
        error={form.errorFor('outcome')}
        onChange={(value) => change('outcome', value)}
      />

      {withoutReport ? (
        <TextAreaField
          id={fieldId('reevaluation-decision.withoutReportReason')}
          label="Why the committee decides without the authors’ report"
          hint={`The authors have not filed their continuing-review report. Record why the committee decides without it (at least ${MIN_REASON_LENGTH} characters), for example a suspension for misuse that cannot wait.`}
          required
          rows={3}
          value={draft.withoutReportReason}
          error={form.errorFor('withoutReportReason')}
          onChange={(event) => change('withoutReportReason', event.target.value)}
        />
      ) : null}

      {outcome === 'advance_stage' ? (
        <AdvanceGatesField
          gates={approval.nextGates}
          selected={draft.advanceArtifactKeys}
          error={form.errorFor('advanceArtifactKeys')}
          onChange={(keys) => change('advanceArtifactKeys', keys)}
        />
      ) : null}

      {outcome === 'modify_conditions' ? (
        <ConditionsEditor
          conditions={draft.conditions}
          library={context.library}
          artifacts={context.artifacts}
          today={context.today}
          errorFor={form.errorFor}
          onChange={(conditions, path) => {
            setDraft((current) => ({ ...current, conditions }));
            form.clearField(path);
            form.clearField('conditions');
          }}
        />
      ) : null}

      <TextAreaField
        id={fieldId('reevaluation-decision.reason')}
        label={rule && !rule.needsReason ? 'Note (optional)' : 'Reason'}
        hint={
          rule && !rule.needsReason
            ? 'Kept with the change, for everyone who reads the approval.'
            : `Required to modify the conditions, suspend or terminate: say why (at least ${MIN_REASON_LENGTH} characters). Kept with the change, for everyone who reads the approval.`
        }
        required={rule?.needsReason ?? false}
        rows={3}
        value={draft.reason}
        error={form.errorFor('reason')}
        onChange={(event) => change('reason', event.target.value)}
      />

      {rule ? (
        <p className="approval-action__after small">
          <strong>Afterwards:</strong> {approvalConsequence(rule.to)}
          {outcome === 'continue' || outcome === 'modify_conditions' || outcome === 'advance_stage'
            ? ` ${continuedUntil(periodMonths)}`
            : ''}{' '}
          {toldByEmail(outcome as ReevaluationOutcome)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Record the decision'}
        </button>
      </div>
    </form>
  );
}

/**
 * The gates an "advance" decision passes: one checkbox per artifact's next stage (or evented
 * release). The first checkbox carries the path's id, so a failed submit focuses it.
 */
function AdvanceGatesField({
  gates,
  selected,
  error,
  onChange,
}: {
  gates: readonly Gate[];
  selected: readonly string[];
  error: string | undefined;
  onChange: (keys: string[]) => void;
}) {
  const id = fieldId('reevaluation-decision.advanceArtifactKeys');
  const toggle = (key: string, on: boolean) =>
    // Kept in the gates' order, whatever the order of the clicks.
    onChange(gates.map((g) => g.artifactKey).filter((k) => (k === key ? on : selected.includes(k))));
  return (
    <fieldset className={`approval-artifacts${error ? ' approval-artifacts--invalid' : ''}`}>
      <legend>
        Stages to open
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        Tick each release whose next stage the committee opens. It opens on its date if it has one, else at
        once.
      </p>
      <div className="advance-gates__choices">
        {gates.map((gate, i) => (
          <label key={gate.artifactKey} className="choice">
            <input
              id={i === 0 ? id : `${id}-${gate.artifactKey}`}
              type="checkbox"
              value={gate.artifactKey}
              checked={selected.includes(gate.artifactKey)}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
              onChange={(event) => toggle(gate.artifactKey, event.target.checked)}
            />
            <span className="break-anywhere">{gateLabel(gate)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
