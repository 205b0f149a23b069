import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql';
import type { CommitMeasurementImportInput, PreviewMeasurementImportInput } from '../../../gql/graphql';

/** Largest file the API accepts (it answers 413 above this). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** How often the dialog asks how far a running import has got. */
export const IMPORT_POLL_MS = 500;

/** File endings the API reads as CSV or XLSX. */
export const IMPORT_FILE_ACCEPT = '.csv,.xlsx,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** An upload the API refused, with its `{ code, message }`. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function isUploadedImport(value: unknown): value is UploadedImport {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body['importId'] === 'string' && typeof body['fileName'] === 'string' && typeof body['rowsTotal'] === 'number';
}

function errorBody(value: unknown): { code: string; message: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const body = value as Record<string, unknown>;
  const message = body['message'];
  const code = body['code'];
  return typeof message === 'string' ? { code: typeof code === 'string' ? code : 'BAD_USER_INPUT', message } : null;
}

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Please sign in again.',
  403: 'You do not have permission to import values into this pilot.',
  404: 'This pilot does not exist or you cannot see it.',
  413: 'The file is larger than 20 MB: split it into several files.',
};

/**
 * Sends a file's bytes to the API, which keeps it for preview and commit. GraphQL carries no files,
 * so this is a plain POST with the session cookie; errors become `UploadError`s with a sentence to show.
 */
export async function uploadMeasurementFile(pilotId: string, file: File, signal?: AbortSignal): Promise<UploadedImport> {
  let response: Response;
  try {
    response = await fetch(`/api/pilots/${encodeURIComponent(pilotId)}/measurement-imports`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new UploadError('Cannot reach the server. Check your connection and try again.', 'NETWORK', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isUploadedImport(body)) return body;
  const problem = errorBody(body);
  const message =
    problem && response.status < 500
      ? problem.message
      : (STATUS_MESSAGES[response.status] ?? `The upload failed (HTTP ${response.status}). Please try again.`);
  throw new UploadError(message, problem?.code ?? 'INTERNAL_SERVER_ERROR', response.status);
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

const counts = new Intl.NumberFormat('en-US');

/** `1204` → `1,204`. */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** `12 KB`, `1.4 MB`: a file's size for people. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
