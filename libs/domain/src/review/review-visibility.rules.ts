// Who sees which reviews of a statement, and under which name, with HotCRP's settings as the model.
// The access layer asks these; they decide for one reader and one statement at a time and never
// read anything. A conflicted person is out before any of this: the access layer hides the whole
// statement from them (nothing here can show it again).
import type { ReviewerKind } from '../assignment/assignment.rules';

/** When a statement's reviewers may read each other's reviews. */
export const OTHER_REVIEWS_VISIBILITY = ['never', 'after_own', 'always'] as const;
export type OtherReviewsVisibility = (typeof OTHER_REVIEWS_VISIBILITY)[number];

/** How reviewers of one statement appear to each other. */
export const REVIEWER_IDENTITY_VISIBILITY = ['hidden', 'after_own', 'shown'] as const;
export type ReviewerIdentityVisibility = (typeof REVIEWER_IDENTITY_VISIBILITY)[number];

/** How reviewers appear to the authors: never, or (community feedback only) as the reviewer chose. */
export const IDENTITY_TO_AUTHORS = ['never', 'reviewer_choice'] as const;
export type IdentityToAuthors = (typeof IDENTITY_TO_AUTHORS)[number];

export interface ReviewVisibilitySettings {
  readonly otherReviews: OtherReviewsVisibility;
  readonly identitiesToReviewers: ReviewerIdentityVisibility;
  readonly identitiesToAuthors: IdentityToAuthors;
}

export const DEFAULT_REVIEW_VISIBILITY: ReviewVisibilitySettings = {
  otherReviews: 'after_own',
  identitiesToReviewers: 'hidden',
  identitiesToAuthors: 'never',
};

/** The reader's relation to the statement, as the access layer found it (never conflicted here). */
export type ReviewReader =
  | { readonly kind: 'chair' }
  | { readonly kind: 'reviewer'; readonly userId: string; readonly submittedOwn: boolean }
  | { readonly kind: 'author'; readonly reviewsReleased: boolean }
  /** A member of a convened meeting with the statement on its agenda (not conflicted with it). */
  | { readonly kind: 'member' }
  | { readonly kind: 'other' };

export interface ReviewFacts {
  readonly reviewerId: string;
  readonly reviewerKind: ReviewerKind;
  /** Submitted (drafts are their author's alone). */
  readonly submitted: boolean;
  /** Community feedback whose reviewer chose to be named to the authors. */
  readonly namedToAuthors: boolean;
}

export interface ReviewView {
  /** May read the review's text (comments for the authors; confidential parts are decided apart). */
  readonly visible: boolean;
  /** May read the chairs-only comments. */
  readonly confidential: boolean;
  /** The name to show: the person, a pseudonym, or nothing. */
  readonly identity: 'name' | 'pseudonym' | 'none';
}

const HIDDEN: ReviewView = { visible: false, confidential: false, identity: 'none' };

/** What `reader` may see of one review of a statement, under the venue's settings. */
export function reviewViewFor(
  reader: ReviewReader,
  review: ReviewFacts,
  settings: ReviewVisibilitySettings,
): ReviewView {
  switch (reader.kind) {
    case 'chair':
      return review.submitted ? { visible: true, confidential: true, identity: 'name' } : HIDDEN;
    case 'reviewer': {
      if (review.reviewerId === reader.userId) return { visible: true, confidential: true, identity: 'name' };
      if (!review.submitted) return HIDDEN;
      const reads =
        settings.otherReviews === 'always' || (settings.otherReviews === 'after_own' && reader.submittedOwn);
      if (!reads) return HIDDEN;
      const named =
        settings.identitiesToReviewers === 'shown' ||
        (settings.identitiesToReviewers === 'after_own' && reader.submittedOwn);
      return { visible: true, confidential: false, identity: named ? 'name' : 'pseudonym' };
    }
    case 'author': {
      if (!review.submitted || !reader.reviewsReleased) return HIDDEN;
      const named =
        settings.identitiesToAuthors === 'reviewer_choice' &&
        review.reviewerKind === 'community' &&
        review.namedToAuthors;
      return { visible: true, confidential: false, identity: named ? 'name' : 'none' };
    }
    // Members deciding at a meeting read the submitted reviews, under pseudonyms, without the
    // comments left for the chairs.
    case 'member':
      return review.submitted ? { visible: true, confidential: false, identity: 'pseudonym' } : HIDDEN;
    case 'other':
      return HIDDEN;
  }
}

/**
 * Per-statement pseudonyms in order of assignment: "Expert A", "Expert B", "Community A". Stable
 * while reviewers are added (a new one gets the next letter), and they reveal nothing across
 * statements.
 */
export function reviewerPseudonyms(
  reviewers: readonly { readonly userId: string; readonly kind: ReviewerKind }[],
): Map<string, string> {
  const next: Record<ReviewerKind, number> = { expert: 0, community: 0 };
  const names = new Map<string, string>();
  for (const { userId, kind } of reviewers) {
    if (names.has(userId)) continue;
    names.set(userId, `${kind === 'expert' ? 'Expert' : 'Community'} ${letters(next[kind]++)}`);
  }
  return names;
}

/** 0 -> A, 25 -> Z, 26 -> AA, as spreadsheet columns. */
function letters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
