// A reviewer's work at a venue: the statements they are asked to review (accept, or decline with
// a reason), and while bidding is open, the statements they may review, best match first, with a
// bid that saves as it is clicked and a way to declare a conflict.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ASSIGNMENT_STATE_LABELS, BID_LEVEL_LABELS, BID_LEVELS, CONFLICT_TYPES, labelOf, REVIEWER_KIND_LABELS } from '@impact-review/domain';
import type { BidLevel, BiddingStatementsQuery as BiddingData, ConflictType, MyReviewingQuery as ReviewingData, ReviewState } from '../../gql/graphql';
import { FormError, SelectField, TextAreaField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { TierBadge } from '../../components/TierBadge';
import { describeError, fieldErrorMap } from '../../lib/errors';
import { countOf, formatDateTime } from '../../lib/format';
import { ownReviewLinkText } from '../reviews/reviewLabels';
import {
  BiddingStatementsQuery,
  DeclareOwnConflictMutation,
  MyReviewingQuery,
  PlaceBidMutation,
  RespondToAssignmentMutation,
} from './assignment.operations';
import './assignment.css';

const BIDDING_PAGE = 10;

export function ReviewingPage({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(MyReviewingQuery, { variables: { venueId } });
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading your reviewing…" />;
  return (
    <div className="stack">
      <MyAssignments venueId={venueId} items={data.myAssignments} />
      {data.venue.biddingOpen ? (
        <Bidding venueId={venueId} doubleBlind={data.venue.doubleBlind} />
      ) : (
        <section className="card stack">
          <h2>Bidding</h2>
          <p className="muted">Bidding is closed. The chairs open it before they assign reviewers; you will see the statements here then.</p>
        </section>
      )}
    </div>
  );
}

type MyItem = ReviewingData['myAssignments'][number];

function MyAssignments({ venueId, items }: { venueId: string; items: readonly MyItem[] }) {
  const waiting = items.filter((i) => i.assignment.state === 'assigned').length;
  return (
    <section className="card stack" aria-labelledby="my-assignments-title">
      <h2 id="my-assignments-title">Statements you are asked to review</h2>
      {items.length === 0 ? (
        <p className="muted">None yet. Once the chairs commit the assignment, your statements appear here and you get an email.</p>
      ) : (
        <>
          {waiting > 0 ? <p>{countOf(waiting, 'statement')} waiting for your answer.</p> : null}
          <ul className="plain-list stack">
            {items.map((item) => (
              <AssignmentItem key={item.assignment.id} venueId={venueId} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AssignmentItem({ venueId, item }: { venueId: string; item: MyItem }) {
  const [respond, { loading }] = useMutation(RespondToAssignmentMutation, {
    refetchQueries: [{ query: MyReviewingQuery, variables: { venueId } }],
  });
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { assignment, submission } = item;
  const answer = async (accept: boolean) => {
    setFailure(null);
    setErrors({});
    try {
      await respond({ variables: { assignmentId: assignment.id, accept, reason: accept ? null : reason } });
      setDeclining(false);
    } catch (e) {
      const info = describeError(e);
      const fields = fieldErrorMap(info.fieldErrors);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(info.message);
    }
  };
  return (
    <li className="card card--muted assignment-item">
      <div className="row row--between">
        <div>
          {submission ? <Link to={`/submissions/${submission.id}`}>{submission.title}</Link> : <strong>{item.title}</strong>}
          <div className="row small">
            {submission ? <TierBadge tier={submission.tier} /> : null}
            <span className="muted">as {REVIEWER_KIND_LABELS[assignment.kind]}</span>
            <span className="muted">due {formatDateTime(assignment.dueAt)}</span>
          </div>
        </div>
        <span className={`badge ${assignment.state === 'accepted' ? 'badge--success' : assignment.state === 'declined' ? 'badge--danger' : 'badge--warning'}`}>
          {assignment.state === 'assigned' ? 'Waiting for your answer' : ASSIGNMENT_STATE_LABELS[assignment.state]}
        </span>
      </div>
      {assignment.state === 'declined' ? <p className="small muted">You declined: {assignment.declineReason}</p> : null}
      {assignment.state === 'accepted' && submission ? <ReviewLink submissionId={submission.id} state={submission.reviewTask?.review?.state ?? null} /> : null}
      {assignment.state === 'assigned' && !declining ? (
        <div className="row">
          <button type="button" className="button button--primary" disabled={loading} onClick={() => void answer(true)}>
            Accept
          </button>
          <button type="button" className="button" disabled={loading} onClick={() => setDeclining(true)}>
            Decline…
          </button>
        </div>
      ) : null}
      {assignment.state === 'assigned' && declining ? (
        <form
          className="stack stack--tight"
          onSubmit={(event) => {
            event.preventDefault();
            void answer(false);
          }}
        >
          <TextAreaField
            label="Why do you decline?"
            hint="The chairs read it when they choose someone else."
            rows={3}
            value={reason}
            error={errors['reason']}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="button button--danger" disabled={loading}>
              Decline the review
            </button>
            <button type="button" className="button" onClick={() => setDeclining(false)}>
              Keep it
            </button>
          </div>
        </form>
      ) : null}
      <FormError message={failure} />
    </li>
  );
}

/** The way to the review itself, named for where it stands. */
function ReviewLink({ submissionId, state }: { submissionId: string; state: ReviewState | null }) {
  return (
    <p className="row">
      <Link className={`button button--small${state === 'submitted' ? '' : ' button--primary'}`} to={`/submissions/${submissionId}/review`}>
        {ownReviewLinkText(state)}
      </Link>
      {state === 'draft' ? <span className="small muted">Only you can read your draft until you submit it.</span> : null}
    </p>
  );
}

type BiddingItem = BiddingData['biddingStatements']['items'][number];

function Bidding({ venueId, doubleBlind }: { venueId: string; doubleBlind: boolean }) {
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(BiddingStatementsQuery, { variables: { venueId, offset, limit: BIDDING_PAGE } });
  return (
    <section className="card stack" aria-labelledby="bidding-title">
      <h2 id="bidding-title">Bidding</h2>
      <p className="muted small">
        The statements you may review, best match to your profile first{doubleBlind ? ', without their authors' : ''}. Your bid saves as
        you click it. If you should not review a statement (you know the authors, you worked on it), declare a conflict: it disappears
        from your list.
      </p>
      {!data ? (
        <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the statements…" />
      ) : (
        <>
          <p>{countOf(data.biddingStatements.total, 'statement')} to bid on.</p>
          <ul className="plain-list stack">
            {data.biddingStatements.items.map((item) => (
              <BidItem key={item.submission.id} venueId={venueId} item={item} onConflict={() => void refetch()} />
            ))}
          </ul>
          <div className="pagination">
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - BIDDING_PAGE))}>
              Previous
            </button>
            <span className="muted small">
              {data.biddingStatements.total === 0 ? 0 : offset + 1}–{Math.min(offset + BIDDING_PAGE, data.biddingStatements.total)} of {data.biddingStatements.total}
            </span>
            <button
              type="button"
              className="button"
              disabled={offset + BIDDING_PAGE >= data.biddingStatements.total}
              onClick={() => setOffset(offset + BIDDING_PAGE)}
            >
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function BidItem({ venueId, item, onConflict }: { venueId: string; item: BiddingItem; onConflict: () => void }) {
  const [bid, setBid] = useState<BidLevel | null>(item.bid);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [place] = useMutation(PlaceBidMutation);
  const [declaring, setDeclaring] = useState(false);
  const submission = item.submission;
  const choose = async (level: BidLevel) => {
    const before = bid;
    setBid(level);
    setFailure(null);
    try {
      await place({ variables: { submissionId: submission.id, level } });
      setSaved(`Saved: ${BID_LEVEL_LABELS[level]}`);
    } catch (e) {
      setBid(before);
      setFailure(describeError(e).message);
    }
  };
  const name = `bid-${submission.id}`;
  return (
    <li className="card card--muted bid-item">
      <h3 className="bid-item__title">{submission.title}</h3>
      <div className="row small">
        <TierBadge tier={submission.tier} />
        <span className="muted">match {Math.round(item.affinity * 100)}%</span>
        {submission.authors.length > 0 ? <span className="muted">by {submission.authors.map((a) => a.name).join(', ')}</span> : null}
      </div>
      {item.terms.length > 0 || item.areas.length > 0 ? (
        <p className="small">
          {item.terms.length > 0 ? (
            <>
              Matched your profile on: <strong>{item.terms.join(', ')}</strong>
            </>
          ) : null}
          {item.areas.length > 0 ? <> · your areas: {item.areas.join(', ')}</> : null}
        </p>
      ) : null}
      {submission.latestVersion ? (
        <details>
          <summary>Summary and hazards</summary>
          <p>{submission.latestVersion.content.summary}</p>
          <ul>
            {submission.latestVersion.content.hazards.map((h, i) => (
              <li key={i}>
                <strong>{labelOf(h.kind)}</strong>
                {h.severity ? ` (${labelOf(h.severity)})` : ''}: {h.description}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <fieldset className="bid-levels">
        <legend>Your bid on “{submission.title}”</legend>
        {BID_LEVELS.map((level) => (
          <label key={level} className={`bid-level ${bid === level ? 'bid-level--chosen' : ''}`}>
            <input type="radio" name={name} value={level} checked={bid === level} onChange={() => void choose(level)} />
            {BID_LEVEL_LABELS[level]}
          </label>
        ))}
      </fieldset>
      <div className="row small">
        <span role="status" className="muted">
          {saved}
        </span>
        <button type="button" className="button button--small" onClick={() => setDeclaring(!declaring)}>
          {declaring ? 'Never mind' : 'Declare a conflict…'}
        </button>
      </div>
      {declaring ? <OwnConflictForm venueId={venueId} submissionId={submission.id} title={submission.title} onDone={onConflict} /> : null}
      <FormError message={failure} />
    </li>
  );
}

function OwnConflictForm({ submissionId, title, onDone }: { venueId: string; submissionId: string; title: string; onDone: () => void }) {
  const [type, setType] = useState<ConflictType>('recent_collaborator');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [declare, { loading }] = useMutation(DeclareOwnConflictMutation);
  return (
    <form
      className="stack stack--tight"
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({});
        setFailure(null);
        declare({ variables: { input: { submissionId, type, reason } } })
          .then(onDone)
          .catch((e: unknown) => {
            const info = describeError(e);
            const fields = fieldErrorMap(info.fieldErrors);
            if (Object.keys(fields).length > 0) setErrors(fields);
            else setFailure(info.message);
          });
      }}
    >
      <SelectField
        label="Kind of conflict"
        value={type}
        options={CONFLICT_TYPES.filter((t) => t !== 'administrative').map((t) => ({ value: t, label: labelOf(t) }))}
        error={errors['type']}
        onChange={(e) => setType(e.target.value as ConflictType)}
      />
      <TextAreaField label="Why, in a few words" rows={2} value={reason} error={errors['reason']} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="button button--danger" disabled={loading}>
        Declare my conflict with “{title}”
      </button>
      <FormError message={failure} />
    </form>
  );
}
