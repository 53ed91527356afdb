import { graphql } from '../../gql';

/**
 * Everything the signed-in person may do with a submission. Every section of the statement page
 * that reads `viewerCan` asks for a part of it; asking for all of it here means this query never
 * leaves the others' part of the cached object incomplete.
 */
export const SubmissionPermissionsFieldsFragment = graphql(`
  fragment SubmissionPermissionsFields on SubmissionViewerPermissions {
    bid
    comment
    decide
    decideTier
    declareConflict
    edit
    manageAssignments
    pinConflict
    releaseReviews
    respond
    writeReview
  }
`);

/** Someone in a discussion as the reader may see them: a name, or a pseudonym such as “Expert A”. */
export const DiscussionParticipantFieldsFragment = graphql(`
  fragment DiscussionParticipantFields on DiscussionParticipant {
    id
    label
    role
    person {
      id
      name
    }
  }
`);

export const DiscussionFieldsFragment = graphql(`
  fragment DiscussionFields on Discussion {
    unread
    comments {
      id
      body
      createdAt
      mine
      author {
        ...DiscussionParticipantFields
      }
      mentions {
        ...DiscussionParticipantFields
      }
    }
    participants {
      ...DiscussionParticipantFields
    }
  }
`);

/** The discussion of a statement (null for those who may not read it). */
export const SubmissionDiscussionQuery = graphql(`
  query SubmissionDiscussion($id: ID!) {
    submission(id: $id) {
      id
      viewerCan {
        ...SubmissionPermissionsFields
      }
      discussion {
        ...DiscussionFields
      }
    }
  }
`);

export const PostCommentMutation = graphql(`
  mutation PostComment($submissionId: ID!, $body: String!, $mentions: [ID!]!) {
    postComment(submissionId: $submissionId, body: $body, mentions: $mentions) {
      ...DiscussionFields
    }
  }
`);

export const MarkDiscussionReadMutation = graphql(`
  mutation MarkDiscussionRead($submissionId: ID!) {
    markDiscussionRead(submissionId: $submissionId)
  }
`);

export const AuthorResponseFieldsFragment = graphql(`
  fragment AuthorResponseFields on AuthorResponse {
    text
    wordCount
    submittedAt
    revision
  }
`);

/** The authors' response: the window for authors, the response for authors, chairs and reviewers. */
export const AuthorResponseQuery = graphql(`
  query AuthorResponse($id: ID!) {
    submission(id: $id) {
      id
      reviewsReleased
      viewerCan {
        ...SubmissionPermissionsFields
      }
      venue {
        id
        timeZone
      }
      responseWindow {
        open
        reason
        deadline
        wordLimit
      }
      authorResponse {
        ...AuthorResponseFields
      }
    }
  }
`);

export const SubmitAuthorResponseMutation = graphql(`
  mutation SubmitAuthorResponse($submissionId: ID!, $text: String!, $expectedRevision: Int!) {
    submitAuthorResponse(submissionId: $submissionId, text: $text, expectedRevision: $expectedRevision) {
      ...AuthorResponseFields
    }
  }
`);

/** The venue's response phase (chairs edit it in the settings). */
export const ResponsePhaseQuery = graphql(`
  query ResponsePhase($venueId: ID!) {
    venue(id: $venueId) {
      id
      revision
      timeZone
      responsePhase {
        open
        deadline
        wordLimit
      }
      reviewsReopenedUntil
    }
  }
`);

export const UpdateResponsePhaseMutation = graphql(`
  mutation UpdateResponsePhase(
    $venueId: ID!
    $phase: ResponsePhaseInput!
    $reviewsReopenedUntil: DateTime
    $expectedRevision: Int!
  ) {
    updateResponsePhase(
      venueId: $venueId
      phase: $phase
      reviewsReopenedUntil: $reviewsReopenedUntil
      expectedRevision: $expectedRevision
    ) {
      id
      revision
      responsePhase {
        open
        deadline
        wordLimit
      }
      reviewsReopenedUntil
    }
  }
`);
