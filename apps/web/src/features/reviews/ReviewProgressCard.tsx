// The chairs' dashboard card: where the venue's reviews stand against their deadlines (one bar of
// submitted, submitted late, due, due soon and late, each count written beside its colour), and the
// late and nearly late ones, most overdue first, each linking to its statement.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { REVIEW_TIMELINESS, REVIEW_TIMELINESS_LABELS } from '@impact-review/domain';
import { QueryState } from '../../components/QueryState';
import { countOf, formatDateTime } from '../../lib/format';
import { TimelinessBadge } from './ReviewTextView';
import { REVIEW_KIND_TITLES } from './reviewLabels';
import { ReviewProgressQuery } from './reviews.operations';
import './reviews.css';

export function ReviewProgressCard({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(ReviewProgressQuery, { variables: { venueId }, fetchPolicy: 'cache-and-network' });
  const progress = data?.venue.reviewProgress;
  const counts = progress?.counts;
  const total = counts ? REVIEW_TIMELINESS.reduce((sum, t) => sum + counts[t], 0) : 0;
  return (
    <section className="card stack" aria-labelledby="review-progress-title">
      <div className="card__header">
        <h2 id="review-progress-title">Reviews</h2>
        {counts ? <p className="muted small">{countOf(total, 'review')} assigned</p> : null}
      </div>
      {!data ? (
        <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the reviews…" />
      ) : !progress || !counts ? null : total === 0 ? (
        <p className="muted">No reviews are assigned yet. Once reviewers are assigned, this shows where their reviews stand against the deadlines.</p>
      ) : (
        <>
          <figure className="progress-chart">
            <figcaption className="visually-hidden">Reviews by where they stand against their deadlines</figcaption>
            <div
              className="progress-chart__bar"
              role="img"
              aria-label={`Reviews: ${REVIEW_TIMELINESS.map((t) => `${counts[t]} ${REVIEW_TIMELINESS_LABELS[t].toLowerCase()}`).join(', ')}`}
            >
              {REVIEW_TIMELINESS.map((t) =>
                counts[t] > 0 ? (
                  <span key={t} className={`progress-chart__part progress-chart__part--${t}`} style={{ width: `${(counts[t] / total) * 100}%` }} />
                ) : null,
              )}
            </div>
            <ul className="plain-list progress-chart__legend" aria-hidden="true">
              {REVIEW_TIMELINESS.map((t) => (
                <li key={t}>
                  <span className={`rating-bar__swatch progress-chart__part--${t}`} />
                  <strong>{counts[t]}</strong> {REVIEW_TIMELINESS_LABELS[t].toLowerCase()}
                </li>
              ))}
            </ul>
          </figure>
          <h3>Late and due soon</h3>
          {progress.pressing.length === 0 ? (
            <p className="muted">Nothing pressing: no review is late or due within a day.</p>
          ) : (
            <ul className="plain-list stack stack--tight pressing-list">
              {progress.pressing.map((row) => (
                <li key={row.assignment.id} className="pressing-list__item">
                  <TimelinessBadge timeliness={row.timeliness} />{' '}
                  <Link to={`/submissions/${row.submission.id}`}>{row.submission.title}</Link>
                  <span className="block small muted">
                    {row.assignment.reviewer.name}, {REVIEW_KIND_TITLES[row.assignment.kind].toLowerCase()}, due {formatDateTime(row.assignment.dueAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
