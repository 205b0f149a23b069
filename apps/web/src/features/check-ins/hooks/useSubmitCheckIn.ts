import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { CheckInSubmitMutation as CheckInSubmitResult, SubmitCheckInInput } from '../../../gql/graphql';

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
      unit {
        id
        name
      }
      submittedBy {
        id
        name
      }
    }
  }
`);

type SubmittedCheckIn = CheckInSubmitResult['submitCheckIn'];

/**
 * Puts a submitted check-in where the screens read it, without refetching them: the pilot's
 * check-in list (newest week first, then unit), the unit's report (its latest check-in; no longer
 * silent) and the week's owed check-in. The gate's flags read whether each unit's latest check-in is
 * green, so the pilot's evaluation is dropped (and refetched by a screen showing it) only when that
 * may have changed.
 */
export function writeSubmittedCheckIn(cache: ApolloCache, checkIn: SubmittedCheckIn): void {
  const id = cache.identify(checkIn);
  const pilotId = cache.identify({ __typename: 'Pilot', id: checkIn.pilotId });
  if (!id || !pilotId) return;
  let greenMayHaveChanged = true;
  cache.modify<{ lastCheckIn: Reference | null; stale: boolean }>({
    id: cache.identify({ __typename: 'PilotUnitReport', pilotId: checkIn.pilotId, unitId: checkIn.unitId }),
    fields: {
      lastCheckIn(existing, { readField, toReference }) {
        const latestWeek = existing ? readField<string>('weekStart', existing) : undefined;
        if (existing && latestWeek !== undefined && latestWeek > checkIn.weekStart) {
          greenMayHaveChanged = false;
          return existing;
        }
        // Another check-in was the latest: its status is still in the cache to compare with.
        const before = existing && readField<string>('id', existing) !== checkIn.id ? readField<string>('status', existing) : undefined;
        if (before !== undefined) greenMayHaveChanged = (before === 'green') !== (checkIn.status === 'green');
        return toReference(id) ?? existing;
      },
      stale: () => false,
    },
  });
  cache.modify<{ checkIns: readonly Reference[] }>({
    id: pilotId,
    fields: {
      checkIns(existing, { readField, toReference }) {
        const ref = toReference(id);
        if (!ref || existing.some((item) => readField('id', item) === checkIn.id)) return existing;
        const after = (item: Reference) => {
          const week = readField<string>('weekStart', item) ?? '';
          return week < checkIn.weekStart || (week === checkIn.weekStart && (readField<string>('unitId', item) ?? '') > checkIn.unitId);
        };
        const at = existing.findIndex(after);
        return at === -1 ? [...existing, ref] : [...existing.slice(0, at), ref, ...existing.slice(at)];
      },
    },
  });
  cache.modify<{ checkIn: Reference | null; stale: boolean }>({
    id: cache.identify({ __typename: 'OwedCheckIn', pilot: { __typename: 'Pilot', id: checkIn.pilotId }, unitId: checkIn.unitId, weekStart: checkIn.weekStart }),
    fields: {
      checkIn: (existing, { toReference }) => toReference(id) ?? existing,
      stale: () => false,
    },
  });
  if (greenMayHaveChanged) cache.evict({ id: pilotId, fieldName: 'evaluation' });
}

/** Submits (or updates) a unit's weekly check-in and updates the cached screens (see writeSubmittedCheckIn). */
export function useSubmitCheckIn() {
  const [mutate, state] = useMutation(CheckInSubmitMutation, {
    // A unit rolling out reports on the scaled pilot: its card and drawer (last check-in, stale) read again where open.
    refetchQueries: ['Rollout', 'WaveUnitDetails'],
    update(cache, { data }) {
      if (data?.submitCheckIn) writeSubmittedCheckIn(cache, data.submitCheckIn);
    },
  });
  const submit = useCallback(
    async (input: SubmitCheckInInput) => {
      const result = await mutate({ variables: { input } });
      return result.data?.submitCheckIn ?? null;
    },
    [mutate],
  );
  return [submit, state] as const;
}
