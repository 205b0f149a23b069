import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// Its own query rather than a fragment of the program page's: every pilot's evaluation is computed
// on request, so the rest of the program page does not wait for it.
export const ProgramPilotsQuery = graphql(`
  query ProgramPilots($programId: ID!) {
    program(id: $programId) {
      id
      archived
      viewerCanManage
      units {
        id
        unitId
      }
      pilots {
        ...PilotRow
        ...ProgramOverviewPilot
      }
    }
  }
`);

/** errorPolicy all: a pilot whose evaluation fails shows that on its own row; the others still show. */
export function useProgramPilots(programId: string) {
  return useQuery(ProgramPilotsQuery, { variables: { programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', errorPolicy: 'all' });
}
