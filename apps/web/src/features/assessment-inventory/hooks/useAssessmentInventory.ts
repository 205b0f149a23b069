import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { RecordHistoryQuery } from '../../history/hooks/useRecordHistory';

export const AssessmentInventoryQuery = graphql(`
  query AssessmentInventory($id: ID!) {
    program(id: $id) {
      id
      archived
      viewerCanManageTools
      viewerCanRecordProgramBaselines
      units {
        id
        viewerCanRecordAssessment
        unit {
          id
          name
        }
      }
      tools {
        id
        name
        category
        unitIds
        annualCost
        ownerId
        ownerName
        renewalDate
        version
        units {
          id
          name
        }
        owner {
          id
          name
        }
      }
      toolRedundancy {
        category
        toolCount
        totalAnnualCost
        keptToolName
        overlapAnnualCost
        summary
        savingSentence
      }
      baselines {
        id
        catalogKey
        unitId
        value
        measuredOn
        source
        version
        unit {
          id
          name
        }
      }
      staffing {
        id
        unitId
        revopsPeople
        sellers
        complexity
        version
        guidance {
          verdict
          sentence
        }
      }
    }
  }
`);

export const CreateProgramToolMutation = graphql(`
  mutation CreateProgramTool($input: CreateProgramToolInput!) {
    createProgramTool(input: $input) {
      id
    }
  }
`);

export const UpdateProgramToolMutation = graphql(`
  mutation UpdateProgramTool($input: UpdateProgramToolInput!) {
    updateProgramTool(input: $input) {
      id
      version
    }
  }
`);

export const DeleteProgramToolMutation = graphql(`
  mutation DeleteProgramTool($id: ID!) {
    deleteProgramTool(id: $id)
  }
`);

export const SetAssessmentBaselineMutation = graphql(`
  mutation SetAssessmentBaseline($input: SetAssessmentBaselineInput!) {
    setAssessmentBaseline(input: $input) {
      id
      version
    }
  }
`);

export const SetUnitStaffingMutation = graphql(`
  mutation SetUnitStaffing($input: SetUnitStaffingInput!) {
    setUnitStaffing(input: $input) {
      id
      version
    }
  }
`);

// Redundancy and guidance are derived on the server from the whole inventory: reload it after each change.
const reload = { refetchQueries: [AssessmentInventoryQuery, RecordHistoryQuery], awaitRefetchQueries: true };

export function useAssessmentInventory(programId: string) {
  return useQuery(AssessmentInventoryQuery, { variables: { id: programId } });
}

export type AssessmentProgram = NonNullable<ReturnType<typeof useAssessmentInventory>['data']>['program'];
export type InventoryToolRow = AssessmentProgram['tools'][number];
export type BaselineRow = AssessmentProgram['baselines'][number];
export type StaffingRow = AssessmentProgram['staffing'][number];

export const useCreateTool = () => useMutation(CreateProgramToolMutation, reload);
export const useUpdateTool = () => useMutation(UpdateProgramToolMutation, reload);
export const useDeleteTool = () => useMutation(DeleteProgramToolMutation, reload);
export const useSetBaseline = () => useMutation(SetAssessmentBaselineMutation, reload);
export const useSetStaffing = () => useMutation(SetUnitStaffingMutation, reload);
