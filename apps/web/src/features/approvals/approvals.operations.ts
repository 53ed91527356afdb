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
    artifacts {
      key
      name
    }
    releaseSchedule {
      artifactKey
      artifactName
      stage
      label
      date
      gated
      gatePassedAt
      openedOn
      opensOn
      status
      statusLabel
      reason
    }
    nextGates {
      artifactKey
      artifactName
      stage
      label
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

/**
 * A re-evaluation (continuing review) as the statement page shows it; what is in it depends on the
 * reader (the server leaves out recommendations and the tally for those who may not read them).
 */
export const ReevaluationFieldsFragment = graphql(`
  fragment ReevaluationFields on Reevaluation {
    id
    revision
    state
    trigger
    triggerLabel
    reason
    openedAt
    report {
      progress
      changes
      incidents
      replication
      milestones
      conditions {
        condition
        status
        statusLabel
        note
      }
      submittedAt
      submittedBy {
        ...PersonFields
      }
    }
    recommendations {
      reviewer {
        ...PersonFields
      }
      mine
      outcome
      outcomeLabel
      comment
      answers {
        questionId
        prompt
        kind
        retired
        rating
        text
      }
      at
    }
    rubric {
      ...FormQuestionFields
    }
    tally {
      outcome
      outcomeLabel
      count
    }
    decision {
      outcome
      outcomeLabel
      reason
      withoutReportReason
      decidedAt
    }
    viewerCan {
      report
      recommend
      decide
    }
  }
`);

/**
 * The approval with its current re-evaluation: every answer that changes the approval asks for both,
 * so opening or deciding a re-evaluation shows at once in the panel and in the section under it.
 */
export const ApprovalWithReevaluationFieldsFragment = graphql(`
  fragment ApprovalWithReevaluationFields on Approval {
    ...ApprovalFields
    reevaluation {
      ...ReevaluationFields
    }
  }
`);

export const ChangeApprovalMutation = graphql(`
  mutation ChangeApproval($input: ChangeApprovalInput!) {
    changeApproval(input: $input) {
      ...ApprovalWithReevaluationFields
    }
  }
`);

export const SubmitContinuingReviewReportMutation = graphql(`
  mutation SubmitContinuingReviewReport($input: ContinuingReviewReportInput!) {
    submitContinuingReviewReport(input: $input) {
      ...ReevaluationFields
    }
  }
`);

export const RecommendOnReevaluationMutation = graphql(`
  mutation RecommendOnReevaluation($input: RecommendationInput!) {
    recommendOnReevaluation(input: $input) {
      ...ReevaluationFields
    }
  }
`);

export const DecideReevaluationMutation = graphql(`
  mutation DecideReevaluation($input: ReevaluationDecisionInput!) {
    decideReevaluation(input: $input) {
      ...ApprovalWithReevaluationFields
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

/**
 * An approval's timeline on its own page: the statement's title to link back to, and the entries the
 * server lets this reader see (authors, chairs and reviewers each get their own cut).
 */
export const ApprovalTimelineViewQuery = graphql(`
  query ApprovalTimelineView($submissionId: ID!) {
    submission(id: $submissionId) {
      id
      title
      approval {
        id
        state
        stateLabel
        timeline {
          at
          category
          categoryLabel
          title
          detail
          actorName
        }
      }
    }
  }
`);
