import { graphql } from '../../gql';

/** An approval in one of the dashboard's lists, with the statement it belongs to. */
export const ApprovalListItemFieldsFragment = graphql(`
  fragment ApprovalListItemFields on ApprovalListItemModel {
    approvalId
    submission {
      id
      title
    }
    state
    stateLabel
    expiresAt
    daysUntilExpiry
    reportFiled
  }
`);

export const ApprovalStateCountFieldsFragment = graphql(`
  fragment ApprovalStateCountFields on ApprovalStateCount {
    state
    label
    count
  }
`);

/**
 * An incident report as the chairs triage it, with the artifacts of the statement it is about (a
 * suspension may stop some of them).
 */
export const IncidentFieldsFragment = graphql(`
  fragment IncidentFields on Incident {
    id
    revision
    reference
    state
    stateLabel
    approvalId
    submission {
      id
      title
      latestVersion {
        number
        artifacts {
          key
          name
        }
      }
    }
    whatHappened
    evidenceLinks
    reporterEmail
    shareWithAuthors
    createdAt
    confirmedAt
    triage {
      action
      label
      reason
      by {
        ...PersonFields
      }
      at
    }
    answer
    availableActions
  }
`);

/** The venue's continuing review at a glance, and its incident reports (chairs). */
export const ContinuingReviewQuery = graphql(`
  query ContinuingReview($venueId: ID!) {
    venue(id: $venueId) {
      id
      shortName
      continuingReview {
        counts {
          ...ApprovalStateCountFields
        }
        series {
          at
          counts {
            ...ApprovalStateCountFields
          }
        }
        dueSoon {
          ...ApprovalListItemFields
        }
        underReevaluation {
          ...ApprovalListItemFields
        }
        lapsed {
          ...ApprovalListItemFields
        }
        suspended {
          ...ApprovalListItemFields
        }
      }
      incidents {
        ...IncidentFields
      }
      eventedApprovals {
        ...EventedApprovalFields
      }
    }
  }
`);

/** An approval whose plan waits for an external event (evented release). */
export const EventedApprovalFieldsFragment = graphql(`
  fragment EventedApprovalFields on EventedApproval {
    approvalId
    submission {
      id
      title
    }
    state
    stateLabel
    events {
      artifactName
      releaseEvent
    }
  }
`);

export const RecordExternalEventMutation = graphql(`
  mutation RecordExternalEvent($venueId: ID!, $description: String!, $approvalIds: [ID!]!) {
    recordExternalEvent(venueId: $venueId, description: $description, approvalIds: $approvalIds) {
      opened
      skipped {
        approvalId
        reason
      }
    }
  }
`);

export const TriageIncidentMutation = graphql(`
  mutation TriageIncident($input: TriageIncidentInput!) {
    triageIncident(input: $input) {
      ...IncidentFields
    }
  }
`);
