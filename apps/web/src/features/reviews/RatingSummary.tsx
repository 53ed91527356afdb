// The chairs' overview of a statement's ratings: per criterion, one stacked bar of how many reviews
// rated it met, partly met, not met or not applicable, with the counts written beside it (the colour
// is never the only signal) and the whole bar named for screen readers.
import { CRITERION_RATING_LABELS } from '@impact-review/domain';
import type { CriterionRating } from '@impact-review/domain';
import type { ReviewFieldsFragment } from '../../gql/graphql';

interface CriterionRow {
  questionId: string;
  prompt: string;
  counts: Record<CriterionRating, number>;
  total: number;
}

/** Ratings per criterion, in the order the criteria first appear (the form's order). */
export function ratingRows(reviews: readonly Pick<ReviewFieldsFragment, 'text'>[]): CriterionRow[] {
  const rows = new Map<string, CriterionRow>();
  for (const review of reviews) {
    for (const answer of review.text.answers) {
      if (answer.kind !== 'rating' || !answer.rating) continue;
      const row =
        rows.get(answer.questionId) ??
        ({ questionId: answer.questionId, prompt: answer.prompt, counts: { met: 0, partly_met: 0, not_met: 0, not_applicable: 0 }, total: 0 } satisfies CriterionRow);
      row.counts[answer.rating] += 1;
      row.total += 1;
      rows.set(answer.questionId, row);
    }
  }
  return [...rows.values()];
}

/** Best first, as a reader scans the bar from the left. */
const ORDER: readonly CriterionRating[] = ['met', 'partly_met', 'not_met', 'not_applicable'];

function describe(row: CriterionRow): string {
  return ORDER.filter((r) => row.counts[r] > 0)
    .map((r) => `${row.counts[r]} ${CRITERION_RATING_LABELS[r].toLowerCase()}`)
    .join(', ');
}

export function RatingSummary({ reviews }: { reviews: readonly Pick<ReviewFieldsFragment, 'text'>[] }) {
  const rows = ratingRows(reviews);
  if (rows.length === 0) return null;
  return (
    <figure className="rating-summary">
      <figcaption>Ratings by criterion</figcaption>
      <ul className="plain-list rating-summary__rows">
        {rows.map((row) => (
          <li key={row.questionId} className="rating-summary__row">
            <span className="rating-summary__label">{row.prompt}</span>
            <span className="rating-bar" role="img" aria-label={`${row.prompt}: ${describe(row)}`}>
              {ORDER.map((rating) =>
                row.counts[rating] > 0 ? (
                  <span
                    key={rating}
                    className={`rating-bar__part rating-bar__part--${rating}`}
                    style={{ width: `${(row.counts[rating] / row.total) * 100}%` }}
                  />
                ) : null,
              )}
            </span>
            <span className="rating-summary__counts small" aria-hidden="true">
              {describe(row)}
            </span>
          </li>
        ))}
      </ul>
      <p className="rating-summary__legend small muted" aria-hidden="true">
        {ORDER.map((rating) => (
          <span key={rating} className="rating-summary__key">
            <span className={`rating-bar__swatch rating-bar__part--${rating}`} />
            {CRITERION_RATING_LABELS[rating]}
          </span>
        ))}
      </p>
    </figure>
  );
}
