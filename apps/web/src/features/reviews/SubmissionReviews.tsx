// The reviews on a statement's page, for whoever may read any of them: the chairs (with names,
// confidential comments, every version, the ratings at a glance and the release to the authors),
// its reviewers (their own review's state, the others as the venue allows) and its authors once
// the reviews are released (without names unless a community reviewer chose otherwise).
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ReviewCardFieldsFragment, SubmissionReviewsQuery as SubmissionReviewsData } from '../../gql/graphql';
import { FormError } from '../../components/FormFields';
import { describeError } from '../../lib/errors';
import { countOf, formatDateTime } from '../../lib/format';
import { RatingSummary } from './RatingSummary';
import { ownReviewLinkText, REVIEW_KIND_TITLES } from './reviewLabels';
import { ReviewTextView, TimelinessBadge } from './ReviewTextView';
import { ReleaseReviewsMutation, ReviewVersionsQuery, SubmissionReviewsQuery } from './reviews.operations';
import './reviews.css';

type Data = SubmissionReviewsData['submission'];

export function SubmissionReviews({ submissionId }: { submissionId: string }) {
  const { data } = useQuery(SubmissionReviewsQuery, { variables: { id: submissionId }, fetchPolicy: 'cache-and-network' });
  const submission = data?.submission;
  if (!submission) return null;
  const isAuthor = submission.viewerCan.edit;
  // The committee's view (names, confidential comments, the release) goes with the release permission.
  const canRelease = submission.viewerCan.releaseReviews;
  const task = submission.reviewTask;
  const reviews = submission.reviews;
  // Nothing at all for people who read no review, and for authors before they submitted anything.
  if (!canRelease && !task && reviews.length === 0 && !(isAuthor && submission.phase !== 'draft')) return null;

  return (
    <section className="card stack" aria-labelledby="reviews-title">
      <div className="card__header">
        <h2 id="reviews-title">Reviews</h2>
        {reviews.length > 0 ? <p className="muted small">{countOf(reviews.length, 'review')}</p> : null}
      </div>
      {task ? <OwnReviewNotice submission={submission} task={task} /> : null}
      {isAuthor && !submission.reviewsReleased ? (
        <p className="alert alert--info">Reviews are not released yet. The chairs release them when the review is over; you get an email then.</p>
      ) : null}
      {canRelease ? <ReleaseControl submission={submission} /> : null}
      {canRelease ? <RatingSummary reviews={reviews} /> : null}
      {reviews.length === 0 ? (
        canRelease ? (
          <p className="muted">No review has been submitted yet.</p>
        ) : isAuthor && submission.reviewsReleased ? (
          <p className="muted">No review has been submitted yet.</p>
        ) : task ? (
          <p className="muted">Other reviews appear here as the venue allows.</p>
        ) : null
      ) : (
        <ul className="plain-list stack review-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <ReviewCard submissionId={submissionId} review={review} showNaming={!isAuthor} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnReviewNotice({ submission, task }: { submission: Data; task: NonNullable<Data['reviewTask']> }) {
  if (task.assignment.state !== 'accepted') {
    return (
      <p className="alert alert--info">
        You are asked to review this statement. <Link to={`/venues/${submission.venue.id}/reviewing`}>Accept it on your Reviewing page</Link>, then write
        your review.
      </p>
    );
  }
  const state = task.review?.state ?? null;
  return (
    <p className="row">
      <span>{state === 'submitted' ? 'You submitted your review.' : 'You review this statement.'}</span>
      <Link className={`button${state === 'submitted' ? '' : ' button--primary'}`} to={`/submissions/${submission.id}/review`}>
        {state === 'submitted' ? 'Your review' : ownReviewLinkText(state)}
      </Link>
    </p>
  );
}

/** Earlier versions of a review, loaded when the reader opens them. */
function EarlierVersions({ submissionId, reviewId, count }: { submissionId: string; reviewId: string; count: number }) {
  const [open, setOpen] = useState(false);
  const { data, loading } = useQuery(ReviewVersionsQuery, { variables: { id: submissionId, reviewId }, skip: !open });
  const earlier = data?.submission.review?.versions.slice(1) ?? [];
  return (
    <details className="review-version" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>Earlier versions ({count})</summary>
      {loading ? <p role="status" aria-busy="true" className="small muted">Loading the versions…</p> : null}
      <ol className="plain-list stack stack--tight">
        {earlier.map((version) => (
          <li key={version.number}>
            <h4>
              Version {version.number} — submitted {formatDateTime(version.submittedAt)}
            </h4>
            <ReviewTextView text={version.text} headingLevel={4} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function ReviewCard({ submissionId, review, showNaming }: { submissionId: string; review: ReviewCardFieldsFragment; showNaming: boolean }) {
  const titleId = `review-${review.id.replace(/[^A-Za-z0-9_-]/g, '-')}-title`;
  const earlier = review.versions.slice(1);
  return (
    <article className="card card--muted review-card" aria-labelledby={titleId}>
      <header className="review-card__header">
        <h3 id={titleId}>{review.label}</h3>
        <div className="row small">
          <span className="muted">{REVIEW_KIND_TITLES[review.kind]}</span>
          {review.timeliness ? <TimelinessBadge timeliness={review.timeliness} /> : null}
          <span className="muted">submitted {formatDateTime(review.submittedAt)}</span>
          {review.versions.length > 1 ? <span className="muted">version {review.versions.length}</span> : null}
        </div>
        {showNaming && review.kind === 'community' ? (
          <p className="small muted">
            {review.text.namedToAuthors ? 'Chose to be named to the authors.' : 'Chose to stay anonymous to the authors.'}
          </p>
        ) : null}
      </header>
      <ReviewTextView text={review.text} headingLevel={4} />
      {earlier.length > 0 ? <EarlierVersions submissionId={submissionId} reviewId={review.id} count={earlier.length} /> : null}
    </article>
  );
}

/** Release to the authors, or withdraw, each after a confirmation that says what it does. */
function ReleaseControl({ submission }: { submission: Data }) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [release, { loading }] = useMutation(ReleaseReviewsMutation);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const released = submission.reviewsReleased;
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (submission.venue.reviewsReleased) {
    return (
      <p className="alert alert--info">
        Released to the authors: the venue’s settings release every statement’s reviews at once.
      </p>
    );
  }
  const change = async (to: boolean) => {
    setFailure(null);
    setNotice(null);
    try {
      await release({ variables: { submissionId: submission.id, released: to } });
      setConfirming(false);
      setNotice(to ? 'The reviews are released; the authors are told by email.' : 'The reviews are withdrawn from the authors.');
    } catch (e) {
      setFailure(describeError(e).message);
    }
  };
  const count = submission.reviews.length;
  return (
    <div className="review-release-control stack stack--tight">
      <div className="row row--between">
        <p>
          <span className={`badge ${released ? 'badge--success' : 'badge--neutral'}`}>{released ? 'Released' : 'Not released'}</span>{' '}
          {released ? 'The authors can read these reviews.' : 'The authors cannot read these reviews yet.'}
        </p>
        {!confirming ? (
          <button type="button" className={`button${released ? '' : ' button--primary'}`} onClick={() => setConfirming(true)}>
            {released ? 'Withdraw from the authors…' : 'Release reviews to the authors…'}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="alert alert--warning" role="group" aria-labelledby="release-confirm-text">
          <p id="release-confirm-text">
            {released
              ? 'Withdraw the reviews? The authors stop seeing them until you release them again.'
              : `Release ${countOf(count, 'review')} to the authors? They read each review without the reviewer’s name (unless a community reviewer chose to be named and the venue allows it), and never the confidential comments. They are told by email.`}
          </p>
          <div className="row">
            <button
              ref={confirmRef}
              type="button"
              className={`button ${released ? 'button--danger' : 'button--primary'}`}
              disabled={loading}
              onClick={() => void change(!released)}
            >
              {released ? 'Withdraw them' : 'Release them'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      <FormError message={failure} />
    </div>
  );
}
