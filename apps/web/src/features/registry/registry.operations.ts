import { graphql } from '../../gql';

/** An approval as the public release registry shows it: the approval page and the venue's list read the same fields. */
export const PublicApprovalFieldsFragment = graphql(`
  fragment PublicApprovalFields on PublicApproval {
    id
    title
    venueId
    venueName
    venueShortName
    outcome
    outcomeLabel
    state
    stateLabel
    approvedAt
    releasePlan {
      artifactName
      contentLevel
      timing
      distribution
      embargoUntil
      suspended
    }
  }
`);

export const PublicApprovalQuery = graphql(`
  query PublicApproval($id: ID!) {
    publicApproval(id: $id) {
      ...PublicApprovalFields
    }
  }
`);

export const PublicApprovalsQuery = graphql(`
  query PublicApprovals($venueId: ID!) {
    publicApprovals(venueId: $venueId) {
      ...PublicApprovalFields
    }
  }
`);

/** The public venue list, to name a venue whose registry is still empty. */
export const RegistryVenuesQuery = graphql(`
  query RegistryVenues {
    venues {
      ...VenueNameFields
    }
  }
`);

export const ReportIncidentMutation = graphql(`
  mutation ReportIncident($input: IncidentReportInput!) {
    reportIncident(input: $input) {
      email
      message
    }
  }
`);

export const ConfirmIncidentReportMutation = graphql(`
  mutation ConfirmIncidentReport($token: String!) {
    confirmIncidentReport(token: $token) {
      reference
      about
    }
  }
`);
