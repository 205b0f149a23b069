import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ThisWeekQuery = graphql(`
  query ThisWeek($weekStart: String) {
    checkInsOwed(weekStart: $weekStart) {
      ...ThisWeekOwedCheckIn
    }
    gateReviews {
      id
      ...GateReviewItem
    }
  }
`);

/** The check-ins the signed-in user owes for the week starting on `weekStart` (a Monday), and the gate reviews ahead of them. */
export function useThisWeek(weekStart: string) {
  return useQuery(ThisWeekQuery, { variables: { weekStart }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
