import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';

export const CatalogActivitiesQuery = graphql(`
  query CatalogActivities($programId: ID!) {
    program(id: $programId) {
      id
      assessment {
        id
        capabilities {
          id
          name
          activities {
            id
            name
          }
        }
      }
    }
  }
`);

/** Select options of a program's catalog: one group per capability, in catalog order. */
export interface ActivityOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** The program's catalog activities, grouped by capability, for the fields that tag pilots and lessons. */
export function useCatalogActivities(programId: string) {
  const query = useQuery(CatalogActivitiesQuery, { variables: { programId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const groups = useMemo<ActivityOptionGroup[]>(
    () =>
      (query.data?.program.assessment.capabilities ?? [])
        .map((capability) => ({ group: capability.name, items: capability.activities.map((activity) => ({ value: activity.id, label: activity.name })) }))
        .filter((group) => group.items.length > 0),
    [query.data],
  );
  return { groups, loading: query.loading && !query.data };
}

/** An activity's name among the options, for messages after a save. */
export function activityLabel(groups: readonly ActivityOptionGroup[], activityId: string): string | undefined {
  return groups.flatMap((group) => group.items).find((item) => item.value === activityId)?.label;
}
