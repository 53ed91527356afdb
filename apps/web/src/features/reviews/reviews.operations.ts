import { graphql } from '../../gql';

/** What a review says: the same selection for the current text and for each submitted version. */
export const ReviewTextFieldsFragment = graphql(`
  fragment ReviewTextFields on ReviewText {
    answers {
      questionId
      prompt
      kind
      retired
      rating
      text
    }
    recommendation
    releaseRecommendations {
      artifactKey
      artifactName
      contentLevel
      timing
      distribution
    }
    requiredMitigations
    commentsForAuthors
    confidentialComments
    namedToAuthors
  }
`);

/** A review as the statement page and the reviewer's own page show it. */
export const ReviewFieldsFragment = graphql(`
  fragment ReviewFields on Review {
    id
    kind
    label
    reviewer {
      ...PersonFields
    }
    state
    revision
    statementVersion
    submittedAt
    firstSubmittedAt
    updatedAt
    timeliness
    text {
      ...ReviewTextFields
    }
    versions {
      number
      submittedAt
      statementVersion
      text {
        ...ReviewTextFields
      }
    }
  }
`);

/** A review on the statement page: its earlier versions by number only (their text loads when opened). */
export const ReviewCardFieldsFragment = graphql(`
  fragment ReviewCardFields on Review {
    id
    kind
    label
    reviewer {
      ...PersonFields
    }
    state
    round
    submittedAt
    timeliness
    text {
      ...ReviewTextFields
    }
    versions {
      number
      submittedAt
    }
  }
`);

/** One review's submitted versions with their text, when a chair opens them. */
export const ReviewVersionsQuery = graphql(`
  query ReviewVersions($id: ID!, $reviewId: ID!) {
    submission(id: $id) {
      id
      review(id: $reviewId) {
        id
        versions {
          number
          submittedAt
          statementVersion
          text {
            ...ReviewTextFields
          }
        }
      }
    }
  }
`);

export const FormQuestionFieldsFragment = graphql(`
  fragment FormQuestionFields on FormQuestion {
    id
    kind
    prompt
    help
    required
    retired
  }
`);

/** The reviewer's page: the statement's title and artifacts, the form, and their review so far. */
export const ReviewTaskQuery = graphql(`
  query ReviewTask($id: ID!) {
    submission(id: $id) {
      id
      title
      venue {
        id
        shortName
        reviewVisibility {
          identitiesToAuthors
        }
      }
      artifacts {
        key
        name
      }
      reviewTask {
        editable
        lockedReason
        assignment {
          id
          state
          kind
          dueAt
        }
        form {
          kind
          revision
          questions {
            ...FormQuestionFields
          }
        }
        review {
          ...ReviewFields
        }
      }
    }
  }
`);

/** Autosave: only what the page does not know yet comes back. */
export const SaveReviewDraftMutation = graphql(`
  mutation SaveReviewDraft($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {
    saveReviewDraft(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {
      id
      revision
      updatedAt
      state
    }
  }
`);

export const SubmitReviewMutation = graphql(`
  mutation SubmitReview($submissionId: ID!, $expectedRevision: Int!, $review: ReviewInput!) {
    submitReview(submissionId: $submissionId, expectedRevision: $expectedRevision, review: $review) {
      ...ReviewFields
    }
  }
`);

/** The reviews on the statement page, for whoever may read any of them. */
export const SubmissionReviewsQuery = graphql(`
  query SubmissionReviews($id: ID!) {
    submission(id: $id) {
      id
      phase
      reviewsReleased
      venue {
        id
        reviewsReleased
      }
      viewerCan {
        edit
        releaseReviews
      }
      reviewTask {
        assignment {
          id
          state
        }
        review {
          id
          state
        }
      }
      reviews {
        ...ReviewCardFields
      }
    }
  }
`);

export const ReleaseReviewsMutation = graphql(`
  mutation ReleaseReviews($submissionId: ID!, $released: Boolean!) {
    releaseReviews(submissionId: $submissionId, released: $released) {
      id
      reviewsReleased
    }
  }
`);

/** The venue's review settings (chairs): who reads which reviews, and the venue-wide release. */
export const ReviewSettingsQuery = graphql(`
  query ReviewSettings($venueId: ID!) {
    venue(id: $venueId) {
      id
      revision
      biddingOpen
      doubleBlind
      reviewsReleased
      reviewVisibility {
        otherReviews
        identitiesToReviewers
        identitiesToAuthors
      }
    }
  }
`);

export const UpdateReviewVisibilityMutation = graphql(`
  mutation UpdateReviewVisibility(
    $venueId: ID!
    $biddingOpen: Boolean!
    $doubleBlind: Boolean!
    $expectedRevision: Int!
    $reviewVisibility: ReviewVisibilityInput!
    $reviewsReleased: Boolean!
  ) {
    updateReviewSettings(
      venueId: $venueId
      biddingOpen: $biddingOpen
      doubleBlind: $doubleBlind
      expectedRevision: $expectedRevision
      reviewVisibility: $reviewVisibility
      reviewsReleased: $reviewsReleased
    ) {
      id
      revision
      biddingOpen
      doubleBlind
      reviewsReleased
      reviewVisibility {
        otherReviews
        identitiesToReviewers
        identitiesToAuthors
      }
    }
  }
`);

export const ReviewFormFieldsFragment = graphql(`
  fragment ReviewFormFields on ReviewForm {
    kind
    revision
    answeredQuestionIds
    questions {
      ...FormQuestionFields
    }
  }
`);

export const ReviewFormsQuery = graphql(`
  query ReviewForms($venueId: ID!) {
    venue(id: $venueId) {
      id
      reviewForms {
        ...ReviewFormFields
      }
    }
  }
`);

export const UpdateReviewFormMutation = graphql(`
  mutation UpdateReviewForm($venueId: ID!, $kind: ReviewFormKind!, $questions: [FormQuestionInput!]!, $expectedRevision: Int!) {
    updateReviewForm(venueId: $venueId, kind: $kind, questions: $questions, expectedRevision: $expectedRevision) {
      ...ReviewFormFields
    }
  }
`);

/** The chairs' dashboard: where the venue's reviews stand against their deadlines. */
export const ReviewProgressQuery = graphql(`
  query ReviewProgress($venueId: ID!) {
    venue(id: $venueId) {
      id
      reviewProgress {
        counts {
          submitted
          submitted_late
          due
          due_soon
          late
        }
        pressing {
          timeliness
          submission {
            id
            title
          }
          assignment {
            id
            kind
            dueAt
            reviewer {
              ...PersonFields
            }
          }
        }
      }
    }
  }
`);
