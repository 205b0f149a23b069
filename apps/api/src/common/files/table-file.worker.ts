import { workerData } from 'node:worker_threads';
import { answerParent, workerBytes } from './file-worker.js';
import { streamRows, type SpreadsheetFormat } from './spreadsheet-reader.js';

// Entry of the worker thread that reads a small uploaded file whole (started by table-file-reader.ts).

const { bytes, format, maxRows } = workerData as { bytes: Uint8Array; format: SpreadsheetFormat; maxRows: number };

async function readTable(): Promise<string[][]> {
  const rows: string[][] = [];
  await streamRows(format, workerBytes(bytes), (cells) => rows.push(cells), maxRows);
  return rows;
}

answerParent(readTable());
