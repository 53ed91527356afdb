import { graphql } from '../../gql';

export const MatchingRunFields = graphql(`
  fragment MatchingRunFields on MatchingRun {
    id
    state
    phase
    phaseLabel
    percent
    objective
    cancelRequested
    error
    createdAt
    finishedAt
    committedAt
    result {
      status
      objective
      minStatementScore
      statements
      reviewers
      proposed
      kept
      uncoveredStatements
      diagnosis
      inputProblems
      detectedConflicts
      loadHistogram {
        label
        count
      }
      scoreHistogram {
        label
        count
      }
      phaseSeconds {
        phase
        seconds
      }
    }
  }
`);

export const StatementProposalFields = graphql(`
  fragment StatementProposalFields on StatementProposal {
    submission {
      id
      title
      tier
    }
    demand {
      expert
      community
    }
    missing {
      expert
      community
    }
    reviewers {
      reviewer {
        id
        name
      }
      kind
      score
      origin
      terms
      areas
      bid
    }
  }
`);

export const AssignmentPanelQuery = graphql(`
  query AssignmentPanel($venueId: ID!) {
    venue(id: $venueId) {
      id
      revision
      biddingOpen
      doubleBlind
      matchingRun {
        ...MatchingRunFields
      }
    }
  }
`);

export const BiddingProgressQuery = graphql(`
  query BiddingProgress($venueId: ID!, $offset: Int!) {
    venue(id: $venueId) {
      id
      biddingProgress(offset: $offset, limit: 20) {
        total
        reviewersWithBids
        bids
        rows {
          reviewer {
            id
            name
          }
          kind
          bids
          veryHigh
          high
          neutral
          low
          veryLow
          lastBidAt
        }
      }
    }
  }
`);

export const ReviewerChoicesQuery = graphql(`
  query ReviewerChoices($venueId: ID!, $search: String!) {
    venue(id: $venueId) {
      id
      reviewerChoices(search: $search, limit: 8) {
        kind
        reviewer {
          id
          name
        }
      }
    }
  }
`);

export const MatchingRunProgressQuery = graphql(`
  query MatchingRunProgress($id: ID!) {
    matchingRun(id: $id) {
      ...MatchingRunFields
    }
  }
`);

export const ProposalQuery = graphql(`
  query Proposal($id: ID!, $after: ID, $limit: Int) {
    matchingRun(id: $id) {
      id
      uncovered {
        submission {
          id
          title
        }
        kind
        missing
        explanation
      }
      proposal(after: $after, limit: $limit) {
        nextAfter
        statements {
          ...StatementProposalFields
        }
      }
    }
  }
`);

export const UpdateReviewSettingsMutation = graphql(`
  mutation UpdateReviewSettings($venueId: ID!, $biddingOpen: Boolean!, $doubleBlind: Boolean!, $expectedRevision: Int!) {
    updateReviewSettings(venueId: $venueId, biddingOpen: $biddingOpen, doubleBlind: $doubleBlind, expectedRevision: $expectedRevision) {
      id
      revision
      biddingOpen
      doubleBlind
    }
  }
`);

export const StartMatchingRunMutation = graphql(`
  mutation StartMatchingRun($venueId: ID!, $objective: MatchingObjective!) {
    startMatchingRun(venueId: $venueId, objective: $objective) {
      ...MatchingRunFields
    }
  }
`);

export const CancelMatchingRunMutation = graphql(`
  mutation CancelMatchingRun($runId: ID!) {
    cancelMatchingRun(runId: $runId) {
      ...MatchingRunFields
    }
  }
`);

export const CommitMatchingRunMutation = graphql(`
  mutation CommitMatchingRun($runId: ID!) {
    commitMatchingRun(runId: $runId) {
      committed
      skipped
      run {
        ...MatchingRunFields
      }
    }
  }
`);

export const AddProposedReviewerMutation = graphql(`
  mutation AddProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {
    addProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {
      warnings
      statement {
        ...StatementProposalFields
      }
    }
  }
`);

export const RemoveProposedReviewerMutation = graphql(`
  mutation RemoveProposedReviewer($runId: ID!, $submissionId: ID!, $reviewerId: ID!) {
    removeProposedReviewer(runId: $runId, submissionId: $submissionId, reviewerId: $reviewerId) {
      warnings
      statement {
        ...StatementProposalFields
      }
    }
  }
`);

export const MyReviewingQuery = graphql(`
  query MyReviewing($venueId: ID!) {
    venue(id: $venueId) {
      id
      biddingOpen
      doubleBlind
    }
    myAssignments(venueId: $venueId) {
      title
      assignment {
        id
        state
        kind
        dueAt
        assignedAt
        respondedAt
        declineReason
      }
      submission {
        id
        title
        tier
        reviewTask {
          review {
            id
            state
          }
        }
      }
    }
  }
`);

export const BiddingStatementsQuery = graphql(`
  query BiddingStatements($venueId: ID!, $offset: Int, $limit: Int) {
    biddingStatements(venueId: $venueId, offset: $offset, limit: $limit) {
      total
      items {
        affinity
        terms
        areas
        bid
        submission {
          id
          title
          abstract
          tier
          authors {
            id
            name
          }
          latestVersion {
            number
            content {
              summary
              hazards {
                kind
                severity
                description
              }
            }
          }
        }
      }
    }
  }
`);

export const PlaceBidMutation = graphql(`
  mutation PlaceBid($submissionId: ID!, $level: BidLevel!) {
    placeBid(submissionId: $submissionId, level: $level) {
      submissionId
      level
      updatedAt
    }
  }
`);

export const DeclareOwnConflictMutation = graphql(`
  mutation DeclareOwnConflict($input: DeclareOwnConflictInput!) {
    declareOwnConflict(input: $input) {
      id
    }
  }
`);

export const RespondToAssignmentMutation = graphql(`
  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {
    respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {
      id
      state
      respondedAt
      declineReason
    }
  }
`);

export const SubmissionReviewersQuery = graphql(`
  query SubmissionReviewers($id: ID!) {
    submission(id: $id) {
      id
      viewerCan {
        manageAssignments
      }
      openSlots {
        expert
        community
      }
      assignments {
        id
        kind
        state
        origin
        score
        terms
        areas
        bid
        dueAt
        respondedAt
        declineReason
        reviewer {
          id
          name
        }
      }
    }
  }
`);

export const ReplacementsQuery = graphql(`
  query Replacements($id: ID!, $kind: ReviewerKind!) {
    submission(id: $id) {
      id
      replacements(kind: $kind) {
        affinity
        load
        maxLoad
        reviewer {
          id
          name
        }
      }
    }
  }
`);

export const AssignReplacementMutation = graphql(`
  mutation AssignReplacement($submissionId: ID!, $reviewerId: ID!) {
    assignReplacement(submissionId: $submissionId, reviewerId: $reviewerId) {
      id
      state
    }
  }
`);
