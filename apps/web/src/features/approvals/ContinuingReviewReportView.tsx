// The filed continuing-review report as chairs, reviewers of record and the authors read it: each
// question with its answer, and each condition with whether it is met and the authors' note.
import { REPORT_QUESTIONS, type ConditionStatus } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { ReevaluationFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import type { Tone } from './approvalWords';

type Report = NonNullable<ReevaluationFieldsFragment['report']>;

const STATUS_TONES: Readonly<Record<ConditionStatus, Tone>> = {
  met: 'success',
  in_progress: 'info',
  not_met: 'warning',
};

export function ContinuingReviewReportView({ report }: { report: Report }) {
  return (
    <div className="report-view">
      <p className="muted small">
        Filed {report.submittedBy ? `by ${report.submittedBy.name} ` : ''}on{' '}
        {formatDateTime(report.submittedAt)}.
      </p>
      <dl className="report-view__answers">
        {REPORT_QUESTIONS.map((question) => {
          const answer = report[question.key];
          return (
            <div key={question.key}>
              <dt>{question.prompt}</dt>
              <dd className={answer ? 'prose break-anywhere' : 'muted'}>{answer || 'Not answered.'}</dd>
            </div>
          );
        })}
      </dl>
      {report.conditions.length > 0 ? (
        <>
          <h5 className="report-view__heading">Conditions</h5>
          <ol className="report-view__conditions">
            {report.conditions.map((answer, i) => (
              <li key={i}>
                <p className="report-view__condition">
                  <span className="break-anywhere">{answer.condition}</span>{' '}
                  <Badge tone={STATUS_TONES[answer.status]}>{answer.statusLabel}</Badge>
                </p>
                {answer.note ? <p className="report-view__note break-anywhere">{answer.note}</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
