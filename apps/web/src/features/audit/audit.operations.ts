import { graphql } from '../../gql';

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    index
    kind
    label
    objectType
    objectId
    actorId
    actor {
      ...PersonFields
    }
    at
    summary
  }
`);

export const VenueHistoryQuery = graphql(`
  query VenueHistory($venueId: ID!, $filter: AuditHistoryFilter, $offset: Int!, $limit: Int!) {
    venueHistory(venueId: $venueId, filter: $filter, offset: $offset, limit: $limit) {
      total
      events {
        ...AuditEventFields
      }
    }
    venueLog(venueId: $venueId) {
      venueId
      checkpoint {
        origin
        size
        root
        timestamp
        signature
        publicKey
      }
    }
  }
`);

export const VenueLogExportQuery = graphql(`
  query VenueLogExport($venueId: ID!) {
    venueLogExport(venueId: $venueId)
  }
`);

export const SubmissionHistoryQuery = graphql(`
  query SubmissionHistory($id: ID!) {
    submission(id: $id) {
      id
      history {
        ...AuditEventFields
      }
    }
  }
`);
