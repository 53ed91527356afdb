// The amendments of a statement's approval, under its panel and its continuing review: the authors
// ask to change the approved release plan (while the approval holds and none is under review), and
// every amendment reads as its reader may read it, with what they may do about it. A change that
// moved the approval (an approved amendment, a conflict) reloads the page's approval as well.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { approvalTakesAmendments, type Artifact } from '@impact-review/domain';
import type { ApprovalFieldsFragment } from '../../gql/graphql';
import { AmendmentRequestForm } from './AmendmentRequestForm';
import { AmendmentView } from './AmendmentView';
import { SubmissionAmendmentsQuery } from './amendments.operations';
import './amendments.css';
// The radio groups' styles (ChoiceGroup) and the plan comparison's.
import '../reviews/reviews.css';
import '../decisions/decisions.css';

type Notice = { tone: 'success' | 'warning'; text: string };

export function AmendmentsSection({
  submissionId,
  approval,
  isAuthor,
  onApprovalChanged,
}: {
  submissionId: string;
  approval: Pick<ApprovalFieldsFragment, 'id' | 'revision' | 'state' | 'releasePlan'>;
  /** The viewer wrote the statement (they may ask to amend its approval). */
  isAuthor: boolean;
  /** Reloads the page's approval after an amendment changed it, or after a conflict. */
  onApprovalChanged: () => unknown;
}) {
  const { data, refetch } = useQuery(SubmissionAmendmentsQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const [requesting, setRequesting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const requestButtonRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  const returnFocus = useRef(false);

  // After a form is done it is gone: the focus goes to what happened instead of the page's top.
  useEffect(() => {
    if (notice?.tone === 'success') noticeRef.current?.focus();
  }, [notice]);
  // The form the button opened takes the focus on its first field; cancelled, it gives it back.
  useEffect(() => {
    if (requesting && opened.current) formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
    if (!requesting && returnFocus.current) requestButtonRef.current?.focus();
    returnFocus.current = false;
    opened.current = true;
  }, [requesting]);

  const loaded = data?.submission?.approval;
  if (!data?.submission || !loaded || loaded.id !== approval.id) return null;
  const amendments = loaded.amendments;
  const underReview = amendments.some((a) => a.state === 'requested');
  const holds = approvalTakesAmendments(approval.state);
  const canRequest = isAuthor && holds && !underReview;
  // The approval's artifacts as the server counts them: the statement's, and those approved amendments added.
  const artifacts: Artifact[] = [
    ...data.submission.artifacts,
    ...amendments.filter((a) => a.state === 'approved').flatMap((a) => a.newArtifacts),
  ];

  const reload = (approvalChanged: boolean) => {
    void refetch();
    if (approvalChanged) void onApprovalChanged();
  };
  const done = (text: string, approvalChanged: boolean) => {
    setNotice({ tone: 'success', text });
    reload(approvalChanged);
  };
  const stale = (message: string) => {
    setNotice({ tone: 'warning', text: `${message} What you see here is the approval as it is now.` });
    reload(true);
  };

  return (
    <section className="card amendments" aria-labelledby="amendments-title">
      <div className="card__header">
        <h3 id="amendments-title">Amendments</h3>
      </div>
      <div role="status" aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className={`alert alert--${notice.tone}`}>
            {notice.text}
          </p>
        ) : null}
      </div>

      {isAuthor ? (
        canRequest ? (
          requesting ? null : (
            <p className="amendments__intro">
              <span>
                Need to change the approved release plan: release earlier, add an artifact, widen who may get
                one? Ask the committee with your reason.
              </span>
              <button
                ref={requestButtonRef}
                type="button"
                className="button"
                onClick={() => {
                  setNotice(null);
                  setRequesting(true);
                }}
              >
                Request an amendment
              </button>
            </p>
          )
        ) : (
          <p className="muted">
            {underReview
              ? 'An amendment is under review: you may ask for another once it is decided or withdrawn.'
              : 'Only an approval that holds (active, or under re-evaluation) can be amended.'}
          </p>
        )
      ) : null}

      {canRequest && requesting ? (
        <div ref={formRef}>
          <AmendmentRequestForm
            approvalId={approval.id}
            approvedPlan={approval.releasePlan}
            artifacts={artifacts}
            onDone={(text) => {
              setRequesting(false);
              done(text, false);
            }}
            onCancel={() => {
              returnFocus.current = true;
              setRequesting(false);
            }}
            onStale={stale}
          />
        </div>
      ) : null}

      {amendments.length === 0 ? (
        <p className="muted">No amendment of the approved plan has been requested.</p>
      ) : (
        <div className="amendment-list">
          {amendments.map((amendment, i) => (
            <AmendmentView
              key={amendment.id}
              amendment={amendment}
              number={amendments.length - i}
              approvalRevision={approval.revision}
              onDone={done}
              onStale={stale}
            />
          ))}
        </div>
      )}
    </section>
  );
}
