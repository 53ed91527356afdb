// A statement's approval as it lives on after the decision: its state and what that asks of the
// authors, which releases a partial suspension stops, how long it holds and when its continuing
// review opens (in words and as a bar), the last change with its reason, the release schedule of
// the approved plan, a link to its timeline, and the changes the viewer may make (chairs: re-evaluate, continue, suspend, reinstate, terminate, close; authors: close),
// each in a form under the buttons.
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { approvalHolds, DECISION_OUTCOME_LABELS, labelOf } from '@impact-review/domain';
import { Badge } from '../../components/TierBadge';
import type { ApprovalFieldsFragment, ContinuingReviewPolicyFieldsFragment } from '../../gql/graphql';
import { countOf, formatDate, formatDateTime } from '../../lib/format';
import { ApprovalActionForm, type ApprovalArtifact } from './ApprovalActionForm';
import { ApprovalTimeline } from './ApprovalTimeline';
import { ReleaseSchedule } from './ReleaseSchedule';
import {
  ACTION_WORDS,
  APPROVAL_STATE_TONES,
  changedBy,
  expiryText,
  isHandAction,
  reevaluationText,
  type HandAction,
} from './approvalWords';
import './approvals.css';

export function ApprovalPanel({
  approval,
  artifacts,
  policy,
  onStale,
  now = new Date(),
}: {
  approval: ApprovalFieldsFragment;
  /** The statement's artifacts by key and name; the approval's own list (with those amendments added) wins. */
  artifacts: readonly ApprovalArtifact[];
  /** The venue's continuing-review policy: its reminders are the bar's ticks; its periods say how long a continuation holds. */
  policy: ContinuingReviewPolicyFieldsFragment | null;
  /** Reloads the approval after the server said it changed in the meantime. */
  onStale: () => unknown;
  now?: Date;
}) {
  const [open, setOpen] = useState<HandAction | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const tone = APPROVAL_STATE_TONES[approval.state];
  const actions = approval.availableActions.filter(isHandAction);
  // A form stays open only while the approval (perhaps reloaded) still allows its action.
  const shown = open && actions.includes(open) ? open : null;
  const ended = approval.state === 'terminated' || approval.state === 'closed';
  const reevaluation = ended ? null : reevaluationText(approval, now);
  const names = new Map([...artifacts, ...approval.artifacts].map((a) => [a.key, a.name]));
  // The panel lives on the statement's page (`/submissions/:id`); the approval does not carry that id.
  const { id: submissionId } = useParams();
  const planArtifacts = approval.releasePlan.map((item) => ({
    key: item.artifactKey,
    name: names.get(item.artifactKey) ?? item.artifactKey,
  }));
  const conditions = approval.conditions.length;
  const change = approval.lastChange;

  // After a change the form is gone: the focus goes to what happened instead of the page's top.
  useEffect(() => {
    if (notice?.tone === 'success') noticeRef.current?.focus();
  }, [notice]);

  const close = (action: HandAction) => {
    setOpen(null);
    actionsRef.current?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.focus();
  };

  return (
    <section className={`card approval approval--${tone}`} aria-labelledby="approval-title">
      <div className="card__header">
        <h3 id="approval-title">Approval</h3>
        <div className="approval__header-end">
          {/* What the public registry shows of it: the page to point others (and reporters) to. */}
          <Link to={`/approvals/${approval.id}`} className="small">
            Public page
          </Link>
          {submissionId ? (
            <Link to={`/submissions/${submissionId}/timeline`} className="small">
              Timeline
            </Link>
          ) : null}
          <Badge tone={tone}>{approval.stateLabel}</Badge>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className={`alert alert--${notice.tone}`}>
            {notice.text}
          </p>
        ) : null}
      </div>

      <p
        className={`approval__consequence approval__consequence--${approval.state === 'active' ? 'quiet' : tone}`}
      >
        {approval.state === 'active' ? null : <strong>What this means: </strong>}
        {approval.consequence}
      </p>
      {approval.suspendedArtifacts.length > 0 ? (
        <div className="approval__suspended">
          <p>
            <strong>Suspended releases</strong> (the rest of the approval holds):
          </p>
          <ul aria-label="Suspended releases">
            {approval.suspendedArtifacts.map((artifact) => (
              <li key={artifact.key}>{artifact.name}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <dl className="approval__facts">
        <div>
          <dt>Approved</dt>
          <dd>
            {DECISION_OUTCOME_LABELS[approval.outcome]} for version {approval.forVersion}, since{' '}
            {formatDate(approval.approvedAt)} ({labelOf(approval.tier)} review)
          </dd>
        </div>
        {ended ? null : (
          <div>
            <dt>Expiry</dt>
            <dd>{expiryText(approval)}</dd>
          </div>
        )}
        {reevaluation ? (
          <div>
            <dt>Continuing review</dt>
            <dd>{reevaluation}</dd>
          </div>
        ) : null}
        <div>
          <dt>Last change</dt>
          <dd>
            {change.label} {changedBy(change)} on {formatDateTime(change.at)}.
            {change.reason ? <span className="approval__reason break-anywhere">{change.reason}</span> : null}
          </dd>
        </div>
      </dl>

      {ended ? null : (
        <ApprovalTimeline
          approval={approval}
          reminderDays={policy?.reminderDays ?? []}
          tone={tone}
          now={now}
        />
      )}
      {approvalHolds(approval.state) ? (
        <p className="muted small">
          Release each artifact only as the decided plan says
          {conditions > 0
            ? `, and while ${conditions === 1 ? 'its condition is' : `its ${countOf(conditions, 'condition')} are`} met`
            : ''}
          .
        </p>
      ) : null}

      {approval.releaseSchedule.length > 0 ? <ReleaseSchedule schedule={approval.releaseSchedule} /> : null}

      {actions.length > 0 ? (
        <div ref={actionsRef} className="approval__actions" role="group" aria-label="Change the approval">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              className={`button button--small${ACTION_WORDS[action].danger ? ' button--danger' : ''}`}
              aria-expanded={shown === action}
              aria-controls={shown === action ? 'approval-action-form' : undefined}
              onClick={() => {
                setNotice(null);
                setOpen(shown === action ? null : action);
              }}
            >
              {ACTION_WORDS[action].button}
            </button>
          ))}
        </div>
      ) : null}
      {shown ? (
        <ApprovalActionForm
          key={shown}
          approval={approval}
          action={shown}
          artifacts={planArtifacts}
          periodMonths={policy ? policy.periodMonths[approval.tier] : undefined}
          onDone={(text) => {
            setOpen(null);
            setNotice({ tone: 'success', text });
          }}
          onCancel={() => close(shown)}
          onStale={(message) => {
            setNotice({
              tone: 'warning',
              text: `${message} What you see here is the approval as it is now.`,
            });
            void onStale();
          }}
        />
      ) : null}
    </section>
  );
}
