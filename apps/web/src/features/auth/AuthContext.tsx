import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { LogoutMutation, MeQuery } from './auth.operations';

export type Viewer = ViewerFieldsFragment;

export interface AuthState {
  viewer: Viewer | null;
  loading: boolean;
  /** Puts a freshly signed-in viewer in place without another round trip. */
  signedIn: (viewer: Viewer) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(MeQuery);
  const [logout] = useMutation(LogoutMutation);

  // Signing out resets the cache (below), so whatever is cached here belongs to no one else.
  const signedIn = useCallback(
    async (viewer: Viewer) => {
      client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: viewer } });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // Forget everything cached for this person; active queries (`me` among them) fetch again.
      // Pages that need a session fail their refetch, which is expected here.
      await client.resetStore().catch(() => undefined);
    }
  }, [client, logout]);

  const value = useMemo<AuthState>(
    () => ({ viewer: data?.me ?? null, loading: loading && !data, signedIn, signOut }),
    [data, loading, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === null) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
