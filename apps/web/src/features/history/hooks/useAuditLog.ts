import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { AuditLogFilter } from '../../../gql/graphql';
import { AUDIT_RECORD_TYPES, type AuditRecordType } from '@rollout/domain';

export const AUDIT_LOG_PAGE_SIZE = 25;

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      endCursor
      nodes {
        id
        ...AuditLogEntry
      }
    }
  }
`);

/** People the log can be narrowed to (also deactivated ones); entries arrive with their names. */
export const AuditLogLookupsQuery = graphql(`
  query AuditLogLookups {
    users(includeInactive: true) {
      id
      name
      email
    }
  }
`);

export interface AuditLogParams {
  actorId: string | null;
  recordType: AuditRecordType | null;
  /** `YYYY-MM-DD` or empty. */
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function hasAuditLogFilters(params: AuditLogParams): boolean {
  return params.actorId !== null || params.recordType !== null || params.from !== '' || params.to !== '';
}

/** Why the dates cannot be searched, if they cannot. */
export function auditLogDateError(params: AuditLogParams): string | null {
  if (params.from && params.to && params.from > params.to) return 'The end date must be on or after the start date.';
  return null;
}

/** The query variables for the filters; empty ones are left out. */
export function auditLogVariables(params: AuditLogParams) {
  const filter: AuditLogFilter = {};
  if (params.actorId) filter.actorId = params.actorId;
  if (params.recordType) filter.recordType = params.recordType;
  if (DATE.test(params.from)) filter.from = params.from;
  if (DATE.test(params.to)) filter.to = params.to;
  return { filter, first: AUDIT_LOG_PAGE_SIZE };
}

/** Where the filtered log downloads as CSV (the API's `GET /api/audit-log.csv`, same filters). */
export function auditLogCsvUrl(params: AuditLogParams): string {
  const { filter } = auditLogVariables(params);
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string')).toString();
  return `/api/audit-log.csv${query ? `?${query}` : ''}`;
}

/** Audit-log filters, kept in the URL so a filtered view can be shared and survives reloads. */
export function useAuditLogParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<AuditLogParams>(() => {
    const type = searchParams.get('type');
    return {
      actorId: searchParams.get('user') || null,
      recordType: AUDIT_RECORD_TYPES.find((item) => item === type) ?? null,
      from: searchParams.get('from') ?? '',
      to: searchParams.get('to') ?? '',
    };
  }, [searchParams]);

  const update = useCallback(
    (changes: Partial<AuditLogParams>) => {
      const next = { ...params, ...changes };
      const out = new URLSearchParams();
      if (next.actorId) out.set('user', next.actorId);
      if (next.recordType) out.set('type', next.recordType);
      if (next.from) out.set('from', next.from);
      if (next.to) out.set('to', next.to);
      setSearchParams(out, { replace: true });
    },
    [params, setSearchParams],
  );
  const reset = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { params, update, reset };
}

export function useAuditLog(params: AuditLogParams) {
  const dateError = auditLogDateError(params);
  const query = useQuery(AuditLogQuery, {
    variables: auditLogVariables(params),
    // Always fresh from the server: the log grows with every change anyone makes.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
    skip: dateError !== null,
  });
  const { fetchMore } = query;
  const data = query.data ?? query.previousData;
  const endCursor = data?.auditLog.endCursor;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    ...query,
    data,
    dateError,
    stale: query.data === undefined && query.previousData !== undefined,
    loadMore,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
  };
}

export function useAuditLogLookups() {
  return useQuery(AuditLogLookupsQuery, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    errorPolicy: 'all',
  });
}
