import { graphql } from '../../gql';

/** An approval as its panel shows it: state, period, what it asks of the authors, and what the viewer may do. */
export const ApprovalFieldsFragment = graphql(`
  fragment ApprovalFields on Approval {
    id
    revision
    state
    stateLabel
    consequence
    outcome
    tier
    forVersion
    approvedAt
    expiresAt
    daysUntilExpiry
    reevaluationOpensAt
    remindersSent
    suspendedArtifacts {
      key
      name
    }
    lastChange {
      action
      label
      by
      actor {
        ...PersonFields
      }
      reason
      at
    }
    availableActions
    conditions {
      ...DecidedConditionFields
    }
    releasePlan {
      ...PlanItemFields
    }
  }
`);

export const ContinuingReviewPolicyFieldsFragment = graphql(`
  fragment ContinuingReviewPolicyFields on ContinuingReviewPolicy {
    periodMonths {
      exempt
      expedited
      full
    }
    reminderDays
  }
`);

export const ChangeApprovalMutation = graphql(`
  mutation ChangeApproval($input: ChangeApprovalInput!) {
    changeApproval(input: $input) {
      ...ApprovalFields
    }
  }
`);

/** The venue's continuing-review policy in its settings (chairs). */
export const ContinuingReviewPolicyQuery = graphql(`
  query ContinuingReviewPolicy($venueId: ID!) {
    venue(id: $venueId) {
      id
      revision
      continuingReviewPolicy {
        ...ContinuingReviewPolicyFields
      }
    }
  }
`);

export const UpdateContinuingReviewPolicyMutation = graphql(`
  mutation UpdateContinuingReviewPolicy(
    $venueId: ID!
    $policy: ContinuingReviewPolicyInput!
    $expectedRevision: Int!
  ) {
    updateContinuingReviewPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {
      id
      revision
      continuingReviewPolicy {
        ...ContinuingReviewPolicyFields
      }
    }
  }
`);
