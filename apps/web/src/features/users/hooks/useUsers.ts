import { useMutation, useQuery } from '@apollo/client/react';
import type { Role } from '@rollout/domain';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { CreateUserInput, UpdateUserInput } from '../../../gql/graphql';

export const AdminUsersQuery = graphql(`
  query AdminUsers($role: Role, $includeInactive: Boolean) {
    users(role: $role, includeInactive: $includeInactive) {
      id
      ...UserRow
    }
  }
`);

export const UserUnitOptionsQuery = graphql(`
  query UserUnitOptions {
    units {
      id
      name
      code
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      ...UserRow
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $expectedVersion: Int!) {
    deactivateUser(id: $id, expectedVersion: $expectedVersion) {
      id
      active
      version
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!, $expectedVersion: Int!) {
    reactivateUser(id: $id, expectedVersion: $expectedVersion) {
      id
      active
      version
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword)
  }
`);

export interface UserListFilter {
  role: Role | null;
  includeInactive: boolean;
}

/** The query variables for a filter; "all roles" leaves the role out. */
export function adminUsersVariables({ role, includeInactive }: UserListFilter) {
  return role ? { role, includeInactive } : { includeInactive };
}

/** Everyone in the organization (admins may include deactivated accounts), by name. */
export function useAdminUsers(filter: UserListFilter) {
  const query = useQuery(AdminUsersQuery, {
    variables: adminUsersVariables(filter),
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  // While another filter loads, keep the last list on screen instead of flashing skeletons.
  return { ...query, data: query.data ?? query.previousData, stale: query.data === undefined && query.previousData !== undefined };
}

/** Active units a regional partner can be assigned to. */
export function useUnitOptions() {
  return useQuery(UserUnitOptionsQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

// New, deactivated and re-roled users join or leave the filtered lists, so re-read them.
const refetchUserLists = { refetchQueries: [AdminUsersQuery], awaitRefetchQueries: true };

export function useUserMutations() {
  const [create] = useMutation(CreateUserMutation, refetchUserLists);
  const [update] = useMutation(UpdateUserMutation, refetchUserLists);
  const [deactivate, deactivateState] = useMutation(DeactivateUserMutation, refetchUserLists);
  const [reactivate, reactivateState] = useMutation(ReactivateUserMutation, refetchUserLists);
  const [reset] = useMutation(ResetUserPasswordMutation);

  const createUser = useCallback(
    async (input: CreateUserInput) => {
      await create({ variables: { input } });
    },
    [create],
  );
  const updateUser = useCallback(
    async (input: UpdateUserInput) => {
      await update({ variables: { input } });
    },
    [update],
  );
  const setUserActive = useCallback(
    async (id: string, expectedVersion: number, active: boolean) => {
      if (active) await reactivate({ variables: { id, expectedVersion } });
      else await deactivate({ variables: { id, expectedVersion } });
    },
    [deactivate, reactivate],
  );
  const resetUserPassword = useCallback(
    async (id: string, newPassword: string) => {
      await reset({ variables: { id, newPassword } });
    },
    [reset],
  );

  return {
    createUser,
    updateUser,
    setUserActive,
    resetUserPassword,
    changingActive: deactivateState.loading || reactivateState.loading,
  };
}
