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
    cache: createCache(),
  });
}

/** The client's cache, with how objects without an id of their own are kept. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
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
      // Each section of a statement's page asks for the permissions it needs; merged, no section's
      // write leaves another's part missing (which made the page refetch, unmount and remount its
      // sections in a loop, and could land a stale answer after a change).
      SubmissionViewerPermissions: { keyFields: false, merge: true },
    },
  });
}
