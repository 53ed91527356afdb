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

export const ArtifactFieldsFragment = graphql(`
  fragment ArtifactFields on Artifact {
    key
    kind
    name
    description
    powerLevel
  }
`);

export const LinksFieldsFragment = graphql(`
  fragment LinksFields on SubmissionLinks {
    paperUrl
    openReviewUrl
    doi
    repositoryUrl
  }
`);

export const TierDecisionFieldsFragment = graphql(`
  fragment TierDecisionFields on TierDecision {
    tier
    suggestedTier
    reason
    decidedAt
    forVersion
    decidedBy {
      ...PersonFields
    }
  }
`);

/** Everything the authors edit, as one draft; the editor computes completeness and tier itself. */
export const DraftFieldsFragment = graphql(`
  fragment DraftFields on StatementDraft {
    revision
    updatedAt
    basedOnVersion
    title
    abstract
    links {
      ...LinksFields
    }
    artifacts {
      ...ArtifactFields
    }
    content {
      ...StatementContentFields
    }
  }
`);

/** A submitted version as the statement page shows it: the details and the statement, frozen. */
export const VersionFieldsFragment = graphql(`
  fragment VersionFields on StatementVersion {
    number
    title
    abstract
    submittedAt
    links {
      ...LinksFields
    }
    artifacts {
      ...ArtifactFields
    }
    authors {
      ...PersonFields
    }
    submittedBy {
      ...PersonFields
    }
    content {
      ...StatementContentFields
    }
    tierSuggestion {
      ...TierSuggestionFields
    }
  }
`);

export const SubmissionDetailsFragment = graphql(`
  fragment SubmissionDetails on Submission {
    id
    title
    phase
    tierStatus
    tier
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
    authors {
      ...PersonFields
    }
    tierSuggestion {
      ...TierSuggestionFields
    }
    tierDecision {
      ...TierDecisionFields
    }
    tierHistory {
      ...TierDecisionFields
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
      tier
      updatedAt
      submittedAt
      venue {
        ...VenueNameFields
      }
    }
  }
`);

export const EditSubmissionQuery = graphql(`
  query EditSubmission($id: ID!) {
    submission(id: $id) {
      id
      title
      phase
      venue {
        ...VenueNameFields
      }
      draft {
        ...DraftFields
      }
    }
  }
`);

/** The statement page: the latest version, or the one `number` names when `pick` is true. */
export const SubmissionViewQuery = graphql(`
  query SubmissionView($id: ID!, $pick: Boolean!, $number: Int!) {
    submission(id: $id) {
      ...SubmissionDetails
      viewerCan {
        edit
        decideTier
        declareConflict
        pinConflict
      }
      draft {
        revision
        updatedAt
      }
      latestVersion @skip(if: $pick) {
        ...VersionFields
      }
      version(number: $number) @include(if: $pick) {
        ...VersionFields
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
      searchCapped
      items {
        id
        title
        phase
        tierStatus
        tier
        revision
        updatedAt
        submittedAt
        authors {
          ...PersonFields
        }
        versions {
          number
        }
        tierSuggestion {
          ...TierSuggestionFields
        }
        tierDecision {
          ...TierDecisionFields
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

/** Autosave: only what the editor does not know yet comes back. */
export const SaveDraftMutation = graphql(`
  mutation SaveDraft($submissionId: ID!, $draft: DraftInput!, $expectedDraftRevision: Int!) {
    saveDraft(submissionId: $submissionId, draft: $draft, expectedDraftRevision: $expectedDraftRevision) {
      revision
      updatedAt
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
      tier
      revision
      tierDecision {
        ...TierDecisionFields
      }
      tierHistory {
        ...TierDecisionFields
      }
    }
  }
`);
