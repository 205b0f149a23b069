import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ThisWeekQuery = graphql(`
  query ThisWeek($weekStart: String) {
    checkInsOwed(weekStart: $weekStart) {
      ...ThisWeekOwedCheckIn
    }
  }
`);

/** The check-ins the signed-in user owes for the week starting on `weekStart` (a Monday). */
export function useThisWeek(weekStart: string) {
  return useQuery(ThisWeekQuery, { variables: { weekStart }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
