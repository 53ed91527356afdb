// The approval's current re-evaluation (continuing review), under its panel: what opened it and
// why; the authors' report (a form for the authors while it is open, read-only for everyone else
// and for the authors once filed); the reviewers' recommendations (a form for a reviewer of record,
// the tally and every recommendation with its reviewer for the chairs, each with its answers to the
// continuing-review rubric); the chairs' decision form; and, once decided, the decision. What each
// person sees is what the server sent them.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Artifact, ConditionLibraryEntry } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { ApprovalWithReevaluationFieldsFragment, ReevaluationFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { venueToday } from '../discussion/venueTime';
import { ReviewAnswerList } from '../reviews/ReviewTextView';
import { ContinuingReviewReportForm } from './ContinuingReviewReportForm';
import { ContinuingReviewReportView } from './ContinuingReviewReportView';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationTally } from './RecommendationTally';
import { ReevaluationDecisionForm } from './ReevaluationDecisionForm';
import { OUTCOME_TONES, reevaluationStateWords } from './reevaluationWords';
import './approvals.css';
// The radio groups' styles (ChoiceGroup).
import '../reviews/reviews.css';
import { useFocusOnOpen } from '../../lib/useFocusOnOpen';

type Reevaluation = ReevaluationFieldsFragment;
type Notice = { tone: 'success' | 'warning'; text: string };

export function ContinuingReviewSection({
  approval,
  artifacts,
  library,
  timeZone,
  periodMonths,
  onStale,
}: {
  approval: ApprovalWithReevaluationFieldsFragment;
  /** The statement's artifacts; a modified condition may be about one the approved plan names. */
  artifacts: readonly Artifact[];
  /** The venue's standard conditions (chairs; [] for everyone else). */
  library: readonly ConditionLibraryEntry[];
  timeZone: string;
  /** Months a continued approval holds under the venue's policy (null: no expiry; undefined: not known). */
  periodMonths: number | null | undefined;
  /** Reloads the approval after the server said it changed in the meantime. */
  onStale: () => unknown;
}) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const reevaluation = approval.reevaluation;

  // After a form is done it is gone: the focus goes to what happened instead of the page's top.
  useEffect(() => {
    if (notice?.tone === 'success') noticeRef.current?.focus();
  }, [notice]);

  if (!reevaluation) return null;
  const state = reevaluationStateWords(reevaluation.state);
  const done = (text: string) => setNotice({ tone: 'success', text });
  const stale = (message: string) => {
    setNotice({ tone: 'warning', text: `${message} What you see here is the re-evaluation as it is now.` });
    void onStale();
  };
  const planKeys = new Set(approval.releasePlan.map((item) => item.artifactKey));

  return (
    <section
      className={`card continuing-review continuing-review--${state.tone}`}
      aria-labelledby="continuing-review-title"
    >
      <div className="card__header">
        <h3 id="continuing-review-title">Continuing review</h3>
        <Badge tone={state.tone}>{state.label}</Badge>
      </div>
      <div role="status" aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className={`alert alert--${notice.tone}`}>
            {notice.text}
          </p>
        ) : null}
      </div>
      <dl className="approval__facts">
        <div>
          <dt>Opened</dt>
          <dd>
            {formatDateTime(reevaluation.openedAt)} · {reevaluation.triggerLabel}
          </dd>
        </div>
        {reevaluation.reason ? (
          <div>
            <dt>Why</dt>
            <dd className="prose break-anywhere">{reevaluation.reason}</dd>
          </div>
        ) : null}
      </dl>

      {reevaluation.decision ? (
        <DecisionView decision={reevaluation.decision} approval={approval} />
      ) : reevaluation.state === 'closed' ? (
        <p className="alert alert--warning">
          Closed without a decision: the approval lapsed before the committee decided.
        </p>
      ) : null}

      <ReportPart
        key={`report-${reevaluation.id}`}
        approval={approval}
        reevaluation={reevaluation}
        onDone={done}
        onStale={stale}
      />
      <RecommendationsPart
        key={`recommendations-${reevaluation.id}`}
        approvalId={approval.id}
        reevaluation={reevaluation}
        onDone={done}
      />

      {reevaluation.viewerCan.decide ? (
        <ReevaluationDecisionForm
          key={`decide-${reevaluation.id}`}
          approval={approval}
          context={{
            reportFiled: reevaluation.report !== null,
            artifacts: artifacts.filter((a) => planKeys.has(a.key)),
            library,
            today: venueToday(timeZone),
          }}
          periodMonths={periodMonths}
          onDone={done}
          onStale={stale}
        />
      ) : null}
    </section>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="continuing-review__part" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      {children}
    </section>
  );
}

