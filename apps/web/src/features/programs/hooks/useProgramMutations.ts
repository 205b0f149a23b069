import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { ChangeProgramPhaseInput, CreateProgramInput, UpdateProgramInput } from '../../../gql/graphql';
import { RecordHistoryQuery } from '../../history/hooks/useRecordHistory';
import { ProgramQuery } from './useProgram';
import { reloadOnConflict } from '../../../shared/lib/conflict';

export const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
      version
      ...ProgramRow
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      id
      version
      updatedAt
      ...ProgramSummary
      ...ProgramFormFields
    }
  }
`);

export const ChangeProgramPhaseMutation = graphql(`
  mutation ChangeProgramPhase($input: ChangeProgramPhaseInput!) {
    changeProgramPhase(input: $input) {
      id
      version
      phase
      updatedAt
      ...ProgramPhases
      ...PhaseHistory
    }
  }
`);

export const ArchiveProgramMutation = graphql(`
  mutation ArchiveProgram($id: ID!, $expectedVersion: Int!) {
    archiveProgram(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      archived
      updatedAt
    }
  }
`);

export const RestoreProgramMutation = graphql(`
  mutation RestoreProgram($id: ID!, $expectedVersion: Int!) {
    restoreProgram(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      archived
      updatedAt
    }
  }
`);

/** Cached program lists are stale after create/archive/restore; dropping them makes lists refetch. */
function forgetProgramLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'programs' });
  cache.gc();
}

/** On CONFLICT, reload the program so the page shows the other person's change. */
function useRefetchOnConflict() {
  const client = useApolloClient();
  return useCallback(
    (error: unknown) => {
      void reloadOnConflict(error, () => client.refetchQueries({ include: [ProgramQuery] }));
    },
    [client],
  );
}

export function useCreateProgram() {
  const [mutate, state] = useMutation(CreateProgramMutation, { update: forgetProgramLists });
  const createProgram = useCallback(
    async (input: CreateProgramInput) => {
      const result = await mutate({ variables: { input } });
      const created = result.data?.createProgram;
      if (!created) throw new Error('The server did not return the new program.');
      return created;
    },
    [mutate],
  );
  return [createProgram, state] as const;
}

export function useUpdateProgram() {
  const [mutate, state] = useMutation(UpdateProgramMutation);
  const updateProgram = useCallback(
    async (input: UpdateProgramInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [updateProgram, state] as const;
}

export function useChangeProgramPhase() {
  // The program page's change history lists phase moves too.
  const [mutate, state] = useMutation(ChangeProgramPhaseMutation, { refetchQueries: [RecordHistoryQuery] });
  const refetchOnConflict = useRefetchOnConflict();
  const changePhase = useCallback(
    async (input: ChangeProgramPhaseInput) => {
      try {
        await mutate({ variables: { input } });
      } catch (error) {
        refetchOnConflict(error);
        throw error;
      }
    },
    [mutate, refetchOnConflict],
  );
  return [changePhase, state] as const;
}

export function useArchiveProgram() {
  const options = { update: forgetProgramLists, refetchQueries: [RecordHistoryQuery] };
  const [archive, archiveState] = useMutation(ArchiveProgramMutation, options);
  const [restore, restoreState] = useMutation(RestoreProgramMutation, options);
  const refetchOnConflict = useRefetchOnConflict();
  const setArchived = useCallback(
    async (id: string, expectedVersion: number, archived: boolean) => {
      try {
        if (archived) await archive({ variables: { id, expectedVersion } });
        else await restore({ variables: { id, expectedVersion } });
      } catch (error) {
        refetchOnConflict(error);
        throw error;
      }
    },
    [archive, restore, refetchOnConflict],
  );
  return [setArchived, { loading: archiveState.loading || restoreState.loading }] as const;
}
