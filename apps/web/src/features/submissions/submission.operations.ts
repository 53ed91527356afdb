import { graphql } from '../../gql';

export const StatementContentFieldsFragment = graphql(`
  fragment StatementContentFields on StatementContent {
    summary
    hazards {
      kind
      description
      severity
    }
    pathToHarm {
      factor
      rating
      justification
    }
    accessRatchetStage
    accessRatchetJustification
    indirectHarms {
      kind
      applies
      description
    }
    mitigationChallenges {
      kind
      applies
      description
    }
    benefits
    affectedGroups
    mitigations {
      kind
      description
    }
    releasePlan {
      artifactKey
      contentLevel
      timing
      distribution
      embargoUntil
      reviewEveryMonths
      releaseEvent
      stages {
        description
        opensOn
        trigger
      }
      accessConditions
    }
  }
`);

export const TierSuggestionFieldsFragment = graphql(`
  fragment TierSuggestionFields on TierSuggestion {
    tier
    score
    drivers {
      path
      section
      answer
      points
      floor
      reason
    }
  }
`);

export const DraftFieldsFragment = graphql(`
  fragment DraftFields on StatementDraft {
    revision
    updatedAt
    basedOnVersion
    content {
      ...StatementContentFields
    }
    sectionStatus {
      section
      complete
      errors {
        path
        message
      }
    }
    suggestedTier {
      ...TierSuggestionFields
    }
  }
`);

export const SubmissionDetailsFragment = graphql(`
  fragment SubmissionDetails on Submission {
    id
    title
    abstract
    phase
    tierStatus
    revision
    createdAt
    updatedAt
    submittedAt
    venue {
      id
      name
      shortName
      myRoles
    }
    links {
      paperUrl
      openReviewUrl
      doi
      repositoryUrl
    }
    artifacts {
      key
      kind
      name
      description
      powerLevel
    }
    authors {
      id
      name
    }
    tierSuggestion {
      ...TierSuggestionFields
    }
    tierDecision {
      tier
      suggestedTier
      reason
      decidedAt
      forVersion
      decidedBy {
        id
        name
      }
    }
    versions {
      number
      submittedAt
    }
  }
`);

export const MySubmissionsQuery = graphql(`
  query MySubmissions {
    mySubmissions {
      id
      title
      phase
      tierStatus
      updatedAt
      submittedAt
      venue {
        id
        shortName
        name
      }
      tierSuggestion {
        tier
      }
      tierDecision {
        tier
      }
    }
  }
`);

export const EditSubmissionQuery = graphql(`
  query EditSubmission($id: ID!) {
    submission(id: $id) {
      ...SubmissionDetails
      draft {
        ...DraftFields
      }
    }
  }
`);

export const SubmissionViewQuery = graphql(`
  query SubmissionView($id: ID!) {
    submission(id: $id) {
      ...SubmissionDetails
      draft {
        revision
        updatedAt
      }
      latestVersion {
        number
        submittedAt
        submittedBy {
          id
          name
        }
        artifacts {
          key
          kind
          name
          description
          powerLevel
        }
        content {
          ...StatementContentFields
        }
        tierSuggestion {
          ...TierSuggestionFields
        }
      }
    }
  }
`);

export const CompareVersionsQuery = graphql(`
  query CompareVersions($id: ID!, $from: Int!, $to: Int!) {
    submission(id: $id) {
      id
      compareVersions(from: $from, to: $to) {
        section
        title
        changed
        changes {
          path
          label
          before
          after
        }
      }
    }
  }
`);

export const VenueSubmissionsQuery = graphql(`
  query VenueSubmissions(
    $venueId: ID!
    $filter: VenueSubmissionsFilter
    $sort: SubmissionSort
    $offset: Int
    $limit: Int
  ) {
    venueSubmissions(venueId: $venueId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        title
        phase
        tierStatus
        revision
        updatedAt
        submittedAt
        authors {
          id
          name
        }
        versions {
          number
        }
        tierSuggestion {
          ...TierSuggestionFields
        }
        tierDecision {
          tier
          suggestedTier
          reason
          decidedAt
          forVersion
          decidedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateSubmissionMutation = graphql(`
  mutation CreateSubmission($input: SubmissionInput!) {
    createSubmission(input: $input) {
      id
    }
  }
`);

export const UpdateSubmissionMutation = graphql(`
  mutation UpdateSubmission($id: ID!, $input: UpdateSubmissionInput!, $expectedRevision: Int!) {
    updateSubmission(id: $id, input: $input, expectedRevision: $expectedRevision) {
      ...SubmissionDetails
      draft {
        ...DraftFields
      }
    }
  }
`);

export const SaveStatementDraftMutation = graphql(`
  mutation SaveStatementDraft($submissionId: ID!, $content: StatementContentInput!, $expectedDraftRevision: Int!) {
    saveStatementDraft(
      submissionId: $submissionId
      content: $content
      expectedDraftRevision: $expectedDraftRevision
    ) {
      revision
      updatedAt
      basedOnVersion
      sectionStatus {
        section
        complete
        errors {
          path
          message
        }
      }
      suggestedTier {
        ...TierSuggestionFields
      }
    }
  }
`);

export const SubmitStatementMutation = graphql(`
  mutation SubmitStatement($submissionId: ID!, $expectedDraftRevision: Int!) {
    submitStatement(submissionId: $submissionId, expectedDraftRevision: $expectedDraftRevision) {
      id
      phase
      tierStatus
      submittedAt
      versions {
        number
        submittedAt
      }
    }
  }
`);

export const StartRevisionMutation = graphql(`
  mutation StartRevision($submissionId: ID!) {
    startRevision(submissionId: $submissionId) {
      id
      phase
    }
  }
`);

export const ConfirmTierMutation = graphql(`
  mutation ConfirmTier($submissionId: ID!, $tier: Tier!, $reason: String!, $expectedRevision: Int!) {
    confirmTier(submissionId: $submissionId, tier: $tier, reason: $reason, expectedRevision: $expectedRevision) {
      id
      tierStatus
      revision
      tierDecision {
        tier
        suggestedTier
        reason
        decidedAt
        forVersion
        decidedBy {
          id
          name
        }
      }
    }
  }
`);
