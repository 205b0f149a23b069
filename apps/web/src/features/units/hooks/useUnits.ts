import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { CreateUnitInput, UpdateUnitInput, UnitsQuery as UnitsQueryResult } from '../../../gql/graphql';

export const UnitsQuery = graphql(`
  query Units($includeArchived: Boolean) {
    units(includeArchived: $includeArchived) {
      id
      name
      code
      kind
      parentId
      archived
      version
      rollouts {
        id
        blocked
        program {
          id
          name
        }
        stage {
          ...UnitStageFields
        }
      }
    }
  }
`);

export type UnitItem = UnitsQueryResult['units'][number];

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
      code
      kind
      parentId
      archived
      version
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      code
      kind
      parentId
      archived
      version
    }
  }
`);

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($id: ID!, $expectedVersion: Int!) {
    archiveUnit(id: $id, expectedVersion: $expectedVersion) {
      id
      archived
      version
    }
  }
`);

export const RestoreUnitMutation = graphql(`
  mutation RestoreUnit($id: ID!, $expectedVersion: Int!) {
    restoreUnit(id: $id, expectedVersion: $expectedVersion) {
      id
      archived
      version
    }
  }
`);

export function useUnits(includeArchived: boolean) {
  return useQuery(UnitsQuery, {
    variables: { includeArchived },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

// Lists change shape (new rows, archived rows leave the default list), so re-read them from the server.
const refetchUnitLists = { refetchQueries: [UnitsQuery], awaitRefetchQueries: true };

export function useUnitMutations() {
  const [create, createState] = useMutation(CreateUnitMutation, refetchUnitLists);
  const [update, updateState] = useMutation(UpdateUnitMutation, refetchUnitLists);
  const [archive, archiveState] = useMutation(ArchiveUnitMutation, refetchUnitLists);
  const [restore, restoreState] = useMutation(RestoreUnitMutation, refetchUnitLists);

  const createUnit = useCallback(async (input: CreateUnitInput) => {
    await create({ variables: { input } });
  }, [create]);
  const updateUnit = useCallback(async (input: UpdateUnitInput) => {
    await update({ variables: { input } });
  }, [update]);
  const setUnitArchived = useCallback(
    async (id: string, expectedVersion: number, archived: boolean) => {
      if (archived) await archive({ variables: { id, expectedVersion } });
      else await restore({ variables: { id, expectedVersion } });
    },
    [archive, restore],
  );

  return {
    createUnit,
    updateUnit,
    setUnitArchived,
    saving: createState.loading || updateState.loading,
    archiving: archiveState.loading || restoreState.loading,
  };
}
