import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      units {
        id
        name
      }
    }
  }
`);

/** Who is signed in; UNAUTHENTICATED when nobody is. */
export function useMe() {
  return useQuery(MeQuery, { fetchPolicy: 'cache-first' });
}
