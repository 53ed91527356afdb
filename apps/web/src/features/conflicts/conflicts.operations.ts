import { graphql } from '../../gql';

export const ConflictFields = graphql(`
  fragment ConflictFields on Conflict {
    id
    type
    typeLabel
    reason
    declaredAt
    revision
    person {
      ...PersonFields
    }
    declaredBy {
      ...PersonFields
    }
  }
`);

export const SubmissionConflictsQuery = graphql(`
  query SubmissionConflicts($id: ID!) {
    submission(id: $id) {
      id
      viewerCan {
        declareConflict
        pinConflict
      }
      conflicts {
        ...ConflictFields
      }
      conflictCandidates {
        ...PersonFields
      }
    }
  }
`);

export const DeclareConflictMutation = graphql(`
  mutation DeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      ...ConflictFields
    }
  }
`);

export const WithdrawConflictMutation = graphql(`
  mutation WithdrawConflict($submissionId: ID!, $userId: ID!, $expectedRevision: Int!) {
    withdrawConflict(submissionId: $submissionId, userId: $userId, expectedRevision: $expectedRevision) {
      id
      withdrawnAt
    }
  }
`);
