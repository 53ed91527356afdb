import { gql } from '@apollo/client';
import { createCache } from './apollo';

const RESPONSE = gql`
  query Response {
    submission(id: "s1") {
      id
      viewerCan {
        respond
      }
    }
  }
`;
const CONFLICTS = gql`
  query Conflicts {
    submission(id: "s1") {
      id
      viewerCan {
        declareConflict
      }
    }
  }
`;

describe('the client cache', () => {
  it('keeps every section’s part of a statement’s permissions when another section writes its own', () => {
    const cache = createCache();
    const submission = { __typename: 'Submission', id: 's1' };
    cache.writeQuery({
      query: RESPONSE,
      data: {
        submission: {
          ...submission,
          viewerCan: { __typename: 'SubmissionViewerPermissions', respond: true },
        },
      },
    });
    cache.writeQuery({
      query: CONFLICTS,
      data: {
        submission: {
          ...submission,
          viewerCan: { __typename: 'SubmissionViewerPermissions', declareConflict: false },
        },
      },
    });
    expect(cache.readQuery({ query: RESPONSE })).toEqual({
      submission: { ...submission, viewerCan: { __typename: 'SubmissionViewerPermissions', respond: true } },
    });
  });
});
