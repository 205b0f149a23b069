import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, forgets cached data and goes to the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, state] = useMutation(SignOutMutation);
  const signOut = useCallback(async () => {
    try {
      await mutate();
    } finally {
      // Even if the server call fails, this browser must not keep showing the previous user's data.
      await client.clearStore();
      await navigate('/sign-in', { replace: true });
    }
  }, [client, mutate, navigate]);
  return [signOut, state] as const;
}
