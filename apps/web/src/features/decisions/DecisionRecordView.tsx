// A decision as read: its outcome, when and by whom, its conditions, the decided release plan beside
// the authors' proposal, and the letter once sent. The approval it created has its own panel
// (features/approvals).
import { labelOf } from '@impact-review/domain';
import type { DecisionFieldsFragment, DecisionHistoryFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../components/TierBadge';
import { formatDate, formatDateTime } from '../../lib/format';
import { ReleasePlanComparisonView } from './PlanComparison';

type Decision = DecisionFieldsFragment;

function outcomeTone(outcome: Decision['outcome']): 'success' | 'warning' | 'danger' | 'info' {
  if (outcome === 'approved' || outcome === 'exempt') return 'success';
  if (outcome === 'approved_with_conditions') return 'info';
  if (outcome === 'revise_and_resubmit') return 'warning';
  return 'danger';
}

export function OutcomeBadge({ decision }: { decision: Pick<Decision, 'outcome' | 'outcomeLabel'> }) {
  return <Badge tone={outcomeTone(decision.outcome)}>{decision.outcomeLabel}</Badge>;
}

export function ConditionList({ conditions }: { conditions: Decision['conditions'] }) {
  return (
    <ol className="condition-view">
      {conditions.map((condition, i) => (
        <li key={i}>
          <p className="prose break-anywhere">{condition.text}</p>
          <p className="muted small">
            {condition.artifactName ? `For ${condition.artifactName}` : 'For the whole work'}
            {condition.dueOn
              ? ` · due ${formatDate(`${condition.dueOn}T12:00:00Z`)}`
              : ' · while the approval lasts'}
            {condition.libraryId ? ' · standard condition' : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function DecisionRecordView({
  decision,
  forChairs,
  idPrefix,
}: {
  decision: Decision;
  /** Chairs also read the reason for deciding without all reviews and the reviews counted. */
  forChairs: boolean;
  idPrefix: string;
}) {
  return (
    <div className="stack decision-record">
      <p className="row">
        <OutcomeBadge decision={decision} />
        <span>
          Decided for version {decision.forVersion} ({labelOf(decision.tier)} review) on{' '}
          {formatDateTime(decision.decidedAt)}
          {decision.decidedBy ? ` by ${decision.decidedBy.name}` : ''}.
        </span>
      </p>
      {decision.meetingId ? <p className="muted small">Decided by a motion of a convened meeting.</p> : null}
      {decision.sent ? (
        <p className="muted small">Sent to the authors on {formatDateTime(decision.sentAt)}.</p>
      ) : null}
      {forChairs ? (
        <p className="muted small">
          Reviews it had: {decision.reviewsCounted.expert} expert, {decision.reviewsCounted.community}{' '}
          community.
        </p>
      ) : null}
      {forChairs && decision.withoutReviewsReason ? (
        <p className="prose">
          <strong>Decided without all the reviews:</strong> {decision.withoutReviewsReason}
        </p>
      ) : null}
      {decision.conditions.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-conditions`}>
          <h3 id={`${idPrefix}-conditions`}>Conditions</h3>
          <ConditionList conditions={decision.conditions} />
        </section>
      ) : null}
      {decision.releasePlanComparison.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-plan`}>
          <h3 id={`${idPrefix}-plan`}>Release plan</h3>
          <p className="muted small">What the authors proposed, beside what the committee decided.</p>
          <ReleasePlanComparisonView rows={decision.releasePlanComparison} idPrefix={`${idPrefix}-plan`} />
        </section>
      ) : null}
    </div>
  );
}

export function SentLetter({
  letter,
  idPrefix,
}: {
  letter: { subject: string; body: string };
  idPrefix: string;
}) {
  return (
    <section className="letter" aria-labelledby={`${idPrefix}-letter`}>
      <h3 id={`${idPrefix}-letter`}>The letter</h3>
      <p className="letter__subject break-anywhere">
        <span className="muted small">Subject:</span> {letter.subject}
      </p>
      <div className="letter__body prose break-anywhere">{letter.body}</div>
    </section>
  );
}

export function EarlierDecisions({
  history,
  currentId,
}: {
  history: readonly DecisionHistoryFieldsFragment[];
  currentId: string | null;
}) {
  const earlier = history.filter((d) => d.id !== currentId);
  if (earlier.length === 0) return null;
  return (
    <section aria-labelledby="earlier-decisions-title">
      <h3 id="earlier-decisions-title">Earlier decisions</h3>
      <ol className="history">
        {earlier.map((d) => (
          <li key={d.id}>
            Version {d.forVersion}: {d.outcomeLabel}
            {d.sentAt ? `, sent ${formatDateTime(d.sentAt)}` : ''}.
          </li>
        ))}
      </ol>
    </section>
  );
}
