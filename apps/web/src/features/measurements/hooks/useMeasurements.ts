import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { MeasurementsQuery as MeasurementsResult, RecordMeasurementInput } from '../../../gql/graphql';
import { conflictCurrent, reloadOnConflict } from '../../../shared/lib/conflict';

/** Values a metric's table shows per unit (newest first). */
export const MEASUREMENTS_PAGE = 100;

export const MeasurementsQuery = graphql(`
  query Measurements($metricId: ID!, $unitId: ID, $first: Int) {
    measurements(metricId: $metricId, unitId: $unitId, first: $first) {
      id
      metricId
      unitId
      date
      value
      source
      version
      updatedAt
      unit {
        id
        name
      }
      enteredBy {
        id
        name
      }
    }
  }
`);

export type MeasurementRow = MeasurementsResult['measurements'][number];

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      metricId
      pilotId
      unitId
      date
      value
      source
      version
      updatedAt
      unit {
        id
        name
      }
      enteredBy {
        id
        name
      }
    }
  }
`);

export function useMeasurements(metricId: string, unitId: string | null) {
  return useQuery(MeasurementsQuery, {
    variables: { metricId, unitId, first: MEASUREMENTS_PAGE },
    skip: unitId === null,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/** The value a CONFLICT says the day has now (the API sends it in `extensions.current`), when it does. */
export function conflictingValue(error: unknown): number | null {
  const value = conflictCurrent(error)?.['value'];
  return typeof value === 'number' ? value : null;
}

/** Drops what a pilot's measured values feed: the value tables and the pilot's evaluation (charts, progress, gate), read again where shown. */
export function forgetMeasuredValues(cache: ApolloCache, pilotId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'measurements' });
  cache.evict({ id: cache.identify({ __typename: 'Pilot', id: pilotId }), fieldName: 'evaluation' });
}

/**
 * Enters or corrects a value. The metric's tables and the pilot's evaluation are read again where
 * shown; on CONFLICT the tables are reloaded (the other person's value) before the error is thrown.
 */
export function useRecordMeasurement() {
  const [mutate, state] = useMutation(RecordMeasurementMutation, {
    // A wave unit's values move its metric state, weeks met and its wave's pause: the roll-out reads them again where open.
    refetchQueries: ['Rollout', 'WaveUnitDetails'],
    update(cache, { data }) {
      if (data?.recordMeasurement) forgetMeasuredValues(cache, data.recordMeasurement.pilotId);
    },
  });
  const client = useApolloClient();
  const record = useCallback(
    async (input: RecordMeasurementInput) => {
      try {
        const result = await mutate({ variables: { input } });
        return result.data?.recordMeasurement ?? null;
      } catch (error) {
        await reloadOnConflict(error, () => client.refetchQueries({ include: [MeasurementsQuery] }));
        throw error;
      }
    },
    [mutate, client],
  );
  return [record, state] as const;
}
