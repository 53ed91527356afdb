import { graphql } from '../../gql';

export const VenueJobFieldsFragment = graphql(`
  fragment VenueJobFields on VenueJob {
    id
    summary
    name
    state
    attempts
    maxAttempts
    runAt
    lastError
    createdAt
    finishedAt
  }
`);

export const VenueJobsQuery = graphql(`
  query VenueJobs($venueId: ID!, $state: JobState, $offset: Int!, $limit: Int!) {
    venueJobs(venueId: $venueId, state: $state, offset: $offset, limit: $limit) {
      total
      counts {
        waiting
        running
        succeeded
        failed
      }
      jobs {
        ...VenueJobFields
      }
    }
  }
`);

export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      ...VenueJobFields
    }
  }
`);
