import { invalidField } from '@rollout/domain';
import { runFileWorker } from './file-worker.js';
import { cleanFileName, detectFormat } from './spreadsheet-reader.js';

/** An uploaded file read whole: its header and its data rows (line 2 onwards). */
export interface UploadedTable {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/**
 * Reads a small upload (an import of at most `maxRows` rows, such as the assessment grid) whole,
 * in a worker thread like every upload; larger imports (measurements) stream and pack their rows.
 */
export async function readUploadedTable(rawFileName: string | undefined, bytes: Buffer, limits: { maxBytes: number; maxRows: number }): Promise<UploadedTable> {
  const fileName = cleanFileName(rawFileName);
  if (bytes.length === 0) throw invalidField('file', 'The file is empty.');
  if (bytes.length > limits.maxBytes) throw invalidField('file', `The file is larger than ${Math.round(limits.maxBytes / (1024 * 1024))} MB: split it into several files.`);
  const format = detectFormat(fileName, bytes);
  const [header, ...rows] = await runFileWorker<string[][]>('common/files/table-file.worker.js', { bytes, format, maxRows: limits.maxRows });
  if (!header || rows.length === 0) throw invalidField('file', 'The file has no rows under its header.');
  return { fileName, headers: header.map((cell) => cell.trim()), rows };
}
