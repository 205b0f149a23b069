import { fileTooLargeMessage, MAX_TABLE_FILE_BYTES, type TableImportPreview, type TableImportResult } from '@rollout/domain';
import { postFile } from './upload';

// The two routes of an import read whole (the assessment grid, the tool inventory): the API keeps
// no copy of such a small file, so the wizard keeps it and sends it again to commit.

const isPreview = <P>(body: unknown): body is P => typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
const isResult = (body: unknown): body is TableImportResult => typeof body === 'object' && body !== null && typeof (body as TableImportResult).written === 'number';

export interface TableImportRoutes<F extends string, P extends TableImportPreview<F>> {
  /** Checks the file against the program (with the columns chosen, or guessed when null): nothing is written. */
  preview(file: File, mapping: Record<F, string | null> | null, signal?: AbortSignal): Promise<P>;
  /** Writes every row of the file in one transaction, or none when any row has a problem. */
  commit(file: File, mapping: Record<F, string | null>): Promise<TableImportResult>;
}

/**
 * The preview and commit calls of `/api/programs/:programId/<route>/{preview,commit}`; `forbidden`
 * says what a 403 means ("You do not have permission to import into this program’s grid.").
 */
export function tableImportRoutes<F extends string, P extends TableImportPreview<F>>(programId: string, route: string, forbidden: string): TableImportRoutes<F, P> {
  const statusMessages: Record<number, string> = {
    401: 'Your session has ended. Please sign in again.',
    403: forbidden,
    404: 'This program does not exist or you cannot see it.',
    413: fileTooLargeMessage(MAX_TABLE_FILE_BYTES),
  };
  const url = (step: 'preview' | 'commit', mapping: Record<F, string | null> | null) =>
    `/api/programs/${encodeURIComponent(programId)}/${route}/${step}${mapping ? `?mapping=${encodeURIComponent(JSON.stringify(mapping))}` : ''}`;
  return {
    preview: (file, mapping, signal) => postFile(url('preview', mapping), file, isPreview<P>, statusMessages, signal),
    commit: (file, mapping) => postFile(url('commit', mapping), file, isResult, statusMessages),
  };
}
