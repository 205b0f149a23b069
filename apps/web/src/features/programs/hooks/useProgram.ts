import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProgramQuery = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      id
      version
      name
      archived
      viewerCanManage
      ...ProgramSummary
      ...ProgramOverview
      ...ProgramPhases
      ...PhaseHistory
      ...ProgramRollout
      ...ProgramPeople
      ...DecisionLog
      ...ProgramLessons
    }
  }
`);

export function useProgram(id: string) {
  return useQuery(ProgramQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
