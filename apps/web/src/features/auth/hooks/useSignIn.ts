import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      name
      role
    }
  }
`);

/** Signs in and drops anything cached for a previous user. */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignInMutation);
  const signIn = useCallback(
    async (email: string, password: string) => {
      await client.clearStore();
      await mutate({ variables: { email, password } });
    },
    [client, mutate],
  );
  return [signIn, state] as const;
}
