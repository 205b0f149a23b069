import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const PilotQuery = graphql(`
  query Pilot($id: ID!) {
    pilot(id: $id) {
      id
      version
      name
      status
      startDate
      endDate
      gateReviewOverdue
      viewerCanManage
      comparisonUnitIds
      units {
        id
        name
      }
      comparisonUnits {
        id
        name
      }
      unitReports {
        unitId
        viewerCanReport
      }
      program {
        id
        name
        archived
        units {
          id
          unitId
        }
      }
      evaluation {
        asOf
        metrics {
          baseline
          metric {
            id
            target
          }
          ...MetricEvaluationCard
        }
      }
      ...PilotOverview
      ...PilotFormFields
      ...PilotRecommendation
      ...PilotCheckIns
    }
  }
`);

export function usePilot(id: string) {
  // errorPolicy all: a pilot that cannot be evaluated still shows, with the reason in place of its evaluation.
  return useQuery(PilotQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', errorPolicy: 'all' });
}

export const CheckInsChangedSubscription = graphql(`
  subscription CheckInsChanged($pilotId: ID!) {
    checkInsChanged(pilotId: $pilotId) {
      pilotId
      unitId
    }
  }
`);
