import { graphql } from '../../gql';

export const VenuesQuery = graphql(`
  query Venues {
    venues {
      id
      name
      shortName
      kind
      timeZone
      myRoles
      parentVenue {
        id
        shortName
      }
    }
  }
`);

export const VenueDetailsFragment = graphql(`
  fragment VenueDetails on Venue {
    id
    name
    shortName
    kind
    timeZone
    description
    tiersVisibleToAuthors
    revision
    createdAt
    myRoles
    parentVenue {
      ...VenueNameFields
    }
    awaitingApprovalBy {
      ...VenueNameFields
    }
    conferenceRequest {
      conference {
        ...VenueNameFields
      }
      state
      note
      decidedAt
      decidedByName
    }
    workshops {
      ...VenueNameFields
    }
    deadlines {
      label
      dueLocal
      dueAt
    }
  }
`);

export const VenueQuery = graphql(`
  query Venue($id: ID!) {
    venue(id: $id) {
      ...VenueDetails
    }
  }
`);

/** An invitation as the members page lists it (and as sending one adds it to that list). */
export const VenueInvitationFieldsFragment = graphql(`
  fragment VenueInvitationFields on Invitation {
    id
    email
    role
    state
    expired
    createdAt
    expiresAt
    respondedAt
    invitedBy {
      ...PersonFields
    }
  }
`);

export const VenueMembersQuery = graphql(`
  query VenueMembers($id: ID!) {
    venue(id: $id) {
      id
      members {
        user {
          id
          name
          email
        }
        roles
      }
      invitations {
        ...VenueInvitationFields
      }
    }
  }
`);

export const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      ...VenueDetails
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!, $expectedRevision: Int!) {
    updateVenue(id: $id, input: $input, expectedRevision: $expectedRevision) {
      ...VenueDetails
    }
  }
`);

export const WorkshopRequestsQuery = graphql(`
  query WorkshopRequests($id: ID!) {
    venue(id: $id) {
      id
      workshopRequests {
        id
        name
        shortName
        description
        createdAt
      }
    }
  }
`);

export const DecideWorkshopRequestMutation = graphql(`
  mutation DecideWorkshopRequest($workshopId: ID!, $decision: AffiliationDecision!, $note: String) {
    decideWorkshopRequest(workshopId: $workshopId, decision: $decision, note: $note) {
      id
      parentVenue {
        id
        shortName
      }
      awaitingApprovalBy {
        id
        shortName
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      state
      expired
      expiresAt
    }
  }
`);

export const InviteToVenueMutation = graphql(`
  mutation InviteToVenue($input: InviteInput!) {
    inviteToVenue(input: $input) {
      ...VenueInvitationFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      state
      respondedAt
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      venueName
      venueShortName
      role
      email
      state
      invitedByName
      expired
      accountExists
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...ViewerFields
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($token: String!) {
    declineInvitation(token: $token)
  }
`);

export const TierRequirementFields = graphql(`
  fragment TierRequirementFields on TierRequirement {
    chairCheck
    expertReviewers
    communityReviewers
    reviewDays
    disapproval
  }
`);

export const TierPolicyFields = graphql(`
  fragment TierPolicyFields on TierPolicy {
    exempt {
      ...TierRequirementFields
    }
    expedited {
      ...TierRequirementFields
    }
    full {
      ...TierRequirementFields
    }
  }
`);

export const VenueTaxonomyFields = graphql(`
  fragment VenueTaxonomyFields on VenueTaxonomy {
    areas {
      label
      subAreas
    }
    communities
  }
`);

export const VenueRulesQuery = graphql(`
  query VenueRules($id: ID!) {
    venue(id: $id) {
      id
      revision
      tierPolicy {
        ...TierPolicyFields
      }
      taxonomy {
        ...VenueTaxonomyFields
      }
    }
  }
`);

export const TierPolicyImpactQuery = graphql(`
  query TierPolicyImpact($venueId: ID!, $policy: TierPolicyInput!) {
    tierPolicyImpact(venueId: $venueId, policy: $policy) {
      tier
      changedFields
      statements
      examples {
        id
        title
      }
    }
  }
`);

export const UpdateTierPolicyMutation = graphql(`
  mutation UpdateTierPolicy($venueId: ID!, $policy: TierPolicyInput!, $expectedRevision: Int!) {
    updateTierPolicy(venueId: $venueId, policy: $policy, expectedRevision: $expectedRevision) {
      id
      revision
      tierPolicy {
        ...TierPolicyFields
      }
    }
  }
`);

export const UpdateVenueTaxonomyMutation = graphql(`
  mutation UpdateVenueTaxonomy($venueId: ID!, $taxonomy: VenueTaxonomyInput!, $expectedRevision: Int!) {
    updateVenueTaxonomy(venueId: $venueId, taxonomy: $taxonomy, expectedRevision: $expectedRevision) {
      id
      revision
      taxonomy {
        ...VenueTaxonomyFields
      }
    }
  }
`);
