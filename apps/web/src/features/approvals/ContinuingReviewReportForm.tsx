// The authors' continuing-review report: the domain's questions (progress, changes, incidents,
// replication, milestones) with their help, then one row per condition of the approval: met, in
// progress or not met, and a note that says what is missing unless it was met. The domain's check
// runs first (the server's own); the server's field errors land on the same inputs, the focus on
// the first; a CONFLICT goes to the section, which reloads the re-evaluation and says so.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  CONDITION_STATUS_LABELS,
  CONDITION_STATUSES,
  REPORT_QUESTIONS,
  validateContinuingReviewReport,
  type ConditionStatus,
  type ContinuingReviewReport,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { ApprovalFieldsFragment, ReevaluationFieldsFragment } from '../../gql/graphql';
import { fieldId } from '../../lib/fieldIds';
import { formatDate } from '../../lib/format';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ChoiceGroup } from '../reviews/ChoiceGroup';
import { SubmitContinuingReviewReportMutation } from './approvals.operations';

export interface ConditionAnswerDraft {
  /** '' until the authors say. */
  status: ConditionStatus | '';
  note: string;
}

export type ReportDraft = Omit<ContinuingReviewReport, 'conditions'> & { conditions: ConditionAnswerDraft[] };

type Condition = ApprovalFieldsFragment['conditions'][number];
type Report = NonNullable<ReevaluationFieldsFragment['report']>;

/** The filed report to change, or an empty one: one answer per condition of the approval. */
export function reportDraft(conditions: readonly Condition[], report: Report | null): ReportDraft {
  return {
    progress: report?.progress ?? '',
    changes: report?.changes ?? '',
    incidents: report?.incidents ?? '',
    replication: report?.replication ?? '',
    milestones: report?.milestones ?? '',
    conditions: conditions.map((_, i) => {
      const answer = report?.conditions[i];
      return answer ? { status: answer.status, note: answer.note } : { status: '', note: '' };
    }),
  };
}

/** The report as the API takes it (an unanswered status stays '' for the domain's check to name). */
function reportInput(draft: ReportDraft) {
  return {
    ...draft,
    conditions: draft.conditions.map((c) => ({ status: c.status as ConditionStatus, note: c.note })),
  } satisfies ContinuingReviewReport;
}

const STATUS_OPTIONS = CONDITION_STATUSES.map((value) => ({ value, label: CONDITION_STATUS_LABELS[value] }));

export function ContinuingReviewReportForm({
  approval,
  reevaluation,
  onDone,
  onCancel,
  onStale,
}: {
  approval: Pick<ApprovalFieldsFragment, 'id' | 'conditions'>;
  reevaluation: Pick<ReevaluationFieldsFragment, 'revision' | 'report'>;
  onDone: (message: string) => void;
  /** Only when changing a filed report: back to reading it. */
  onCancel?: (() => void) | undefined;
  onStale: (message: string) => void;
}) {
  const [draft, setDraft] = useState<ReportDraft>(() =>
    reportDraft(approval.conditions, reevaluation.report),
  );
  const [submit] = useMutation(SubmitContinuingReviewReportMutation);
  const form = useMutationForm();
  const changing = reevaluation.report !== null;
  const shownPaths = [
    ...REPORT_QUESTIONS.map((q) => q.key),
    'conditions',
    ...draft.conditions.flatMap((_, i) => [`conditions.${i}.status`, `conditions.${i}.note`]),
  ];
  const summary = formSummary(form, shownPaths);

  const setAnswer = (i: number, patch: Partial<ConditionAnswerDraft>, field: 'status' | 'note') => {
    setDraft((current) => ({
      ...current,
      conditions: current.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    }));
    form.clearField(`conditions.${i}.${field}`);
    // Once met, a condition needs no note: its complaint goes with the change.
    if (field === 'status') form.clearField(`conditions.${i}.note`);
  };

  return (
    <form
      noValidate
      ref={form.formRef}
      className="reevaluation-form"
      aria-labelledby="report-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        const input = reportInput(draft);
        void form.submit({
          validate: () => validateContinuingReviewReport(input, approval.conditions.length),
          mutate: () =>
            reportingConflict(
              () =>
                submit({
                  variables: {
                    input: { approvalId: approval.id, expectedRevision: reevaluation.revision, ...input },
                  },
                }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () =>
            onDone(
              `${changing ? 'Your report is changed' : 'Your report is filed'}. The chairs and the reviewers are told by email.`,
            ),
        });
      }}
    >
      <h4 id="report-form-title">
        {changing ? 'Change the continuing-review report' : 'File the continuing-review report'}
      </h4>
      <p className="small">
        The committee decides whether the approval continues from this report. Fields marked * are required.
      </p>
      <FormError message={summary.message} problems={summary.problems} />

      {REPORT_QUESTIONS.map((question) => (
        <TextAreaField
          key={question.key}
          id={fieldId(`report.${question.key}`)}
          label={question.prompt}
          hint={question.help}
          required={question.required}
          rows={question.required ? 4 : 3}
          value={draft[question.key]}
          error={form.errorFor(question.key)}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((current) => ({ ...current, [question.key]: value }));
            form.clearField(question.key);
          }}
        />
      ))}

      {approval.conditions.length > 0 ? (
        <fieldset id={fieldId('report.conditions')} className="report-conditions">
          <legend>Conditions of the approval</legend>
          <p className="field__hint">
            Say for each condition whether it is met. Unless it is, say what is missing and when it will be
            done.
          </p>
          {form.errorFor('conditions') ? <p className="field__error">{form.errorFor('conditions')}</p> : null}
          <ol className="report-conditions__list">
            {approval.conditions.map((condition, i) => {
              const answer = draft.conditions[i] ?? { status: '', note: '' };
              const n = i + 1;
              const met = answer.status === 'met';
              return (
                <li key={i} className="report-condition">
                  <ChoiceGroup
                    path={`report.conditions.${i}.status`}
                    legend={`Condition ${n}`}
                    hint={<ConditionText condition={condition} />}
                    options={STATUS_OPTIONS}
                    value={answer.status || null}
                    required
                    inline
                    error={form.errorFor(`conditions.${i}.status`)}
                    onChange={(status) => setAnswer(i, { status }, 'status')}
                  />
                  <TextAreaField
                    id={fieldId(`report.conditions.${i}.note`)}
                    label={
                      met ? `Condition ${n}: note (optional)` : `Condition ${n}: what is missing, and by when`
                    }
                    required={!met}
                    rows={2}
                    value={answer.note}
                    error={form.errorFor(`conditions.${i}.note`)}
                    onChange={(event) => setAnswer(i, { note: event.target.value }, 'note')}
                  />
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : changing ? 'Save the changed report' : 'File the report'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Keep the filed report
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A condition as the approval states it, with what it is about and until when. */
export function ConditionText({ condition }: { condition: Condition }) {
  return (
    <>
      <span className="break-anywhere">{condition.text}</span>{' '}
      <span className="muted">
        ({condition.artifactName ? `for ${condition.artifactName}` : 'for the whole work'}
        {condition.dueOn ? `, due ${formatDate(`${condition.dueOn}T12:00:00Z`)}` : ''})
      </span>
    </>
  );
}
