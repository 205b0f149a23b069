import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, type FragmentType, getFragmentData } from '../../../gql';

export const HeadcountFields = graphql(`
  fragment HeadcountFields on Headcount {
    id
    overall {
      heads
      annualCost
      checks {
        kind
        verdict
        sentence
      }
    }
    teams {
      name
      unitId
      heads
      annualCost
      checks {
        kind
        verdict
        sentence
      }
    }
    roles {
      id
      title
      count
      annualCostPerHead
      isManager
      unitId
      teamName
      reportsToId
      reportsToTitle
      version
    }
    units {
      id
      name
    }
  }
`);

export const HeadcountQuery = graphql(`
  query Headcount($id: ID!) {
    program(id: $id) {
      id
      design {
        id
        viewerCanManageDesign
      }
      headcount {
        ...HeadcountFields
      }
    }
  }
`);

export const SavePlannedRoleMutation = graphql(`
  mutation SavePlannedRole($input: SavePlannedRoleInput!) {
    savePlannedRole(input: $input) {
      ...HeadcountFields
    }
  }
`);

export const RemovePlannedRoleMutation = graphql(`
  mutation RemovePlannedRole($input: RemovePlannedRoleInput!) {
    removePlannedRole(input: $input) {
      ...HeadcountFields
    }
  }
`);

export type HeadcountPlan = ReturnType<typeof readHeadcount>;
export type PlannedRoleRow = HeadcountPlan['roles'][number];

export const readHeadcount = (plan: FragmentType<typeof HeadcountFields>) => getFragmentData(HeadcountFields, plan);

export function useHeadcount(programId: string) {
  const query = useQuery(HeadcountQuery, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const program = query.data?.program;
  return { ...query, plan: program ? readHeadcount(program.headcount) : undefined, canManage: program?.design.viewerCanManageDesign ?? false };
}

// A headcount change is a change of the design: the sign-off section's "changes since" is read again.
export const useSavePlannedRole = () => useMutation(SavePlannedRoleMutation, { refetchQueries: ['DesignVersions'] });
export const useRemovePlannedRole = () => useMutation(RemovePlannedRoleMutation, { refetchQueries: ['DesignVersions'] });
