import type { GridImportMapping, GridImportPreview, GridImportResult } from '@rollout/domain';
import { postFile } from '../../../shared/import/upload';

const isPreview = (body: unknown): body is GridImportPreview => typeof body === 'object' && body !== null && Array.isArray((body as GridImportPreview).errors);
const isResult = (body: unknown): body is GridImportResult => typeof body === 'object' && body !== null && typeof (body as GridImportResult).written === 'number';

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Please sign in again.',
  403: 'You do not have permission to import into this program’s grid.',
  404: 'This program does not exist or you cannot see it.',
  413: 'The file is larger than 5 MB: split it into several files.',
};

const importUrl = (programId: string, step: 'preview' | 'commit', mapping: GridImportMapping | null) =>
  `/api/programs/${encodeURIComponent(programId)}/assessment-grid-imports/${step}${mapping ? `?mapping=${encodeURIComponent(JSON.stringify(mapping))}` : ''}`;

/**
 * Checks a grid file against the program: nothing is written. The API keeps no copy (a grid file is
 * small), so the wizard keeps the file and sends it again to commit.
 */
export async function previewGridFile(programId: string, file: File, mapping: GridImportMapping | null, signal?: AbortSignal): Promise<GridImportPreview> {
  return postFile(importUrl(programId, 'preview', mapping), file, isPreview, STATUS_MESSAGES, signal);
}

/** Writes every row of the file in one transaction, or none when any row has a problem. */
export async function commitGridFile(programId: string, file: File, mapping: GridImportMapping): Promise<GridImportResult> {
  return postFile(importUrl(programId, 'commit', mapping), file, isResult, STATUS_MESSAGES);
}
