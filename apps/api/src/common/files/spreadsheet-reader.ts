import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DomainError, hiddenCharacterProblem, invalidField } from '@rollout/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

// Reading uploaded spreadsheets (CSV or XLSX) row by row, in a worker thread (see file-worker.ts),
// refusing hostile ones cheaply. Every import (measurements, the assessment grid, the tool
// inventory) reads its files with these; each may set a lower row limit.

/** The kinds of file an import reads. */
export type SpreadsheetFormat = 'csv' | 'xlsx';

/** Most data rows a file may have unless its import sets fewer (blank rows count: they keep line numbers). */
export const MAX_IMPORT_ROWS = 1_000_000;
/** Most columns a row may have. */
export const MAX_IMPORT_COLUMNS = 50;
/** Most bytes an XLSX may unpack to (all its zip entries together): a 1,000,000-row sheet is about 190 MB. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
/** Most entries in an XLSX zip (a workbook has a few dozen). */
const MAX_XLSX_ENTRIES = 10_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const counts = new Intl.NumberFormat('en-US');
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const tooManyRows = (maxRows: number) => invalidField('file', `The file has more than ${counts.format(maxRows)} rows: split it into several files.`);
const TOO_MANY_COLUMNS_MESSAGE = `A row has more than ${MAX_IMPORT_COLUMNS} columns: keep only the columns to import (and a few others).`;
const UNPACKS_TOO_LARGE_MESSAGE = `This workbook unpacks to more than ${megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)}: split it into several files, or save it as .csv.`;
const INVALID_XLSX_MESSAGE = 'This file is not a valid .xlsx workbook: save it again from Excel, or as .csv.';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's name without folders or control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not URI-encoded: keep as sent.
  }
  // eslint-disable-next-line no-control-regex
  name = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name) throw invalidField('fileName', 'Name the file: send it as a multipart file part, or name it in the fileName query parameter or the x-file-name header.');
  const hidden = hiddenCharacterProblem(name);
  if (hidden) throw invalidField('fileName', `${hidden} Rename the file and upload it again.`);
  return name.slice(-255);
}

/** CSV or XLSX, from the bytes first (an XLSX is a zip) and the extension second. */
export function detectFormat(fileName: string, bytes: Buffer): SpreadsheetFormat {
  const extension = path.extname(fileName).toLowerCase();
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || extension === '.xls') {
    throw invalidField('file', 'Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv and upload that.');
  }
  if (extension === '.xlsx') throw invalidField('file', INVALID_XLSX_MESSAGE);
  if (!['.csv', '.txt', '.tsv', ''].includes(extension)) throw invalidField('file', 'Upload a .csv or .xlsx file.');
  if (bytes.includes(0)) throw invalidField('file', 'This file is not a text (CSV) file: upload a .csv or .xlsx file.');
  return 'csv';
}

/**
 * Refuses a zip bomb before unpacking anything: reads the zip's central directory (at its end)
 * and adds up the sizes its entries say they unpack to. Entries that lie about their size are
 * stopped by the row and column limits and by the reading worker's memory limit.
 */
export function checkZipSizes(bytes: Buffer): void {
  const END_SIGNATURE = 0x06054b50;
  const ENTRY_SIGNATURE = 0x02014b50;
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) throw invalidField('file', INVALID_XLSX_MESSAGE);
  const entries = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // Zip64 (0xffff / 0xffffffff markers) is only needed beyond 4 GB: far past the limit.
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw invalidField('file', UNPACKS_TOO_LARGE_MESSAGE);
  if (entries > MAX_XLSX_ENTRIES) throw invalidField('file', INVALID_XLSX_MESSAGE);
  let unpacked = 0;
  let at = directoryOffset;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ENTRY_SIGNATURE) throw invalidField('file', INVALID_XLSX_MESSAGE);
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) throw invalidField('file', UNPACKS_TOO_LARGE_MESSAGE);
    unpacked += size;
    if (unpacked > MAX_XLSX_UNCOMPRESSED_BYTES) throw invalidField('file', UNPACKS_TOO_LARGE_MESSAGE);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

/** CSV text: UTF-8 (with or without BOM), else Windows-1252 as older Excel versions save it. */
function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A cell as text; dates become `YYYY-MM-DD` (Excel stores them as UTC days). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return String(value.error);
  return '';
}

/** Receives the file's rows in order, the header first; row `i` is line `i + 1`. */
export type RowHandler = (cells: string[]) => void;

/**
 * Streams an uploaded file's rows (the first worksheet of an XLSX) to `onRow`, blank rows
 * included, refusing files over the row, column or unpacked-size limits as soon as they show.
 * Neither the whole sheet nor the whole table is ever held in memory.
 */
export async function streamRows(format: SpreadsheetFormat, bytes: Buffer, onRow: RowHandler, maxRows = MAX_IMPORT_ROWS): Promise<void> {
  let lines = 0;
  const emit = (cells: string[]) => {
    if (++lines > maxRows + 1) throw tooManyRows(maxRows);
    if (cells.length > MAX_IMPORT_COLUMNS) throw invalidField('file', TOO_MANY_COLUMNS_MESSAGE);
    onRow(cells);
  };
  if (format === 'csv') streamCsv(decodeText(bytes), emit);
  else await streamXlsx(bytes, emit, () => lines, maxRows);
}

/** CSV rows one by one, with the delimiter Papa detects (comma, semicolon, tab, …). */
function streamCsv(text: string, emit: RowHandler): void {
  let failure: Error | undefined;
  Papa.parse<string[]>(text, {
    delimiter: '',
    skipEmptyLines: false,
    step: (result, parser) => {
      try {
        emit(result.data);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
}

/** Readings of a workbook before one is taken as invalid (see streamXlsx). */
const XLSX_READ_ATTEMPTS = 3;

/**
 * The first worksheet's rows, read as a stream; gaps between row numbers become blank rows.
 * ExcelJS's stream reader now and then starts a worksheet before it has read the workbook's list of
 * sheets (a race, seen about once in 150 readings of a small file on a busy machine: "Cannot read
 * properties of undefined (reading 'sheets')"). It fails before any row, so the file is read again
 * from the start; a file that fails after rows were passed on is refused.
 */
async function streamXlsx(bytes: Buffer, emit: RowHandler, emitted: () => number, maxRows: number): Promise<void> {
  checkZipSizes(bytes);
  for (let attempt = 1; ; attempt++) {
    try {
      await readFirstWorksheet(bytes, emit, emitted, maxRows);
      return;
    } catch (error) {
      const raced = error instanceof TypeError && emitted() === 0 && attempt < XLSX_READ_ATTEMPTS;
      if (!raced) throw error instanceof DomainError ? error : invalidField('file', INVALID_XLSX_MESSAGE);
    }
  }
}

async function readFirstWorksheet(bytes: Buffer, emit: RowHandler, emitted: () => number, maxRows: number): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const number = Number.isInteger(row.number) && row.number > emitted() ? row.number : emitted() + 1;
      // A row number far down the sheet is refused by the row limit before its gap is filled.
      if (number > maxRows + 1) throw tooManyRows(maxRows);
      while (emitted() < number - 1) emit([]);
      // `values` is 1-based (index 0 unused) and sparse.
      const values = row.values as ExcelJS.CellValue[];
      if (values.length - 1 > MAX_IMPORT_COLUMNS) throw invalidField('file', TOO_MANY_COLUMNS_MESSAGE);
      const cells: string[] = [];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
      emit(cells);
    }
    // Only the first worksheet is read.
    break;
  }
}
