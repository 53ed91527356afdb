import {
  DEFAULT_REVIEW_VISIBILITY,
  reviewerPseudonyms,
  reviewViewFor,
  type ReviewFacts,
  type ReviewReader,
  type ReviewView,
  type ReviewVisibilitySettings,
} from './review-visibility.rules';

const expertReview: ReviewFacts = {
  reviewerId: 'x',
  reviewerKind: 'expert',
  submitted: true,
  namedToAuthors: false,
};
const draft: ReviewFacts = { ...expertReview, submitted: false };
const namedFeedback: ReviewFacts = {
  reviewerId: 'c',
  reviewerKind: 'community',
  submitted: true,
  namedToAuthors: true,
};
const settings = (change: Partial<ReviewVisibilitySettings>): ReviewVisibilitySettings => ({
  ...DEFAULT_REVIEW_VISIBILITY,
  ...change,
});
const view = (visible: boolean, confidential: boolean, identity: ReviewView['identity']): ReviewView => ({
  visible,
  confidential,
  identity,
});
const hidden = view(false, false, 'none');

const chair: ReviewReader = { kind: 'chair' };
const otherReviewerBefore: ReviewReader = { kind: 'reviewer', userId: 'y', submittedOwn: false };
const otherReviewerAfter: ReviewReader = { kind: 'reviewer', userId: 'y', submittedOwn: true };
const itsReviewer: ReviewReader = { kind: 'reviewer', userId: 'x', submittedOwn: false };
const authorBefore: ReviewReader = { kind: 'author', reviewsReleased: false };
const authorAfter: ReviewReader = { kind: 'author', reviewsReleased: true };

describe('who sees a review, and under which name', () => {
  it.each<[string, ReviewReader, ReviewFacts, ReviewVisibilitySettings, ReviewView]>([
    [
      'a chair reads submitted reviews whole',
      chair,
      expertReview,
      DEFAULT_REVIEW_VISIBILITY,
      view(true, true, 'name'),
    ],
    ['a chair does not read drafts', chair, draft, DEFAULT_REVIEW_VISIBILITY, hidden],
    [
      'its reviewer reads their own draft',
      itsReviewer,
      draft,
      DEFAULT_REVIEW_VISIBILITY,
      view(true, true, 'name'),
    ],
    [
      'another reviewer, before submitting their own (default)',
      otherReviewerBefore,
      expertReview,
      DEFAULT_REVIEW_VISIBILITY,
      hidden,
    ],
    [
      'another reviewer, after submitting their own: a pseudonym',
      otherReviewerAfter,
      expertReview,
      DEFAULT_REVIEW_VISIBILITY,
      view(true, false, 'pseudonym'),
    ],
    [
      'never: not even after their own',
      otherReviewerAfter,
      expertReview,
      settings({ otherReviews: 'never' }),
      hidden,
    ],
    [
      'always: before their own too',
      otherReviewerBefore,
      expertReview,
      settings({ otherReviews: 'always' }),
      view(true, false, 'pseudonym'),
    ],
    [
      'names after their own',
      otherReviewerAfter,
      expertReview,
      settings({ identitiesToReviewers: 'after_own' }),
      view(true, false, 'name'),
    ],
    [
      'names after their own, not before',
      otherReviewerBefore,
      expertReview,
      settings({ otherReviews: 'always', identitiesToReviewers: 'after_own' }),
      view(true, false, 'pseudonym'),
    ],
    [
      'names shown',
      otherReviewerBefore,
      expertReview,
      settings({ otherReviews: 'always', identitiesToReviewers: 'shown' }),
      view(true, false, 'name'),
    ],
    [
      'another reviewer never reads a draft',
      otherReviewerAfter,
      draft,
      settings({ otherReviews: 'always' }),
      hidden,
    ],
    [
      'authors before the chairs release the reviews',
      authorBefore,
      expertReview,
      DEFAULT_REVIEW_VISIBILITY,
      hidden,
    ],
    [
      'authors after the release: no name, no confidential part',
      authorAfter,
      expertReview,
      DEFAULT_REVIEW_VISIBILITY,
      view(true, false, 'none'),
    ],
    [
      'community feedback named by choice, when the venue allows it',
      authorAfter,
      namedFeedback,
      settings({ identitiesToAuthors: 'reviewer_choice' }),
      view(true, false, 'name'),
    ],
    [
      'the same feedback when the venue never names reviewers',
      authorAfter,
      namedFeedback,
      DEFAULT_REVIEW_VISIBILITY,
      view(true, false, 'none'),
    ],
    [
      'an expert cannot be named to the authors',
      authorAfter,
      { ...expertReview, namedToAuthors: true },
      settings({ identitiesToAuthors: 'reviewer_choice' }),
      view(true, false, 'none'),
    ],
    [
      'anyone else sees nothing',
      { kind: 'other' },
      expertReview,
      settings({ otherReviews: 'always', identitiesToReviewers: 'shown' }),
      hidden,
    ],
  ])('%s', (_name, reader, review, venueSettings, expected) => {
    expect(reviewViewFor(reader, review, venueSettings)).toEqual(expected);
  });
});

describe('pseudonyms', () => {
  it('letters per kind in order of assignment, stable as reviewers are added', () => {
    const first = reviewerPseudonyms([
      { userId: 'u1', kind: 'expert' },
      { userId: 'u2', kind: 'community' },
      { userId: 'u3', kind: 'expert' },
    ]);
    expect([...first.values()]).toEqual(['Expert A', 'Community A', 'Expert B']);
    const later = reviewerPseudonyms([
      { userId: 'u1', kind: 'expert' },
      { userId: 'u2', kind: 'community' },
      { userId: 'u3', kind: 'expert' },
      { userId: 'u4', kind: 'expert' },
      { userId: 'u1', kind: 'expert' },
    ]);
    expect(later.get('u1')).toBe('Expert A');
    expect(later.get('u4')).toBe('Expert C');
    expect(later.size).toBe(4);
  });

  it.each([
    [0, 'Expert A'],
    [25, 'Expert Z'],
    [26, 'Expert AA'],
    [27, 'Expert AB'],
    [701, 'Expert ZZ'],
    [702, 'Expert AAA'],
  ])('the reviewer at position %i is %s', (position, name) => {
    const reviewers = Array.from({ length: position + 1 }, (_, i) => ({
      userId: `u${i}`,
      kind: 'expert' as const,
    }));
    expect(reviewerPseudonyms(reviewers).get(`u${position}`)).toBe(name);
  });
});

describe('meeting members', () => {
  const member: ReviewReader = { kind: 'member' };
  it.each<[string, ReviewFacts, ReviewView]>([
    ['a submitted review: read under a pseudonym, no confidential comments', expertReview, view(true, false, 'pseudonym')],
    ['a draft: nothing', draft, hidden],
    ['named community feedback: still a pseudonym', namedFeedback, view(true, false, 'pseudonym')],
  ])('%s', (_label, review, expected) => {
    expect(reviewViewFor(member, review, settings({ identitiesToReviewers: 'shown', identitiesToAuthors: 'reviewer_choice' }))).toEqual(expected);
  });
});
