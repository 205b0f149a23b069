import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AuditRecordType, RecordHistoryQuery as RecordHistoryResult } from '../../../gql/graphql';

/** The most the API returns per record: the latest changes, oldest first. */
export const RECORD_HISTORY_LIMIT = 200;

export const RecordHistoryQuery = graphql(`
  query RecordHistory($recordType: AuditRecordType!, $recordId: ID!, $first: Int) {
    recordHistory(recordType: $recordType, recordId: $recordId, first: $first) {
      id
      at
      operation
      recordType
      recordId
      actor {
        id
        name
      }
      changes {
        field
        from
        to
      }
      action
      subject
      suffix
      details
    }
  }
`);

export type RecordHistoryEntry = RecordHistoryResult['recordHistory'][number];

export function useRecordHistory(recordType: AuditRecordType, recordId: string) {
  return useQuery(RecordHistoryQuery, {
    variables: { recordType, recordId, first: RECORD_HISTORY_LIMIT },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
