// On a statement's page, for the chairs who manage its reviewers: who reviews it and how they
// answered, the slots still open, and for an open slot the five best replacements, one click each.
import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { ASSIGNMENT_STATE_LABELS, REVIEWER_KIND_LABELS } from '@impact-review/domain';
import type { ReviewerKind } from '../../gql/graphql';
import { FormError } from '../../components/FormFields';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { AssignReplacementMutation, ReplacementsQuery, SubmissionReviewersQuery } from './assignment.operations';
import './assignment.css';

export function SubmissionReviewers({ submissionId }: { submissionId: string }) {
  const { data, refetch } = useQuery(SubmissionReviewersQuery, { variables: { id: submissionId } });
  // Kept here: the replacements' list goes away once the slot is filled.
  const [notice, setNotice] = useState<string | null>(null);
  const submission = data?.submission;
  // Nothing at all for people who may not see the statement's reviewers.
  if (!submission || !submission.openSlots) return null;
  const open = (['expert', 'community'] as const).filter((kind) => (submission.openSlots?.[kind] ?? 0) > 0);
  return (
    <section className="card stack" aria-labelledby="reviewers-title">
      <h2 id="reviewers-title">Reviewers</h2>
      {submission.assignments.length === 0 ? (
        <p className="muted">Nobody is assigned yet: the matcher on the venue’s Assignment tab proposes reviewers.</p>
      ) : (
        <ul className="plain-list stack stack--tight">
          {submission.assignments.map((a) => (
            <li key={a.id}>
              <strong>{a.reviewer.name}</strong> <span className="muted small">({REVIEWER_KIND_LABELS[a.kind]})</span>{' '}
              <span className={`badge ${a.state === 'accepted' ? 'badge--success' : a.state === 'declined' ? 'badge--danger' : 'badge--warning'}`}>
                {ASSIGNMENT_STATE_LABELS[a.state]}
              </span>
              <div className="small muted">
                {a.state === 'declined' ? `Declined: ${a.declineReason}` : `Due ${formatDateTime(a.dueAt)}`}
                {a.terms.length > 0 ? ` · matched: ${a.terms.join(', ')}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 ? (
        <p className="alert alert--warning" role="status">
          Open: {open.map((kind) => `${submission.openSlots?.[kind]} ${REVIEWER_KIND_LABELS[kind]}${(submission.openSlots?.[kind] ?? 0) > 1 ? 's' : ''}`).join(', ')}.
        </p>
      ) : null}
      {submission.viewerCan.manageAssignments
        ? open.map((kind) => (
            <Replacements
              key={kind}
              submissionId={submissionId}
              kind={kind}
              onAssigned={(name) => {
                setNotice(`${name} is assigned and told by mail.`);
                void refetch();
              }}
            />
          ))
        : null}
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

function Replacements({ submissionId, kind, onAssigned }: { submissionId: string; kind: ReviewerKind; onAssigned: (name: string) => void }) {
  const [load, { data, loading }] = useLazyQuery(ReplacementsQuery, { fetchPolicy: 'network-only' });
  const [assign, { loading: assigning }] = useMutation(AssignReplacementMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const list = data?.submission.replacements;
  return (
    <div className="stack stack--tight">
      <button type="button" className="button" disabled={loading} onClick={() => void load({ variables: { id: submissionId, kind } })}>
        {loading ? 'Looking…' : `Find the best ${REVIEWER_KIND_LABELS[kind]}s for the open slot`}
      </button>
      {list ? (
        list.length === 0 ? (
          <p className="muted">Nobody of that kind is free: invite more reviewers or raise a maximum load.</p>
        ) : (
          <ol className="stack stack--tight">
            {list.map((r) => (
              <li key={r.reviewer.id} className="row row--between">
                <span>
                  <strong>{r.reviewer.name}</strong>{' '}
                  <span className="muted small">
                    match {Math.round(r.affinity * 100)}%, reviews {r.load} of at most {r.maxLoad}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={assigning}
                  onClick={() =>
                    void assign({ variables: { submissionId, reviewerId: r.reviewer.id } })
                      .then(() => onAssigned(r.reviewer.name))
                      .catch((e: unknown) => setFailure(describeError(e).message))
                  }
                >
                  Assign {r.reviewer.name}
                </button>
              </li>
            ))}
          </ol>
        )
      ) : null}
      <FormError message={failure} />
    </div>
  );
}
