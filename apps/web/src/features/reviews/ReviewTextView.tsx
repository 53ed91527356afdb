// What a review says, read-only: each answer beside its question, the recommendation, the release
// option per artifact, required mitigations, comments for the authors, and the comments for the
// chairs when the reader may see them (marked as such, never mixed with the rest).
import { CRITERION_RATING_LABELS, labelOf, REVIEW_RECOMMENDATION_LABELS, REVIEW_TIMELINESS_LABELS } from '@impact-review/domain';
import type { CriterionRating, ReviewTimeliness } from '@impact-review/domain';
import type { ReviewTextFieldsFragment } from '../../gql/graphql';

const RATING_TONES: Readonly<Record<CriterionRating, string>> = {
  met: 'success',
  partly_met: 'warning',
  not_met: 'danger',
  not_applicable: 'neutral',
};

export function RatingBadge({ rating }: { rating: CriterionRating | null }) {
  if (!rating) return <span className="badge badge--neutral">Not rated</span>;
  return <span className={`badge badge--${RATING_TONES[rating]}`}>{CRITERION_RATING_LABELS[rating]}</span>;
}

const TIMELINESS_TONES: Readonly<Record<ReviewTimeliness, string>> = {
  submitted: 'success',
  submitted_late: 'warning',
  due: 'neutral',
  due_soon: 'warning',
  late: 'danger',
};

/** Where a review stands against its deadline, in words. */
export function TimelinessBadge({ timeliness }: { timeliness: ReviewTimeliness }) {
  return <span className={`badge badge--${TIMELINESS_TONES[timeliness]}`}>{REVIEW_TIMELINESS_LABELS[timeliness]}</span>;
}

/** An answer to a form's question, with the question as it reads now (a review's, or a re-evaluation recommendation's). */
export type AnswerView = Pick<ReviewTextFieldsFragment['answers'][number], 'questionId' | 'prompt' | 'kind' | 'retired' | 'rating' | 'text'>;

/** The answers given, each beside its question: the rating in words, then the justification or the answer. */
export function ReviewAnswerList({ answers }: { answers: readonly AnswerView[] }) {
  const answered = answers.filter((a) => a.rating !== null || a.text.trim() !== '');
  if (answered.length === 0) return null;
  return (
    <dl className="review-answers">
      {answered.map((answer) => (
        <div key={answer.questionId} className="review-answer">
          <dt>
            {answer.prompt}
            {answer.retired ? <span className="muted small"> (no longer asked)</span> : null}
          </dt>
          <dd>
            {answer.kind === 'rating' ? (
              <p className="review-answer__rating">
                <RatingBadge rating={answer.rating} />
              </p>
            ) : null}
            {answer.text.trim() ? <p className="prose">{answer.text}</p> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ReviewTextView({ text, headingLevel = 3 }: { text: ReviewTextFieldsFragment; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const hasExpertParts =
    text.recommendation !== null || text.releaseRecommendations.length > 0 || text.requiredMitigations.trim() !== '';
  return (
    <div className="review-text">
      <ReviewAnswerList answers={text.answers} />

      {hasExpertParts ? (
        <>
          {text.recommendation ? (
            <p>
              <strong>Recommendation:</strong> {REVIEW_RECOMMENDATION_LABELS[text.recommendation]}
            </p>
          ) : null}
          {text.releaseRecommendations.length > 0 ? (
            <>
              <H className="review-text__heading">Recommended release</H>
              <div className="table-wrap">
                <table className="table table--stack review-release-table">
                  <thead>
                    <tr>
                      <th scope="col">Artifact</th>
                      <th scope="col">Content level</th>
                      <th scope="col">Timing</th>
                      <th scope="col">Distribution</th>
                    </tr>
                  </thead>
                  <tbody>
                    {text.releaseRecommendations.map((r) => (
                      <tr key={r.artifactKey}>
                        <td data-label="Artifact">{r.artifactName}</td>
                        <td data-label="Content level">{labelOf(r.contentLevel)}</td>
                        <td data-label="Timing">{labelOf(r.timing)}</td>
                        <td data-label="Distribution">{labelOf(r.distribution)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {text.requiredMitigations.trim() ? (
            <>
              <H className="review-text__heading">Required mitigations</H>
              <p className="prose">{text.requiredMitigations}</p>
            </>
          ) : null}
        </>
      ) : null}

      {text.commentsForAuthors.trim() ? (
        <>
          <H className="review-text__heading">Comments for the authors</H>
          <p className="prose">{text.commentsForAuthors}</p>
        </>
      ) : null}

      {text.confidentialComments?.trim() ? (
        <aside className="review-confidential" aria-label="Confidential comments, for the chairs only">
          <H className="review-text__heading">
            <span className="badge badge--warning">For the chairs only</span> Confidential comments
          </H>
          <p className="prose">{text.confidentialComments}</p>
        </aside>
      ) : null}
    </div>
  );
}
