import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { ProgramFilter, ProgramSort } from '../../../gql/graphql';
import type { ProgramListParams } from './useProgramListParams';

export const PROGRAMS_PAGE_SIZE = 25;

export const ProgramsQuery = graphql(`
  query Programs($filter: ProgramFilter, $sort: ProgramSort, $first: Int, $after: String) {
    programs(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...ProgramRow
      }
    }
  }
`);

/** The query variables for list params; empty filters are left out. */
export function programListVariables(params: ProgramListParams) {
  const filter: ProgramFilter = {};
  const search = params.search.trim();
  if (search) filter.search = search;
  if (params.phases.length > 0) filter.phases = params.phases;
  if (params.statuses.length > 0) filter.statuses = params.statuses;
  if (params.models.length > 0) filter.models = params.models;
  if (params.includeArchived) filter.includeArchived = true;
  const sort: ProgramSort = { field: params.sortField, direction: params.sortDirection };
  return { filter, sort, first: PROGRAMS_PAGE_SIZE };
}

export function usePrograms(params: ProgramListParams) {
  const query = useQuery(ProgramsQuery, {
    variables: programListVariables(params),
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const { fetchMore } = query;
  // While another filter or sort loads, keep showing the last list instead of flashing skeletons.
  const data = query.data ?? query.previousData;
  const endCursor = data?.programs.pageInfo.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    ...query,
    data,
    /** True while the list shown is from other filters and the new one is on its way. */
    stale: query.data === undefined && query.previousData !== undefined,
    loadMore,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
  };
}
