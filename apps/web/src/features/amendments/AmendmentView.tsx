// One amendment of an approval: its state and review tier (with why the rubric raised it), who asked
// when and why, what it changes in words and as the approved plan beside the amended one, the
// artifacts it adds, the recommendations the reader may read, the decision, and what the reader may
// do: the authors withdraw it, a reviewer of record recommends, a chair decides.
import { useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { labelOf, type AmendmentDecision } from '@impact-review/domain';
import { FormError } from '../../components/FormFields';
import { Badge } from '../../components/TierBadge';
import type { AmendmentFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { formSummary, reportingConflict } from '../../lib/formSummary';
import { useMutationForm } from '../../lib/useMutationForm';
import { ReleasePlanComparisonView } from '../decisions/PlanComparison';
import { AmendmentDecisionForm } from './AmendmentDecisionForm';
import { AmendmentRecommendationForm, RECOMMENDATION_LABELS } from './AmendmentRecommendationForm';
import { WithdrawAmendmentMutation } from './amendments.operations';
import { AMENDMENT_PLAN_WORDS, AMENDMENT_STATE_TONES, AMENDMENT_TIER_LABELS } from './amendmentWords';
import { useFocusOnOpen } from '../../lib/useFocusOnOpen';

type Amendment = AmendmentFieldsFragment;

const RECOMMENDATION_TONES: Readonly<Record<AmendmentDecision, 'success' | 'danger'>> = {
  approve: 'success',
  decline: 'danger',
};

export function AmendmentView({
  amendment,
  number,
  approvalRevision,
  onDone,
  onStale,
}: {
  amendment: Amendment;
  /** Its place among the approval's amendments, the first requested being 1. */
  number: number;
  approvalRevision: number;
  onDone: (message: string, approvalChanged: boolean) => void;
  onStale: (message: string) => void;
}) {
  const id = `amendment-${amendment.id}`;
  const unchanged = amendment.planChanges.filter((row) => row.status === 'unchanged');
  const changedRows = amendment.planChanges.filter((row) => row.status !== 'unchanged');
  const requestedBy = amendment.requestedBy?.name;
  return (
    <section className={`amendment amendment--${amendment.state}`} aria-labelledby={`${id}-title`}>
      <div className="amendment__header">
        <h4 id={`${id}-title`}>Amendment {number}</h4>
        <Badge tone={AMENDMENT_STATE_TONES[amendment.state]}>{amendment.stateLabel}</Badge>
        <span className={`badge badge--tier-${amendment.tier === 'full' ? 'full' : 'expedited'}`}>
          {AMENDMENT_TIER_LABELS[amendment.tier] ?? labelOf(amendment.tier)}
        </span>
      </div>
      {amendment.tier === 'full' && amendment.tierReasons.length > 0 ? (
        <div className="amendment__tier-reasons">
          <p>Full review, because the amended plan adds to the risk:</p>
          <ul>
            {amendment.tierReasons.map((reason) => (
              <li key={reason} className="break-anywhere">
                {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <dl className="amendment__facts">
        <div>
          <dt>Requested</dt>
          <dd>
            {formatDateTime(amendment.requestedAt)}
            {requestedBy ? ` by ${requestedBy}` : ''}
          </dd>
        </div>
        <div>
          <dt>Reason</dt>
          <dd className="prose break-anywhere amendment__reason">{amendment.reason}</dd>
        </div>
        <div>
          <dt>Changes</dt>
          <dd>
            {amendment.changes.length > 0 ? (
              <ul className="amendment__changes">
                {amendment.changes.map((change) => (
                  <li key={`${change.kind}-${change.artifactKey}`} className="break-anywhere">
                    {change.label}: {change.artifactName}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">None in the plan.</span>
            )}
          </dd>
        </div>
        {amendment.state === 'requested' && amendment.recommendationsNeeded > 0 ? (
          <div>
            <dt>Recommendations</dt>
            <dd>
              {amendment.recommendationCount} of {amendment.recommendationsNeeded} from the reviewers of
              record so far
            </dd>
          </div>
        ) : null}
      </dl>

      {amendment.newArtifacts.length > 0 ? (
        <Part id={`${id}-artifacts`} title="New artifacts">
          <ul className="plain-list amendment__artifacts">
            {amendment.newArtifacts.map((artifact) => (
              <li key={artifact.key}>
                <p className="amendment__artifact-name">
                  <strong className="break-anywhere">{artifact.name}</strong>{' '}
                  <span className="muted small">
                    {labelOf(artifact.kind)} · power level: {labelOf(artifact.powerLevel).toLowerCase()}
                  </span>
                </p>
                {artifact.description ? (
                  <p className="prose break-anywhere amendment__artifact-description">
                    {artifact.description}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      <div className="amendment__plan">
        <p className="amendment__plan-intro">
          <strong>The release plan, approved and amended</strong>
          {unchanged.length > 0 ? (
            <span className="muted"> (unchanged: {unchanged.map((row) => row.artifactName).join(', ')})</span>
          ) : null}
        </p>
        {changedRows.length > 0 ? (
          <ReleasePlanComparisonView
            rows={changedRows}
            idPrefix={`${id}-plan`}
            words={AMENDMENT_PLAN_WORDS}
            headingLevel={5}
          />
        ) : (
          <p className="muted">The plan itself is unchanged.</p>
        )}
      </div>

      <RecommendationsPart amendment={amendment} onDone={(text) => onDone(text, false)} onStale={onStale} />

      {amendment.decision ? (
        <Part id={`${id}-decision`} title="Decision">
          <p className="row">
            <Badge tone={AMENDMENT_STATE_TONES[amendment.state]}>{amendment.stateLabel}</Badge>
            <span>Decided on {formatDateTime(amendment.decision.decidedAt)}.</span>
          </p>
          {amendment.decision.reason ? (
            <p className="prose break-anywhere amendment__reason">
              <strong>Reason:</strong> {amendment.decision.reason}
            </p>
          ) : null}
        </Part>
      ) : null}

      {amendment.viewerCan.withdraw ? (
        <WithdrawButton amendment={amendment} onDone={(text) => onDone(text, false)} onStale={onStale} />
      ) : null}

      {amendment.viewerCan.decide ? (
        <AmendmentDecisionForm
          amendment={amendment}
          approvalRevision={approvalRevision}
          onDone={(text, decision) => onDone(text, decision === 'approve')}
          onStale={onStale}
        />
      ) : null}
    </section>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="amendment__part" aria-labelledby={id}>
      <h5 id={id}>{title}</h5>
      {children}
    </section>
  );
}

/**
 * The chairs read every recommendation with its reviewer; a reviewer of record reads and changes their
 * own; the authors read none (the count is in the facts above).
 */
function RecommendationsPart({
  amendment,
  onDone,
  onStale,
}: {
  amendment: Amendment;
  onDone: (text: string) => void;
  onStale: (message: string) => void;
}) {
  const [changing, setChanging] = useState(false);
  const formRef = useFocusOnOpen(changing);
  const { recommendations, viewerCan } = amendment;
  const id = `amendment-${amendment.id}-recommendations`;
  const mine = recommendations.find((r) => r.mine) ?? null;
  // The server names the reviewers to the chairs only.
  const forChairs = viewerCan.decide || recommendations.some((r) => r.reviewer !== null);
  if (forChairs) {
    if (recommendations.length === 0 && amendment.recommendationsNeeded === 0) return null;
    return (
      <Part id={id} title="Recommendations of the reviewers of record">
        {recommendations.length === 0 ? (
          <p className="muted">No reviewer of record has recommended yet.</p>
        ) : (
          <ul className="plain-list recommendation-list">
            {recommendations.map((r, i) => (
              <li key={i} className="recommendation">
                <p className="recommendation__head">
                  <strong>{r.mine ? 'You' : (r.reviewer?.name ?? 'A reviewer')}</strong>
                  <Badge tone={RECOMMENDATION_TONES[r.decision]}>{RECOMMENDATION_LABELS[r.decision]}</Badge>
                  <span className="muted small">{formatDateTime(r.at)}</span>
                </p>
                <p className="recommendation__comment prose break-anywhere">{r.comment}</p>
              </li>
            ))}
          </ul>
        )}
      </Part>
    );
  }
  if (!viewerCan.recommend && !mine) return null;
  return (
    <Part id={id} title="Your recommendation">
      {mine && !changing ? (
        <div className="recommendation">
          <p className="recommendation__head">
            <span>You recommended</span>
            <Badge tone={RECOMMENDATION_TONES[mine.decision]}>{RECOMMENDATION_LABELS[mine.decision]}</Badge>
            <span className="muted small">{formatDateTime(mine.at)}</span>
          </p>
          <p className="recommendation__comment prose break-anywhere">{mine.comment}</p>
          {viewerCan.recommend ? (
            <button type="button" className="button button--small" onClick={() => setChanging(true)}>
              Change your recommendation
            </button>
          ) : null}
        </div>
      ) : null}
      {viewerCan.recommend && (!mine || changing) ? (
        <div ref={formRef}>
          <AmendmentRecommendationForm
            amendmentId={amendment.id}
            initial={mine ? { decision: mine.decision, comment: mine.comment } : null}
            onDone={(text) => {
              setChanging(false);
              onDone(text);
            }}
            onCancel={mine ? () => setChanging(false) : undefined}
            onStale={onStale}
          />
        </div>
      ) : null}
    </Part>
  );
}

/** The authors take their amendment back while it is under review (at the revision they read). */
function WithdrawButton({
  amendment,
  onDone,
  onStale,
}: {
  amendment: Pick<Amendment, 'id' | 'revision'>;
  onDone: (text: string) => void;
  onStale: (message: string) => void;
}) {
  const [withdraw] = useMutation(WithdrawAmendmentMutation);
  const form = useMutationForm();
  const summary = formSummary(form, []);
  return (
    <div className="amendment__withdraw">
      <FormError message={summary.message} problems={summary.problems} />
      <button
        type="button"
        className="button"
        disabled={form.submitting}
        onClick={() =>
          void form.submit({
            mutate: () =>
              reportingConflict(
                () =>
                  withdraw({
                    variables: { amendmentId: amendment.id, expectedRevision: amendment.revision },
                  }),
                onStale,
              ),
            onSuccess: () => onDone('Amendment withdrawn. The approved plan holds as it was.'),
          })
        }
      >
        {form.submitting ? 'Withdrawing…' : 'Withdraw'}
      </button>
      <span className="muted small">
        Withdraw it while it is under review; the approved plan stays as it is.
      </span>
    </div>
  );
}