function ReportPart({
  approval,
  reevaluation,
  onDone,
  onStale,
}: {
  approval: ApprovalWithReevaluationFieldsFragment;
  reevaluation: Reevaluation;
  onDone: (text: string) => void;
  onStale: (message: string) => void;
}) {
  const [changing, setChanging] = useState(false);
  const formRef = useFocusOnOpen(changing);
  const report = reevaluation.report;
  const canReport = reevaluation.viewerCan.report;
  if (canReport && (!report || changing))
    return (
      <div ref={formRef}>
        <ContinuingReviewReportForm
          approval={approval}
          reevaluation={reevaluation}
          onDone={(text) => {
            setChanging(false);
            onDone(text);
          }}
          onCancel={report ? () => setChanging(false) : undefined}
          onStale={onStale}
        />
      </div>
    );
  return (
    <Part id="continuing-review-report" title="The authors’ report">
      {report ? (
        <>
          <ContinuingReviewReportView report={report} />
          {canReport ? (
            <button type="button" className="button button--small" onClick={() => setChanging(true)}>
              Change the report
            </button>
          ) : null}
        </>
      ) : (
        <p className="muted">
          {reevaluation.state === 'open'
            ? 'The authors have not filed their continuing-review report yet.'
            : 'The authors filed no continuing-review report.'}
        </p>
      )}
    </Part>
  );
}

function RecommendationsPart({
  approvalId,
  reevaluation,
  onDone,
}: {
  approvalId: string;
  reevaluation: Reevaluation;
  onDone: (text: string) => void;
}) {
  const [changing, setChanging] = useState(false);
  const formRef = useFocusOnOpen(changing);
  const { recommendations, viewerCan } = reevaluation;
  const mine = recommendations.find((r) => r.mine) ?? null;
  // The chairs get the tally (and every reviewer's name); a reviewer only their own recommendation.
  const forChairs = viewerCan.decide || reevaluation.tally.length > 0;
  const others = recommendations.filter((r) => !r.mine || forChairs);
  if (!forChairs && !viewerCan.recommend && !mine) return null;
  const total = reevaluation.tally.reduce((sum, t) => sum + t.count, 0);
  return (
    <Part
      id="continuing-review-recommendations"
      title={forChairs ? 'The reviewers’ recommendations' : 'Your recommendation'}
    >
      {forChairs ? (
        total > 0 ? (
          <RecommendationTally tally={reevaluation.tally} />
        ) : (
          <p className="muted">No reviewer of record has recommended an outcome yet.</p>
        )
      ) : null}
      {forChairs && others.length > 0 ? (
        <ul className="plain-list recommendation-list">
          {others.map((r, i) => (
            <li key={i} className="recommendation">
              <p className="recommendation__head">
                <strong>{r.mine ? 'You' : (r.reviewer?.name ?? 'A reviewer')}</strong>
                <Badge tone={OUTCOME_TONES[r.outcome]}>{r.outcomeLabel}</Badge>
                <span className="muted small">{formatDateTime(r.at)}</span>
              </p>
              <p className="recommendation__comment prose break-anywhere">{r.comment}</p>
              <ReviewAnswerList answers={r.answers} />
            </li>
          ))}
        </ul>
      ) : null}
      {!forChairs && mine && !changing ? (
        <div className="recommendation">
          <p className="recommendation__head">
            <span>You recommended</span>
            <Badge tone={OUTCOME_TONES[mine.outcome]}>{mine.outcomeLabel}</Badge>
            <span className="muted small">{formatDateTime(mine.at)}</span>
          </p>
          <p className="recommendation__comment prose break-anywhere">{mine.comment}</p>
          <ReviewAnswerList answers={mine.answers} />
          {viewerCan.recommend ? (
            <button type="button" className="button button--small" onClick={() => setChanging(true)}>
              Change your recommendation
            </button>
          ) : null}
        </div>
      ) : null}
      {viewerCan.recommend && (!mine || changing) ? (
        <div ref={formRef}>
          <RecommendationForm
            approvalId={approvalId}
            initial={mine ? { outcome: mine.outcome, comment: mine.comment, answers: mine.answers } : null}
            questions={reevaluation.rubric}
            onDone={(text) => {
              setChanging(false);
              onDone(text);
            }}
            onCancel={mine ? () => setChanging(false) : undefined}
          />
        </div>
      ) : null}
    </Part>
  );
}

function DecisionView({
  decision,
  approval,
}: {
  decision: NonNullable<Reevaluation['decision']>;
  approval: Pick<ApprovalWithReevaluationFieldsFragment, 'state' | 'expiresAt'>;
}) {
  return (
    <Part id="continuing-review-decision" title="Decision">
      <p className="row">
        <Badge tone={OUTCOME_TONES[decision.outcome]}>{decision.outcomeLabel}</Badge>
        <span>
          Decided on {formatDateTime(decision.decidedAt)}
          {approval.state === 'active' && approval.expiresAt
            ? `; the approval now holds until ${formatDate(approval.expiresAt)}.`
            : '.'}
        </span>
      </p>
      {decision.reason ? (
        <p className="prose break-anywhere">
          <strong>Reason:</strong> {decision.reason}
        </p>
      ) : null}
      {decision.withoutReportReason ? (
        <p className="prose break-anywhere">
          <strong>Decided without the authors’ report:</strong> {decision.withoutReportReason}
        </p>
      ) : null}
    </Part>
  );
}
