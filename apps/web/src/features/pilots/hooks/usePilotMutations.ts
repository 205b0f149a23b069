import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type {
  AddSuccessMetricInput,
  ChangePilotStatusInput,
  CreatePilotInput,
  UpdatePilotInput,
  UpdateSuccessMetricInput,
} from '../../../gql/graphql';
import { ProgramPilotsQuery } from './useProgramPilots';
import { PilotQuery } from './usePilot';

export const CreatePilotMutation = graphql(`
  mutation CreatePilot($input: CreatePilotInput!) {
    createPilot(input: $input) {
      id
      version
      name
      status
    }
  }
`);

export const UpdatePilotMutation = graphql(`
  mutation UpdatePilot($input: UpdatePilotInput!) {
    updatePilot(input: $input) {
      id
      version
      name
      status
      startDate
      endDate
    }
  }
`);

export const ChangePilotStatusMutation = graphql(`
  mutation ChangePilotStatus($input: ChangePilotStatusInput!) {
    changePilotStatus(input: $input) {
      id
      version
      status
    }
  }
`);

export const DeletePilotMutation = graphql(`
  mutation DeletePilot($id: ID!, $expectedVersion: Int!) {
    deletePilot(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const AddSuccessMetricMutation = graphql(`
  mutation AddSuccessMetric($input: AddSuccessMetricInput!) {
    addSuccessMetric(input: $input) {
      id
      version
    }
  }
`);

export const UpdateSuccessMetricMutation = graphql(`
  mutation UpdateSuccessMetric($input: UpdateSuccessMetricInput!) {
    updateSuccessMetric(input: $input) {
      id
      version
      name
      kind
      baseline
      target
      tolerance
      weight
    }
  }
`);

export const RemoveSuccessMetricMutation = graphql(`
  mutation RemoveSuccessMetric($id: ID!) {
    removeSuccessMetric(id: $id)
  }
`);

// Dates, units and metrics all change the evaluation, which only the API computes: reload the pilot.
const refetchPilot = { refetchQueries: [PilotQuery], awaitRefetchQueries: true };

/** Creates a planned pilot; resolves to its id. */
export function useCreatePilot() {
  const [mutate, state] = useMutation(CreatePilotMutation, { refetchQueries: [ProgramPilotsQuery] });
  const create = useCallback(
    async (input: CreatePilotInput) => {
      const result = await mutate({ variables: { input } });
      const id = result.data?.createPilot.id;
      if (!id) throw new Error('The pilot was not created.');
      return id;
    },
    [mutate],
  );
  return [create, state] as const;
}

export function useUpdatePilot() {
  const [mutate, state] = useMutation(UpdatePilotMutation, refetchPilot);
  const update = useCallback(
    async (input: UpdatePilotInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [update, state] as const;
}

export function useChangePilotStatus() {
  const [mutate, state] = useMutation(ChangePilotStatusMutation, refetchPilot);
  const change = useCallback(
    async (input: ChangePilotStatusInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [change, state] as const;
}

/** Deletes a planned pilot and drops it (and its place in the program's list) from the cache. */
export function useDeletePilot() {
  const [mutate, state] = useMutation(DeletePilotMutation);
  const remove = useCallback(
    async (id: string, expectedVersion: number) => {
      await mutate({
        variables: { id, expectedVersion },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Pilot', id }) });
          cache.gc();
        },
      });
    },
    [mutate],
  );
  return [remove, state] as const;
}

export function useAddSuccessMetric() {
  const [mutate, state] = useMutation(AddSuccessMetricMutation, refetchPilot);
  const add = useCallback(
    async (input: AddSuccessMetricInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [add, state] as const;
}

export function useUpdateSuccessMetric() {
  const [mutate, state] = useMutation(UpdateSuccessMetricMutation, refetchPilot);
  const update = useCallback(
    async (input: UpdateSuccessMetricInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [update, state] as const;
}

export function useRemoveSuccessMetric() {
  const [mutate, state] = useMutation(RemoveSuccessMetricMutation, refetchPilot);
  const remove = useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
    },
    [mutate],
  );
  return [remove, state] as const;
}
