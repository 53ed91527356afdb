import { graphql } from '../../gql';

/** The venue directory of the landing page: public metadata only. */
export const PublicVenuesQuery = graphql(`
  query PublicVenues {
    venues {
      id
      name
      shortName
      kind
      description
      parentVenue {
        id
        shortName
      }
      awaitingApprovalBy {
        id
        shortName
      }
      deadlines {
        label
        dueAt
      }
    }
  }
`);
