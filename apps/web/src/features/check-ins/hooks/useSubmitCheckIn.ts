import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { SubmitCheckInInput } from '../../../gql/graphql';

export const CheckInSubmitMutation = graphql(`
  mutation CheckInSubmit($input: SubmitCheckInInput!) {
    submitCheckIn(input: $input) {
      id
      version
      pilotId
      unitId
      weekStart
      status
      confidence
      highlights
      blockers
      asksForHelp
      commentary
      submittedOn
      updatedAt
      submittedBy {
        id
        name
      }
    }
  }
`);

/**
 * Submits (or updates) a unit's weekly check-in. Every screen listing check-ins (this week, the
 * pilot page, its history) is refetched, since a new check-in changes lists, not just one record.
 */
export function useSubmitCheckIn() {
  const [mutate, state] = useMutation(CheckInSubmitMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const submit = useCallback(
    async (input: SubmitCheckInInput) => {
      const result = await mutate({ variables: { input } });
      return result.data?.submitCheckIn ?? null;
    },
    [mutate],
  );
  return [submit, state] as const;
}
