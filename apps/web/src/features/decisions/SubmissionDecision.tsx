// The Decision section of a statement. Chairs who may decide record the committee's decision on the
// latest version, change it until its letter goes out, preview and edit the letter, and send it;
// afterwards the decision, the letter and the approval read as the authors read them. Authors and
// reviewers see a decision once its letter was sent: the letter, the conditions, the decided release
// plan beside theirs, and the approval with its amendments.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { reviewRoundOf, type Tier } from '@impact-review/domain';
import type { SubmissionDecisionQuery as SubmissionDecisionData } from '../../gql/graphql';
import { AmendmentsSection } from '../amendments/AmendmentsSection';
import { ApprovalPanel } from '../approvals/ApprovalPanel';
import { ContinuingReviewSection } from '../approvals/ContinuingReviewSection';
import { venueToday } from '../discussion/venueTime';
import { plainPolicy } from '../venues/TierPolicyEditor';
import { SubmissionDecisionQuery } from './decisions.operations';
import {
  DecisionForm,
  draftOf,
  emptyDraft,
  type DecisionFormContext,
  type RecordedResult,
} from './DecisionForm';
import { DecisionRecordView, EarlierDecisions, SentLetter } from './DecisionRecordView';
import { LetterEditor } from './LetterEditor';
import { plainPlan } from './planParts';
import './decisions.css';

type Submission = SubmissionDecisionData['submission'];

