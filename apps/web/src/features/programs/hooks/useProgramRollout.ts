import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { AddProgramUnitsInput, SetProgramMemberInput, UpdateUnitRolloutInput } from '../../../gql/graphql';
import { RecordHistoryQuery } from '../../history/hooks/useRecordHistory';
import { ProgramQuery } from './useProgram';
import { reloadOnConflict } from '../../../shared/lib/conflict';

export const UpdateUnitRolloutMutation = graphql(`
  mutation UpdateUnitRollout($input: UpdateUnitRolloutInput!) {
    updateUnitRollout(input: $input) {
      id
      blocked
      note
      version
      updatedAt
      viewerCanUpdate
    }
  }
`);

export const AddProgramUnitsMutation = graphql(`
  mutation AddProgramUnits($input: AddProgramUnitsInput!) {
    addProgramUnits(input: $input) {
      id
    }
  }
`);

export const RemoveProgramUnitMutation = graphql(`
  mutation RemoveProgramUnit($id: ID!) {
    removeProgramUnit(id: $id)
  }
`);

export const SetProgramMemberMutation = graphql(`
  mutation SetProgramMember($input: SetProgramMemberInput!) {
    setProgramMember(input: $input) {
      programId
      role
      user {
        id
        name
        role
      }
    }
  }
`);

export const RemoveProgramMemberMutation = graphql(`
  mutation RemoveProgramMember($programId: ID!, $userId: ID!) {
    removeProgramMember(programId: $programId, userId: $userId)
  }
`);

// The history panel lists every change on the page; the program's rows and members change shape.
const refetchHistory = { refetchQueries: [RecordHistoryQuery], awaitRefetchQueries: true };
const refetchProgramAndHistory = { refetchQueries: [ProgramQuery, RecordHistoryQuery], awaitRefetchQueries: true };

/** Saves the partner's report on a unit; on CONFLICT reloads the program (the other person's status) before throwing. */
export function useUpdateUnitRollout() {
  const [mutate, state] = useMutation(UpdateUnitRolloutMutation, refetchHistory);
  const client = useApolloClient();
  const update = useCallback(
    async (input: UpdateUnitRolloutInput) => {
      try {
        await mutate({ variables: { input } });
      } catch (error) {
        await reloadOnConflict(error, () => client.refetchQueries({ include: [ProgramQuery, RecordHistoryQuery] }));
        throw error;
      }
    },
    [mutate, client],
  );
  return [update, state] as const;
}

export function useAddProgramUnits() {
  const [mutate, state] = useMutation(AddProgramUnitsMutation, refetchProgramAndHistory);
  const add = useCallback(
    async (input: AddProgramUnitsInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [add, state] as const;
}

export function useRemoveProgramUnit() {
  const [mutate, state] = useMutation(RemoveProgramUnitMutation, refetchProgramAndHistory);
  const remove = useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
    },
    [mutate],
  );
  return [remove, state] as const;
}

export function useSetProgramMember() {
  const [mutate, state] = useMutation(SetProgramMemberMutation, refetchProgramAndHistory);
  const setMember = useCallback(
    async (input: SetProgramMemberInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [setMember, state] as const;
}

export function useRemoveProgramMember() {
  const [mutate, state] = useMutation(RemoveProgramMemberMutation, refetchProgramAndHistory);
  const remove = useCallback(
    async (programId: string, userId: string) => {
      await mutate({ variables: { programId, userId } });
    },
    [mutate],
  );
  return [remove, state] as const;
}

export const MemberCandidatesQuery = graphql(`
  query MemberCandidates {
    users {
      id
      name
      email
      role
    }
  }
`);
