import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { SetAssessmentCellInput } from '../../../gql/graphql';

export const AssessmentQuery = graphql(`
  query ProgramAssessment($id: ID!) {
    program(id: $id) {
      id
      version
      phase
      archived
      viewerCanManage
      assessment {
        id
        threshold
        completeness
        capabilities {
          id
          name
          version
          activities {
            id
            name
            version
            filledCells
          }
        }
        columns {
          unitId
          name
          filled
          total
          percent
          viewerCanFill
          lastRemindedAt
        }
        cells {
          id
          activityId
          unitId
          performer
          maturity
          decides
          note
          version
        }
        findings {
          kind
          severity
          activityId
          summary
          cells {
            activityId
            unitId
          }
        }
      }
    }
  }
`);

export function useAssessment(programId: string) {
  return useQuery(AssessmentQuery, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

const SetAssessmentCellMutation = graphql(`
  mutation SetAssessmentCell($input: SetAssessmentCellInput!) {
    setAssessmentCell(input: $input) {
      id
      version
    }
  }
`);

const RemindAssessmentUnitMutation = graphql(`
  mutation RemindAssessmentUnit($programId: ID!, $unitId: ID!) {
    remindAssessmentUnit(programId: $programId, unitId: $unitId) {
      id
      sentAt
    }
  }
`);

/** Fills a cell, then reads the assessment again: findings and completeness are derived on the server. */
export function useSetAssessmentCell(programId: string) {
  const [mutate, state] = useMutation(SetAssessmentCellMutation, {
    refetchQueries: [{ query: AssessmentQuery, variables: { id: programId } }],
    awaitRefetchQueries: true,
  });
  const setCell = useCallback(async (input: SetAssessmentCellInput) => mutate({ variables: { input } }), [mutate]);
  return [setCell, state] as const;
}

export function useRemindAssessmentUnit(programId: string) {
  const [mutate, state] = useMutation(RemindAssessmentUnitMutation, {
    refetchQueries: [{ query: AssessmentQuery, variables: { id: programId } }],
  });
  const remind = useCallback(async (unitId: string) => mutate({ variables: { programId, unitId } }), [mutate, programId]);
  return [remind, state] as const;
}

export const SetAssessmentThresholdMutation = graphql(`
  mutation SetAssessmentThreshold($programId: ID!, $threshold: Int!, $expectedVersion: Int!) {
    setAssessmentThreshold(programId: $programId, threshold: $threshold, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/** Sets the share of filled cells the program needs before Align; the gate and the card read it again. */
export function useSetAssessmentThreshold(programId: string) {
  const [mutate, state] = useMutation(SetAssessmentThresholdMutation, {
    refetchQueries: [{ query: AssessmentQuery, variables: { id: programId } }],
    awaitRefetchQueries: true,
  });
  const setThreshold = useCallback(
    async (threshold: number, expectedVersion: number) => mutate({ variables: { programId, threshold, expectedVersion } }),
    [mutate, programId],
  );
  return [setThreshold, state] as const;
}

export const AddActivityMutation = graphql(`
  mutation AddActivity($input: AddActivityInput!) {
    addActivity(input: $input) {
      id
    }
  }
`);

export const RenameActivityMutation = graphql(`
  mutation RenameActivity($input: RenameCatalogItemInput!) {
    renameActivity(input: $input) {
      id
      name
      version
    }
  }
`);

export const RenameCapabilityMutation = graphql(`
  mutation RenameCapability($input: RenameCatalogItemInput!) {
    renameCapability(input: $input) {
      id
      name
      version
    }
  }
`);

export const RemoveActivityMutation = graphql(`
  mutation RemoveActivity($input: RemoveActivityInput!) {
    removeActivity(input: $input)
  }
`);

/** The catalog's writes; each reads the assessment again, since rows, cells and findings follow the catalog. */
export function useCatalogEditing() {
  const refetch = { refetchQueries: ['ProgramAssessment'], awaitRefetchQueries: true };
  const [addActivity] = useMutation(AddActivityMutation, refetch);
  const [renameActivity] = useMutation(RenameActivityMutation, refetch);
  const [renameCapability] = useMutation(RenameCapabilityMutation, refetch);
  const [removeActivity, { loading: removing }] = useMutation(RemoveActivityMutation, refetch);
  return { addActivity, renameActivity, renameCapability, removeActivity, removing } as const;
}
