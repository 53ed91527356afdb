import { graphql } from '../../gql';

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      venue {
        ...VenueNameFields
      }
      createdAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($venueId: ID) {
    createCalendarFeed(venueId: $venueId) {
      url
      createdAt
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($venueId: ID) {
    revokeCalendarFeed(venueId: $venueId)
  }
`);
