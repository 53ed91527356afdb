import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { RemoveTypenameFromVariablesLink } from '@apollo/client/link/remove-typename';

/**
 * The one client of the app. The session is an httpOnly cookie on the same origin (the dev server
 * and preview proxy /graphql), so requests only need same-origin credentials. Editor state is
 * built from query results, so `__typename` is stripped from variables before they are sent.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      new RemoveTypenameFromVariablesLink(),
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Value objects without ids: keep them inside their parent.
        Deadline: { keyFields: false },
        VenueMember: { keyFields: false },
        VenueRoleGrant: { keyFields: false },
        InvitationPreview: { keyFields: false },
        // Parts of a submission without their own id: a newer copy replaces the older one.
        StatementDraft: { keyFields: false, merge: true },
        StatementVersion: { keyFields: false, merge: true },
        SubmissionLinks: { keyFields: false, merge: true },
        TierSuggestion: { keyFields: false, merge: true },
        TierDecision: { keyFields: false, merge: true },
      },
    }),
  });
}
