import { useQuery } from '@apollo/client/react';
import { PROGRAM_PHASES, type ProgramPhase } from '@rollout/domain';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';

export const PortfolioQuery = graphql(`
  query Portfolio($filter: PortfolioFilter) {
    portfolio(filter: $filter) {
      asOf
      programs {
        id
        name
        phase
        status
        ownerName
        health
        healthReason
        unitCount
        liveCount
        adoptedCount
        blockedCount
        adoption {
          week
          live
          adopted
        }
        pilots {
          id
          name
          status
          recommendation
          decision
          keyMetric {
            metric {
              id
              name
              unit
              direction
              target
            }
            state
            current
            weekly
          }
        }
      }
      filterUnits {
        id
        name
        kind
        depth
      }
      owners {
        id
        name
      }
      checkInMix {
        weekStart
        green
        amber
        red
      }
    }
    # The heat map's top level, in the same request: both read the portfolio's facts once.
    portfolioHeatMap(filter: $filter, parentId: null) {
      ...HeatMapRowFields
    }
  }
`);

/** The portfolio's filter as its address carries it, so a view can be shared; the exports read the same names. */
export interface PortfolioParams {
  region: string | null;
  businessUnit: string | null;
  owner: string | null;
  phase: ProgramPhase | null;
}

const PARAM_NAMES = ['region', 'businessUnit', 'owner', 'phase'] as const;

/** The address's query string for the filter (the page's own and its downloads'). */
export function portfolioSearch(params: PortfolioParams): string {
  const search = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const value = params[name];
    if (value) search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function usePortfolioParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<PortfolioParams>(() => {
    const phase = searchParams.get('phase');
    return {
      region: searchParams.get('region'),
      businessUnit: searchParams.get('businessUnit'),
      owner: searchParams.get('owner'),
      phase: PROGRAM_PHASES.find((value) => value === phase) ?? null,
    };
  }, [searchParams]);
  const update = useCallback(
    (patch: Partial<PortfolioParams>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  const reset = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);
  const filtered = PARAM_NAMES.some((name) => params[name] !== null);
  return { params, update, reset, filtered };
}

/** The filter as the API takes it. */
export const portfolioFilter = (params: PortfolioParams) => ({ regionId: params.region, businessUnitId: params.businessUnit, ownerId: params.owner, phase: params.phase });

/**
 * The portfolio for the filter; the previous one stays on screen (dimmed by the page) while a new
 * filter loads. `shownFilter` is the filter of what is on screen, for the parts that read more of it
 * (the heat map's levels).
 */
export function usePortfolio(params: PortfolioParams) {
  const filter = useMemo(() => portfolioFilter(params), [params]);
  const result = useQuery(PortfolioQuery, { variables: { filter }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  // Remembered from the render whose data matched its filter (React's "state from a previous render").
  const [shownFilter, setShownFilter] = useState(filter);
  if (result.data && shownFilter !== filter) setShownFilter(filter);
  return { ...result, data: result.data ?? result.previousData, stale: result.data === undefined && result.previousData !== undefined, shownFilter: result.data ? filter : shownFilter };
}
