import { graphql } from '../../gql';

export const ReviewerProfileFields = graphql(`
  fragment ReviewerProfileFields on ReviewerProfile {
    areas
    expertise
    publications {
      title
      abstract
      year
    }
    affiliations {
      institution
      emailDomain
      startYear
      endYear
    }
    communities
    maxLoad
    trainingCompletedOn
    revision
  }
`);

export const MyReviewerProfileQuery = graphql(`
  query MyReviewerProfile($venueId: ID!) {
    reviewerProfile(venueId: $venueId) {
      ...ReviewerProfileFields
    }
    venue(id: $venueId) {
      id
      taxonomy {
        ...VenueTaxonomyFields
      }
    }
  }
`);

export const UpdateReviewerProfileMutation = graphql(`
  mutation UpdateReviewerProfile($venueId: ID!, $profile: ReviewerProfileInput!, $expectedRevision: Int!) {
    updateReviewerProfile(venueId: $venueId, profile: $profile, expectedRevision: $expectedRevision) {
      ...ReviewerProfileFields
    }
  }
`);

export const ParsePublicationsQuery = graphql(`
  query ParsePublications($format: PublicationFormat!, $text: String!) {
    parsePublications(format: $format, text: $text) {
      title
      abstract
      year
    }
  }
`);

export const PoolImportFields = graphql(`
  fragment PoolImportFields on PoolImportReport {
    id
    state
    total
    done
    error
    sent {
      line
      email
      detail
    }
    skipped {
      line
      email
      detail
    }
    refused {
      line
      detail
    }
  }
`);

export const ImportReviewerPoolMutation = graphql(`
  mutation ImportReviewerPool($venueId: ID!, $csv: String!) {
    importReviewerPool(venueId: $venueId, csv: $csv) {
      ...PoolImportFields
    }
  }
`);

export const PoolImportQuery = graphql(`
  query PoolImport($id: ID!) {
    poolImport(id: $id) {
      ...PoolImportFields
    }
  }
`);

export const ReviewerPoolQuery = graphql(`
  query ReviewerPool($venueId: ID!, $offset: Int) {
    venue(id: $venueId) {
      id
      reviewerProfileCount
      reviewerProfiles(offset: $offset, limit: 50) {
        areas
        communities
        maxLoad
        trainingCompletedOn
        publications {
          title
        }
        affiliations {
          institution
          endYear
        }
        person {
          ...PersonFields
        }
      }
    }
  }
`);
