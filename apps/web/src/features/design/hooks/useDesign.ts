import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { ClearPlacementInput, SavePlacementInput, SetDimensionEmphasisInput } from '../../../gql/graphql';
import { isConflict } from '../../../shared/lib/conflict';

export const ProgramDesignQuery = graphql(`
  query ProgramDesign($id: ID!) {
    program(id: $id) {
      id
      targetModel
      designVersions {
        id
        current
        signedOff
      }
      design {
        id
        capabilities {
          id
          activities {
            id
          }
        }
        ...PlacementSection
        ...CurrentVsTargetCard
      }
    }
  }
`);

export function useDesign(programId: string) {
  return useQuery(ProgramDesignQuery, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

// Every write answers with the program's whole design: flags and current vs target follow the placements.
export const SavePlacementMutation = graphql(`
  mutation SavePlacement($input: SavePlacementInput!) {
    savePlacement(input: $input) {
      id
      ...PlacementSection
      ...CurrentVsTargetCard
    }
  }
`);

export const ClearPlacementMutation = graphql(`
  mutation ClearPlacement($input: ClearPlacementInput!) {
    clearPlacement(input: $input) {
      id
      ...PlacementSection
      ...CurrentVsTargetCard
    }
  }
`);

export const SetDimensionEmphasisMutation = graphql(`
  mutation SetDimensionEmphasis($input: SetDimensionEmphasisInput!) {
    setDimensionEmphasis(input: $input) {
      id
      ...PlacementSection
      ...CurrentVsTargetCard
    }
  }
`);

/**
 * The design's writes. A write refused because someone changed the same record first reads the
 * design again, so the board shows their change before the error is reported.
 */
export function useDesignWrites() {
  const client = useApolloClient();
  // Where an activity sits decides the RACI's side warnings and the sign-off's blockers: both are read again.
  const [savePlacement] = useMutation(SavePlacementMutation, { refetchQueries: ['Raci', 'DesignVersions'] });
  const [clearPlacement] = useMutation(ClearPlacementMutation, { refetchQueries: ['Raci', 'DesignVersions'] });
  // An emphasis is part of the signed design: what changed since the sign-off is read again.
  const [setDimensionEmphasis] = useMutation(SetDimensionEmphasisMutation, { refetchQueries: ['DesignVersions'] });
  const reloadingOnConflict = useCallback(
    async (write: () => Promise<unknown>) => {
      try {
        await write();
      } catch (error) {
        if (isConflict(error)) await client.refetchQueries({ include: [ProgramDesignQuery] });
        throw error;
      }
    },
    [client],
  );
  return {
    savePlacement: (input: SavePlacementInput) => reloadingOnConflict(() => savePlacement({ variables: { input } })),
    clearPlacement: (input: ClearPlacementInput) => reloadingOnConflict(() => clearPlacement({ variables: { input } })),
    setDimensionEmphasis: (input: SetDimensionEmphasisInput) => reloadingOnConflict(() => setDimensionEmphasis({ variables: { input } })),
  };
}
