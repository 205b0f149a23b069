import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProgramOwnersQuery = graphql(`
  query ProgramOwners {
    users(role: program_manager) {
      id
      name
      email
    }
  }
`);

/** People who can own a program (program managers). */
export function useProgramOwners() {
  return useQuery(ProgramOwnersQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
