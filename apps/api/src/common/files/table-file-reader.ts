import { DomainError, fileTooLargeMessage, invalidField, MAX_TABLE_FILE_BYTES, parseImportMapping } from '@rollout/domain';
import { runFileWorker } from './file-worker.js';
import { cleanFileName, detectFormat } from './spreadsheet-reader.js';

/** Most rows of an import read whole: a grid or an inventory has a few thousand at most, so this leaves room and keeps the import synchronous. */
const MAX_TABLE_ROWS = 20_000;
/** Errors a preview lists; the rest are counted. */
export const MAX_LISTED_IMPORT_ERRORS = 200;

/** An uploaded file read whole: its header and its data rows (line 2 onwards). */
export interface UploadedTable {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/**
 * Reads a small upload (an import of at most MAX_TABLE_ROWS rows: the assessment grid, the tool inventory) whole,
 * in a worker thread like every upload; larger imports (measurements) stream and pack their rows.
 */
export async function readUploadedTable(rawFileName: string | undefined, bytes: Buffer): Promise<UploadedTable> {
  const fileName = cleanFileName(rawFileName);
  if (bytes.length === 0) throw invalidField('file', 'The file is empty.');
  if (bytes.length > MAX_TABLE_FILE_BYTES) throw invalidField('file', fileTooLargeMessage(MAX_TABLE_FILE_BYTES));
  const format = detectFormat(fileName, bytes);
  const [header, ...rows] = await runFileWorker<string[][]>('common/files/table-file.worker.js', { bytes, format, maxRows: MAX_TABLE_ROWS });
  if (!header || rows.length === 0) throw invalidField('file', 'The file has no rows under its header.');
  return { fileName, headers: header.map((cell) => cell.trim()), rows };
}

/** The column mapping the client chose, sent as JSON text; a typed error when it cannot be read. */
export function chosenMapping<F extends string>(fields: readonly F[], raw: unknown): Record<F, string | null> {
  const mapping = parseImportMapping(fields, raw);
  if (!mapping) throw new DomainError('BAD_USER_INPUT', 'The column mapping could not be read: choose the columns again.', [{ field: 'mapping', message: 'Choose the columns again.' }]);
  return mapping;
}
