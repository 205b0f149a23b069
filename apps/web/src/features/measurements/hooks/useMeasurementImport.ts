import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { fileTooLargeMessage, MAX_MEASUREMENT_FILE_BYTES } from '@rollout/domain';
import { graphql } from '../../../gql';
import { formatCount, postFile } from '../../../shared/import/upload';
import type { CommitMeasurementImportInput, PreviewMeasurementImportInput } from '../../../gql/graphql';

/** How often the dialog asks how far a running import has got. */
export const IMPORT_POLL_MS = 500;

export const PreviewMeasurementImportMutation = graphql(`
  mutation PreviewMeasurementImport($input: PreviewMeasurementImportInput!) {
    previewMeasurementImport(input: $input) {
      import {
        id
        fileName
        format
        status
        rowsTotal
        rowsProcessed
        rowsWritten
        rowsUnchanged
        rowsSkipped
        failure
      }
      columns
      mapping {
        metric
        unit
        date
        value
      }
      rowsTotal
      validRows
      invalidRows
      errors {
        line
        column
        reason
      }
      sample {
        line
        metric
        unit
        date
        value
      }
    }
  }
`);

export const CommitMeasurementImportMutation = graphql(`
  mutation CommitMeasurementImport($input: CommitMeasurementImportInput!) {
    commitMeasurementImport(input: $input) {
      id
      fileName
      format
      status
      rowsTotal
      rowsProcessed
      rowsWritten
      rowsUnchanged
      rowsSkipped
      failure
    }
  }
`);

export const MeasurementImportQuery = graphql(`
  query MeasurementImport($id: ID!) {
    measurementImport(id: $id) {
      id
      fileName
      format
      status
      rowsTotal
      rowsProcessed
      rowsWritten
      rowsUnchanged
      rowsSkipped
      failure
    }
  }
`);

/** What `POST /api/pilots/:pilotId/measurement-imports` answers. */
export interface UploadedImport {
  importId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  rowsTotal: number;
}

function isUploadedImport(value: unknown): value is UploadedImport {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body['importId'] === 'string' && typeof body['fileName'] === 'string' && typeof body['rowsTotal'] === 'number';
}

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Please sign in again.',
  403: 'You do not have permission to import values into this pilot.',
  404: 'This pilot does not exist or you cannot see it.',
  413: fileTooLargeMessage(MAX_MEASUREMENT_FILE_BYTES),
};

/** Sends a file's bytes to the API, which keeps it for preview and commit; errors become `UploadError`s with a sentence to show. */
export async function uploadMeasurementFile(pilotId: string, file: File, signal?: AbortSignal): Promise<UploadedImport> {
  return postFile(`/api/pilots/${encodeURIComponent(pilotId)}/measurement-imports`, file, isUploadedImport, STATUS_MESSAGES, signal);
}

export function usePreviewMeasurementImport() {
  const [mutate, state] = useMutation(PreviewMeasurementImportMutation);
  const preview = useCallback(
    async (input: PreviewMeasurementImportInput) => {
      const result = await mutate({ variables: { input } });
      if (!result.data) throw new Error('The check returned nothing.');
      return result.data.previewMeasurementImport;
    },
    [mutate],
  );
  return [preview, state] as const;
}

export function useCommitMeasurementImport() {
  const [mutate, state] = useMutation(CommitMeasurementImportMutation);
  const commit = useCallback(
    async (input: CommitMeasurementImportInput) => {
      const result = await mutate({ variables: { input } });
      if (!result.data) throw new Error('The import did not start.');
      return result.data.commitMeasurementImport;
    },
    [mutate],
  );
  return [commit, state] as const;
}

/** Polls an import every 500 ms until it is committed or failed; `null` id polls nothing. */
export function useMeasurementImportProgress(importId: string | null, done: boolean) {
  return useQuery(MeasurementImportQuery, {
    variables: { id: importId ?? '' },
    skip: importId === null,
    fetchPolicy: 'network-only',
    pollInterval: done ? 0 : IMPORT_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
}

/** The counts an import ends with. */
export interface ImportOutcome {
  rowsWritten: number;
  rowsUnchanged: number;
  rowsSkipped: number;
}

/**
 * One line on what a committed import did: "1,204 values written, 0 unchanged, 3 skipped", or
 * for a file already imported, "0 written, 1,204 unchanged — nothing changed".
 */
export function importSummary({ rowsWritten, rowsUnchanged, rowsSkipped }: ImportOutcome): string {
  const skipped = rowsSkipped > 0 ? `, ${formatCount(rowsSkipped)} skipped` : '';
  if (rowsWritten === 0) return `0 written, ${formatCount(rowsUnchanged)} unchanged${skipped} — nothing changed`;
  const written = `${formatCount(rowsWritten)} ${rowsWritten === 1 ? 'value' : 'values'} written`;
  return `${written}, ${formatCount(rowsUnchanged)} unchanged, ${formatCount(rowsSkipped)} skipped`;
}
