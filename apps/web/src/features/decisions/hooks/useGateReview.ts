import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { RecordGateDecisionInput } from '../../../gql/graphql';

export const GateReviewQuery = graphql(`
  query GateReview($id: ID!) {
    pilot(id: $id) {
      id
      version
      name
      status
      startDate
      endDate
      viewerCanManage
      program {
        id
        name
        archived
      }
      evaluation {
        asOf
        ...GateRecommendation
        ...GateEvidence
      }
      decisions {
        ...GateOutcome
      }
      ...LessonsPanel
    }
  }
`);

export const GateRecordDecisionMutation = graphql(`
  mutation GateRecordDecision($input: RecordGateDecisionInput!) {
    recordGateDecision(input: $input) {
      id
      decision
      recommendation
      pilot {
        id
        version
        status
        endDate
      }
    }
  }
`);

export const GateMoveToReviewMutation = graphql(`
  mutation GateMoveToReview($input: ChangePilotStatusInput!) {
    changePilotStatus(input: $input) {
      id
      version
      status
    }
  }
`);

/** The pilot with its evaluation as of today, the recommendation, past decisions and lessons. */
export function useGateReview(pilotId: string) {
  return useQuery(GateReviewQuery, { variables: { id: pilotId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

// A decision changes the pilot, its review list, the program's decision log and history.
const refetchActive = { refetchQueries: 'active' as const, awaitRefetchQueries: true };

export function useRecordGateDecision() {
  const [mutate, state] = useMutation(GateRecordDecisionMutation, refetchActive);
  const record = useCallback(
    async (input: RecordGateDecisionInput) => {
      await mutate({ variables: { input } });
    },
    [mutate],
  );
  return [record, state] as const;
}

/** Moves a running pilot to review: check-ins stay open, the gate decision can be recorded. */
export function useMoveToReview() {
  const [mutate, state] = useMutation(GateMoveToReviewMutation, refetchActive);
  const move = useCallback(
    async (id: string, expectedVersion: number) => {
      await mutate({ variables: { input: { id, expectedVersion, status: 'in_review' } } });
    },
    [mutate],
  );
  return [move, state] as const;
}
