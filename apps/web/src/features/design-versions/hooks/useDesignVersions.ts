import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Every sign-off mutation answers with all of it, so the section follows each change. */
export const DesignVersionsFields = graphql(`
  fragment DesignVersionsFields on DesignVersions {
    id
    current
    signedOff
    blockers
    changesSinceSignOff
    versions {
      number
      signedOffAt
      note
      changes
      signedOffBy {
        id
        name
      }
    }
  }
`);

export const DesignVersionsQuery = graphql(`
  query DesignVersions($id: ID!) {
    program(id: $id) {
      id
      design {
        id
        viewerCanManageDesign
      }
      designVersions {
        ...DesignVersionsFields
      }
    }
  }
`);

export const SignOffDesignMutation = graphql(`
  mutation SignOffDesign($input: SignOffDesignInput!) {
    signOffDesign(input: $input) {
      ...DesignVersionsFields
    }
  }
`);

export const StartDesignVersionMutation = graphql(`
  mutation StartDesignVersion($input: StartDesignVersionInput!) {
    startDesignVersion(input: $input) {
      ...DesignVersionsFields
    }
  }
`);

export function useDesignVersions(programId: string) {
  return useQuery(DesignVersionsQuery, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** A sign-off lands in the decision log, which the program page shows: it is read again. */
export function useDesignVersionWrites() {
  const [signOff, signing] = useMutation(SignOffDesignMutation, { refetchQueries: ['Program'] });
  const [startVersion, starting] = useMutation(StartDesignVersionMutation);
  return { signOff, startVersion, busy: signing.loading || starting.loading };
}
