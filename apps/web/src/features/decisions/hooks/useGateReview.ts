import type { Reference } from '@apollo/client';
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
      programId
      decision
      recommendation
      rationale
      decidedAt
      decidedBy {
        id
        name
      }
      ...GateOutcome
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

export function useRecordGateDecision() {
  const [mutate, state] = useMutation(GateRecordDecisionMutation, {
    // The pilot (status, version, end date) comes back normalized; the new decision heads the pilot's
    // list, the program's decision log is read again when shown, and an extension moves the end date
    // the evaluation is computed against.
    update(cache, { data }) {
      const decision = data?.recordGateDecision;
      if (!decision) return;
      const pilotId = cache.identify({ __typename: 'Pilot', id: decision.pilot.id });
      cache.modify<{ decisions: readonly Reference[] }>({
        id: pilotId,
        fields: {
          decisions(existing, { toReference, readField }) {
            const ref = toReference({ __typename: 'Decision', id: decision.id });
            if (!ref || existing.some((item) => readField('id', item) === decision.id)) return existing;
            return [ref, ...existing];
          },
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Program', id: decision.programId }), fieldName: 'decisions' });
      if (decision.decision === 'extend') cache.evict({ id: pilotId, fieldName: 'evaluation' });
    },
  });
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
  const [mutate, state] = useMutation(GateMoveToReviewMutation, {
    // The status comes back normalized; only running pilots' units can be silent, so the pilot's
    // unit reports are read again where shown.
    update(cache, { data }) {
      if (data) cache.evict({ id: cache.identify({ __typename: 'Pilot', id: data.changePilotStatus.id }), fieldName: 'unitReports' });
    },
  });
  const move = useCallback(
    async (id: string, expectedVersion: number) => {
      await mutate({ variables: { input: { id, expectedVersion, status: 'in_review' } } });
    },
    [mutate],
  );
  return [move, state] as const;
}
