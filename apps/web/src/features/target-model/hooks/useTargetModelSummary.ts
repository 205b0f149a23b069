import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Everything the summary page shows, in one request: the design, the RACI and the summary's own parts. */
export const TargetModelSummaryQuery = graphql(`
  query TargetModelSummary($id: ID!) {
    program(id: $id) {
      id
      name
      targetModel
      designVersions {
        id
        current
        signedOff
        versions {
          number
          signedOffAt
          note
          signedOffBy {
            id
            name
          }
        }
      }
      design {
        id
        capabilities {
          id
          name
          activities {
            id
            name
            placement {
              id
              placement
              reason
            }
          }
        }
        flags {
          activityId
          sentence
        }
        ...CurrentVsTargetCard
      }
      raci {
        ...RaciMatrixFields
      }
      ...ProgramLessons
      targetModelSummary {
        id
        openRisks
        choice {
          model
          rationale
          decidedAt
          decidedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export function useTargetModelSummary(programId: string) {
  return useQuery(TargetModelSummaryQuery, { variables: { id: programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
