// Words for reviews that several pages use the same way.
import type { ReviewerKind, ReviewState } from '@impact-review/domain';

/** What a review of each kind is called in headings and lists. */
export const REVIEW_KIND_TITLES: Readonly<Record<ReviewerKind, string>> = {
  expert: 'Expert review',
  community: 'Community feedback',
};

/** The link to the reviewer's own review page, named for where their review stands. */
export function ownReviewLinkText(state: ReviewState | null): string {
  if (state === 'submitted') return 'Review submitted';
  return state === 'draft' ? 'Continue your draft' : 'Write the review';
}
