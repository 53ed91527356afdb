// One chair's step on an incident report, inline under its buttons: the reason (for the record, and
// the approval's history when the step changes the approval), the question the authors should
// answer, the artifacts a suspension stops, and the final answer the reporter is mailed when the
// step ends the report. The domain's check runs first; the server's field errors land on the same
// inputs; a CONFLICT goes to the report, which reloads and says so.
import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  INCIDENT_STATE_LABELS,
  TRIAGE_ACTION_LABELS,
  TRIAGE_RULES,
  validateTriage,
  type TriageAction,
} from '@impact-review/domain';
import { FormError, TextAreaField } from '../../components/FormFields';
import type { IncidentFieldsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../lib/errors';
import { fieldId } from '../../lib/fieldIds';
import { countOf } from '../../lib/format';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { isPartial, SuspendedArtifactsField } from '../approvals/SuspendedArtifactsField';
import { ContinuingReviewQuery, TriageIncidentMutation } from './continuing-review.operations';

export interface TriageDraft {
  reason: string;
  answer: string;
  question: string;
  artifactKeys: string[];
}

const MIN_QUESTION = 10;

/** What each step does, before the chair confirms, and the status message after it. */
export const TRIAGE_WORDS: Readonly<Record<TriageAction, { explain: string; done: string }>> = {
  dismiss: {
    explain: 'The report ends without a change to the approval; the reporter is mailed your answer.',
    done: 'The report is dismissed and the reporter was sent your answer.',
  },
  ask_authors: {
    explain:
      'The authors are mailed the report (without the reporter’s address unless they agreed to be named) and your question.',
    done: 'The authors were asked by email.',
  },
  open_reevaluation: {
    explain: 'The approval goes under re-evaluation: the authors file a report and the committee decides.',
    done: 'The re-evaluation of the approval is open; the authors and the chairs are told by email.',
  },
  suspend: {
    explain:
      'The approval is suspended now, whole or only some artifacts’ releases; the report ends and the reporter is mailed your answer.',
    done: 'The approval is suspended and the reporter was sent your answer.',
  },
  resolve: {
    explain: 'The report ends; the reporter is mailed your answer.',
    done: 'The report is resolved and the reporter was sent your answer.',
  },
};

/** The domain's check (the server's own), with the question ask_authors needs. */
export function triageProblems(
  incident: Pick<IncidentFieldsFragment, 'state' | 'approvalId'>,
  action: TriageAction,
  draft: TriageDraft,
): FieldProblem[] {
  const problems: FieldProblem[] = validateTriage(incident.state, incident.approvalId !== null, {
    action,
    reason: draft.reason,
    answer: draft.answer,
  });
  if (action === 'ask_authors' && draft.question.trim().length < MIN_QUESTION)
    problems.push({
      path: 'question',
      message: `Write what the authors should answer (at least ${MIN_QUESTION} characters).`,
    });
  return problems;
}

export function IncidentTriageForm({
  incident,
  action,
  onDone,
  onCancel,
  onStale,
}: {
  incident: IncidentFieldsFragment;
  action: TriageAction;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** The report changed since it was loaded: the page reloads it and says so. */
  onStale: (message: string) => void;
}) {
  const [draft, setDraft] = useState<TriageDraft>({ reason: '', answer: '', question: '', artifactKeys: [] });
  const [triage] = useMutation(TriageIncidentMutation, { refetchQueries: [ContinuingReviewQuery] });
  const form = useMutationForm();
  const { formRef } = form;
  const rule = TRIAGE_RULES[action];
  const ids = (path: string) => fieldId(`incident-${incident.id}.${path}`);
  const titleId = `incident-${incident.id}-triage-title`;
  const artifacts = incident.submission?.latestVersion?.artifacts ?? [];
  const suspending = action === 'suspend';
  const partial = suspending && isPartial(draft.artifactKeys, artifacts);
  const summary = formSummary(form, ['reason', 'answer', 'question', 'artifactKeys']);

  // The form opens where the chair clicked: its first input takes the focus.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [formRef]);

  const change = <K extends keyof TriageDraft>(key: K, value: TriageDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    form.clearField(key);
  };

  return (
    <form
      noValidate
      ref={formRef}
      className="triage-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => triageProblems(incident, action, draft),
          mutate: () =>
            reportingConflict(
              () =>
                triage({
                  variables: {
                    input: {
                      incidentId: incident.id,
                      action,
                      reason: draft.reason.trim(),
                      answer: rule.final ? draft.answer.trim() : '',
                      question: action === 'ask_authors' ? draft.question.trim() : '',
                      artifactKeys: suspending ? draft.artifactKeys : [],
                      expectedRevision: incident.revision,
                    },
                  },
                }),
              onStale,
            ),
          pathPrefix: 'input.',
          onSuccess: () => onDone(TRIAGE_WORDS[action].done),
        });
      }}
    >
      <h4 id={titleId}>{TRIAGE_ACTION_LABELS[action]}</h4>
      <p className="small">{TRIAGE_WORDS[action].explain}</p>
      <FormError message={summary.message} problems={summary.problems} />

      {suspending ? (
        <SuspendedArtifactsField
          id={ids('artifactKeys')}
          artifacts={artifacts}
          selected={draft.artifactKeys}
          error={form.errorFor('artifactKeys')}
          onChange={(keys) => change('artifactKeys', keys)}
        />
      ) : null}
      {action === 'ask_authors' ? (
        <TextAreaField
          id={ids('question')}
          label="Question for the authors"
          hint="What the authors should answer; they are mailed it with the report."
          required
          rows={3}
          value={draft.question}
          error={form.errorFor('question')}
          onChange={(event) => change('question', event.target.value)}
        />
      ) : null}
      <TextAreaField
        id={ids('reason')}
        label="Reason"
        hint={
          suspending || action === 'open_reevaluation'
            ? 'Kept with the report and, with its reference, in the approval’s history.'
            : 'Kept with the report, for the committee’s record.'
        }
        required
        rows={3}
        value={draft.reason}
        error={form.errorFor('reason')}
        onChange={(event) => change('reason', event.target.value)}
      />
      {rule.final ? (
        <TextAreaField
          id={ids('answer')}
          label="Answer to the reporter"
          hint={`The final answer, mailed to ${incident.reporterEmail}. It ends the report.`}
          required
          rows={4}
          value={draft.answer}
          error={form.errorFor('answer')}
          onChange={(event) => change('answer', event.target.value)}
        />
      ) : null}

      <p className="small triage-form__after">
        <strong>Afterwards:</strong> the report reads “{INCIDENT_STATE_LABELS[rule.to]}”.
        {partial ? ` Only the release of ${countOf(draft.artifactKeys.length, 'artifact')} stops.` : ''}
      </p>
      <div className="form-actions">
        <button
          type="submit"
          className={`button button--primary${suspending ? ' button--destructive' : ''}`}
          disabled={form.submitting}
        >
          {form.submitting ? 'Saving…' : TRIAGE_ACTION_LABELS[action]}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
