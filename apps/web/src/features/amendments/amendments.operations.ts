import { graphql } from '../../gql';

/**
 * An amendment as the statement page shows it: what it changes (in words, and the approved plan
 * beside the amended one), its review and its decision, and what the viewer may do. What is in
 * `recommendations` depends on the reader (chairs all, a reviewer their own, authors none).
 */
export const AmendmentFieldsFragment = graphql(`
  fragment AmendmentFields on Amendment {
    id
    revision
    state
    stateLabel
    reason
    tier
    tierReasons
    changes {
      kind
      label
      artifactKey
      artifactName
    }
    planChanges {
      artifactKey
      artifactName
      status
      changedParts
      proposed {
        ...PlanItemFields
      }
      decided {
        ...PlanItemFields
      }
    }
    newArtifacts {
      ...ArtifactFields
    }
    requestedAt
    requestedBy {
      ...PersonFields
    }
    recommendations {
      reviewer {
        ...PersonFields
      }
      mine
      decision
      comment
      at
    }
    recommendationsNeeded
    recommendationCount
    decision {
      decision
      label
      reason
      decidedAt
    }
    viewerCan {
      withdraw
      recommend
      decide
    }
  }
`);

/**
 * The amendments of a statement's approval, with the statement's artifacts (as submitted): with the
 * new artifacts of the approved amendments, those the approved plan names.
 */
export const SubmissionAmendmentsQuery = graphql(`
  query SubmissionAmendments($id: ID!) {
    submission(id: $id) {
      id
      artifacts {
        ...ArtifactFields
      }
      approval {
        id
        amendments {
          ...AmendmentFields
        }
      }
    }
  }
`);

export const RequestAmendmentMutation = graphql(`
  mutation RequestAmendment($input: AmendmentRequestInput!) {
    requestAmendment(input: $input) {
      ...AmendmentFields
    }
  }
`);

export const WithdrawAmendmentMutation = graphql(`
  mutation WithdrawAmendment($amendmentId: ID!, $expectedRevision: Int!) {
    withdrawAmendment(amendmentId: $amendmentId, expectedRevision: $expectedRevision) {
      ...AmendmentFields
    }
  }
`);

export const RecommendOnAmendmentMutation = graphql(`
  mutation RecommendOnAmendment($input: AmendmentRecommendationInput!) {
    recommendOnAmendment(input: $input) {
      ...AmendmentFields
    }
  }
`);

export const DecideAmendmentMutation = graphql(`
  mutation DecideAmendment($input: AmendmentDecisionInput!) {
    decideAmendment(input: $input) {
      ...AmendmentFields
    }
  }
`);
