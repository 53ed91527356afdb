import { graphql } from '../../gql';

/** One artifact's plan, as the authors proposed it or the committee decided it. */
export const PlanItemFieldsFragment = graphql(`
  fragment PlanItemFields on ReleasePlanItem {
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
`);

export const DecidedConditionFieldsFragment = graphql(`
  fragment DecidedConditionFields on DecidedCondition {
    libraryId
    text
    artifactKey
    artifactName
    dueOn
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    forVersion
    tier
    outcome
    outcomeLabel
    conditions {
      ...DecidedConditionFields
    }
    releasePlan {
      ...PlanItemFields
    }
    releasePlanComparison {
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
    withoutReviewsReason
    reviewsCounted {
      expert
      community
    }
    meetingId
    decidedAt
    decidedBy {
      id
      name
    }
    sent
    sentAt
    letter {
      subject
      body
    }
  }
`);

/** Earlier decisions are listed by what they decided; the one in force is read in full. */
export const DecisionHistoryFieldsFragment = graphql(`
  fragment DecisionHistoryFields on Decision {
    id
    forVersion
    outcome
    outcomeLabel
    sentAt
  }
`);

/**
 * The Decision section of a statement: what chairs decide from (tier, policy, reviews, the
 * authors' latest plan, the venue's standard conditions), the decision, its letter and approval (with
 * the venue's continuing-review policy, whose reminders its timeline marks) and the approval's
 * current re-evaluation.
 */
export const SubmissionDecisionQuery = graphql(`
  query SubmissionDecision($id: ID!) {
    submission(id: $id) {
      id
      title
      revision
      tier
      tierStatus
      viewerCan {
        ...SubmissionPermissionsFields
      }
      venue {
        id
        timeZone
        tierPolicy {
          ...TierPolicyFields
        }
        continuingReviewPolicy {
          ...ContinuingReviewPolicyFields
        }
      }
      authors {
        id
      }
      versions {
        number
        submittedAt
      }
      latestVersion {
        number
        artifacts {
          ...ArtifactFields
        }
        content {
          ...StatementContentFields
        }
      }
      reviews {
        id
        kind
        state
        round
      }
      conditionLibrary {
        id
        text
        needsArtifact
        needsDueDate
      }
      decision {
        ...DecisionFields
      }
      decisionHistory {
        ...DecisionHistoryFields
      }
      approval {
        ...ApprovalWithReevaluationFields
      }
      letterDraft {
        subject
        body
      }
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($submissionId: ID!, $expectedRevision: Int!, $decision: DecisionInput!) {
    recordDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, decision: $decision) {
      referredToFull
      referral
      submission {
        id
        revision
        tier
        tierStatus
        tierDecision {
          ...TierDecisionFields
        }
        tierHistory {
          ...TierDecisionFields
        }
        decision {
          ...DecisionFields
        }
        letterDraft {
          subject
          body
        }
      }
    }
  }
`);

export const SendDecisionMutation = graphql(`
  mutation SendDecision($submissionId: ID!, $expectedRevision: Int!, $letter: LetterInput!) {
    sendDecision(submissionId: $submissionId, expectedRevision: $expectedRevision, letter: $letter) {
      id
      revision
      decision {
        ...DecisionFields
      }
      decisionHistory {
        ...DecisionHistoryFields
      }
      approval {
        ...ApprovalWithReevaluationFields
      }
      letterDraft {
        subject
        body
      }
    }
  }
`);

export const DecisionSettingsFieldsFragment = graphql(`
  fragment DecisionSettingsFields on DecisionSettings {
    revision
    conditionLibrary {
      id
      text
      needsArtifact
      needsDueDate
    }
    letterTemplates {
      outcome
      subject
      body
      custom
    }
    variables {
      name
      description
    }
  }
`);

/** The venue's standard conditions and letter templates (chairs). */
export const DecisionSettingsQuery = graphql(`
  query DecisionSettings($venueId: ID!) {
    venue(id: $venueId) {
      id
      name
      decisionSettings {
        ...DecisionSettingsFields
      }
    }
  }
`);

export const UpdateConditionLibraryMutation = graphql(`
  mutation UpdateConditionLibrary(
    $venueId: ID!
    $entries: [ConditionLibraryEntryInput!]!
    $expectedRevision: Int!
  ) {
    updateConditionLibrary(venueId: $venueId, entries: $entries, expectedRevision: $expectedRevision) {
      ...DecisionSettingsFields
    }
  }
`);

export const UpdateLetterTemplateMutation = graphql(`
  mutation UpdateLetterTemplate(
    $venueId: ID!
    $outcome: DecisionOutcome!
    $template: LetterInput
    $expectedRevision: Int!
  ) {
    updateLetterTemplate(
      venueId: $venueId
      outcome: $outcome
      template: $template
      expectedRevision: $expectedRevision
    ) {
      ...DecisionSettingsFields
    }
  }
`);
