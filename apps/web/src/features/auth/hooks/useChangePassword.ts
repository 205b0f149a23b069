import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Changes the signed-in user's password; the API ends their other sessions. */
export function useChangePassword() {
  const [mutate, state] = useMutation(ChangeMyPasswordMutation);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await mutate({ variables: { currentPassword, newPassword } });
    },
    [mutate],
  );
  return [changePassword, state] as const;
}
