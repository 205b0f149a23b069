import {
  OPERATING_MODELS,
  PROGRAM_PHASES,
  PROGRAM_SORT_FIELDS,
  PROGRAM_STATUSES,
  type OperatingModel,
  type ProgramPhase,
  type ProgramSortField,
  type ProgramStatus,
} from '@rollout/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDirection = 'asc' | 'desc';

export interface ProgramListParams {
  search: string;
  phases: ProgramPhase[];
  statuses: ProgramStatus[];
  models: OperatingModel[];
  includeArchived: boolean;
  sortField: ProgramSortField;
  sortDirection: SortDirection;
}

export const DEFAULT_PROGRAM_LIST_PARAMS: ProgramListParams = {
  search: '',
  phases: [],
  statuses: [],
  models: [],
  includeArchived: false,
  sortField: 'updated_at',
  sortDirection: 'desc',
};

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

function one<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** Whether anything narrows the list (then an empty list means "no match", not "no programs"). */
export function hasActiveFilters(params: ProgramListParams): boolean {
  return (
    params.search.trim() !== '' ||
    params.phases.length > 0 ||
    params.statuses.length > 0 ||
    params.models.length > 0 ||
    params.includeArchived
  );
}

/** List search, filters and sort, kept in the URL so back/forward and shared links keep them. */
export function useProgramListParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo<ProgramListParams>(
    () => ({
      search: searchParams.get('q') ?? '',
      phases: pick(searchParams.getAll('phase'), PROGRAM_PHASES),
      statuses: pick(searchParams.getAll('status'), PROGRAM_STATUSES),
      models: pick(searchParams.getAll('model'), OPERATING_MODELS),
      includeArchived: searchParams.get('archived') === '1',
      sortField: one(searchParams.get('sort'), PROGRAM_SORT_FIELDS, DEFAULT_PROGRAM_LIST_PARAMS.sortField),
      sortDirection: one(searchParams.get('dir'), ['asc', 'desc'] as const, DEFAULT_PROGRAM_LIST_PARAMS.sortDirection),
    }),
    [searchParams],
  );

  const update = useCallback(
    (changes: Partial<ProgramListParams>) => {
      const next = { ...params, ...changes };
      const out = new URLSearchParams();
      if (next.search.trim()) out.set('q', next.search.trim());
      next.phases.forEach((value) => out.append('phase', value));
      next.statuses.forEach((value) => out.append('status', value));
      next.models.forEach((value) => out.append('model', value));
      if (next.includeArchived) out.set('archived', '1');
      if (next.sortField !== DEFAULT_PROGRAM_LIST_PARAMS.sortField) out.set('sort', next.sortField);
      if (next.sortDirection !== DEFAULT_PROGRAM_LIST_PARAMS.sortDirection) out.set('dir', next.sortDirection);
      setSearchParams(out, { replace: true });
    },
    [params, setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(new URLSearchParams(), { replace: true });
  }, [setSearchParams]);

  return { params, update, reset };
}