export function SubmissionDecision({ submissionId }: { submissionId: string }) {
  const { data, refetch } = useQuery(SubmissionDecisionQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const submission = data?.submission;
  if (!submission || !submission.latestVersion) return null;
  const approval = <SubmissionApproval submission={submission} onStale={refetch} />;
  if (submission.viewerCan.decide) return <ChairDecision submission={submission} approval={approval} />;
  const decision = submission.decision;
  // Authors and reviewers: nothing before a letter went out.
  if (!decision?.sent) return null;
  return (
    <section className="card stack" aria-labelledby="decision-title">
      <h2 id="decision-title">Decision</h2>
      {approval}
      <DecisionRecordView decision={decision} forChairs={false} idPrefix="decision" />
      {decision.letter ? <SentLetter letter={decision.letter} idPrefix="decision" /> : null}
      <EarlierDecisions history={submission.decisionHistory} currentId={decision.id} />
    </section>
  );
}

/**
 * The approval the sent decision created, with what its panel needs from the statement and venue,
 * its current re-evaluation under it, and its amendments.
 */
function SubmissionApproval({ submission, onStale }: { submission: Submission; onStale: () => unknown }) {
  const approval = submission.approval;
  if (!approval) return null;
  const artifacts = submission.latestVersion?.artifacts ?? [];
  const policy = submission.venue.continuingReviewPolicy;
  return (
    <>
      <ApprovalPanel approval={approval} artifacts={artifacts} policy={policy} onStale={onStale} />
      <ContinuingReviewSection
        approval={approval}
        artifacts={artifacts}
        library={submission.conditionLibrary}
        timeZone={submission.venue.timeZone}
        periodMonths={policy.periodMonths[approval.tier]}
        onStale={onStale}
      />
      <AmendmentsSection
        submissionId={submission.id}
        approval={approval}
        isAuthor={submission.viewerCan.edit}
        onApprovalChanged={onStale}
      />
    </>
  );
}

const DECIDED_TIER = new Set(['confirmed', 'overridden']);

/** The submitted reviews a decision counts: those of the current round (after revise and resubmit, the new one). */
function submittedThisRound(
  submission: Submission,
  latestVersion: number,
): { expert: number; community: number } {
  const round = reviewRoundOf(
    submission.decisionHistory.map((d) => ({
      outcome: d.outcome,
      forVersion: d.forVersion,
      sentAt: d.sentAt ? new Date(d.sentAt) : null,
    })),
    latestVersion,
  );
  const counted = submission.reviews.filter((r) => r.state === 'submitted' && r.round === round);
  return {
    expert: counted.filter((r) => r.kind === 'expert').length,
    community: counted.filter((r) => r.kind === 'community').length,
  };
}

function ChairDecision({ submission, approval }: { submission: Submission; approval: ReactNode }) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const latest = submission.latestVersion;
  if (!latest) return null;
  const decision = submission.decision;
  const current = decision && decision.forVersion === latest.number ? decision : null;
  const tierDecided = submission.tier !== null && DECIDED_TIER.has(submission.tierStatus ?? '');

  const context: DecisionFormContext | null = tierDecided
    ? {
        submissionId: submission.id,
        revision: submission.revision,
        latestVersion: latest.number,
        tier: submission.tier as Tier,
        policy: plainPolicy(submission.venue.tierPolicy),
        submittedReviews: submittedThisRound(submission, latest.number),
        artifacts: latest.artifacts,
        // Plain items (no typenames), so the page compares them with the decided plan as the server does.
        proposedPlan: plainPlan(latest.content.releasePlan),
        library: submission.conditionLibrary,
        today: venueToday(submission.venue.timeZone),
      }
    : null;

  const onRecorded = (result: RecordedResult) => {
    setEditing(false);
    setNotice(
      result.referredToFull
        ? {
            tone: 'warning',
            text: `Not recorded. ${result.referral ?? 'The statement goes to full review.'}`,
          }
        : { tone: 'success', text: 'Decision recorded. Read the letter below, then send it to the authors.' },
    );
  };

  let body;
  if (current?.sent) {
    body = (
      <>
        {approval}
        <DecisionRecordView decision={current} forChairs idPrefix="decision" />
        {current.letter ? <SentLetter letter={current.letter} idPrefix="decision" /> : null}
      </>
    );
  } else if (!context) {
    body = (
      <p className="alert alert--info">
        Confirm the review tier of version {latest.number} before recording a decision: the tier says who may
        decide and how.
      </p>
    );
  } else if (context.tier === 'full' && !current) {
    // A full review is decided only by a motion of a convened meeting: the form would be refused.
    body = (
      <p className="alert alert--info">
        A full review is decided by a convened meeting. Put version {latest.number} on a meeting’s agenda from
        the <Link to={`/venues/${submission.venue.id}/meetings`}>venue’s meetings</Link>; the decision its
        motion passes comes back here, with the letter to send.
      </p>
    );
  } else if (current && !editing) {
    body = (
      <>
        <div className="decision-recorded">
          <p className="row">
            <strong>Recorded; the authors see it once the letter is sent.</strong>
            {current.meetingId ? null : (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                Change the decision
              </button>
            )}
          </p>
          <DecisionRecordView decision={current} forChairs idPrefix="decision" />
        </div>
        {submission.letterDraft ? (
          <LetterEditor
            key={`${current.id}-${current.decidedAt}`}
            submissionId={submission.id}
            revision={submission.revision}
            draft={submission.letterDraft}
            outcome={current.outcome}
            authorCount={submission.authors.length}
            onSent={() => setNotice({ tone: 'success', text: 'The decision was sent to the authors.' })}
          />
        ) : null}
      </>
    );
  } else {
    body = (
      <DecisionForm
        key={current ? `edit-${current.id}-${current.decidedAt}` : `new-${latest.number}`}
        context={context}
        initial={current ? draftOf(current, context.proposedPlan) : emptyDraft(context.proposedPlan)}
        onRecorded={onRecorded}
        onCancel={current ? () => setEditing(false) : undefined}
      />
    );
  }

  return (
    <section className="card stack" aria-labelledby="decision-title">
      <h2 id="decision-title">Decision</h2>
      <div role="status" aria-live="polite">
        {notice ? <p className={`alert alert--${notice.tone}`}>{notice.text}</p> : null}
      </div>
      {decision && decision !== current && decision.sent ? (
        <>
          <p className="muted">
            Version {decision.forVersion} was decided “{decision.outcomeLabel}”; version {latest.number} needs
            its own decision.
          </p>
          {/* The approval granted for the earlier version is still the statement’s, and still changes. */}
          {approval}
        </>
      ) : null}
      {body}
      <EarlierDecisions history={submission.decisionHistory} currentId={current?.id ?? null} />
    </section>
  );
}
