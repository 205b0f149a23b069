import { createHash } from 'node:crypto';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { escapeSpreadsheetCell, hiddenCharacterProblem, invalidField, isBlankRow, MEASUREMENT_CSV_COLUMNS, type MeasurementCsvColumn } from '@rollout/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ImportFormat } from './measurement-import.entity.js';

// Reading uploaded measurement files into rows of text, and writing exports. Long files are
// handled in chunks with a turn of the event loop between them, so other requests keep flowing.

/** Largest upload accepted (the REST route's body limit says the same). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Rows handled between two turns of the event loop. */
export const ROWS_PER_CHUNK = 5_000;

/** A file as a header row and data rows of text; row `i` is on line `i + 2`. */
export interface Table {
  headers: string[];
  rows: string[][];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

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
  if (!name) throw invalidField('fileName', 'Send the file’s name in the x-file-name header.');
  const hidden = hiddenCharacterProblem(name);
  if (hidden) throw invalidField('fileName', `${hidden} Rename the file and upload it again.`);
  return name.slice(-255);
}

/** CSV or XLSX, from the bytes first (an XLSX is a zip) and the extension second. */
export function detectFormat(fileName: string, bytes: Buffer): ImportFormat {
  const extension = path.extname(fileName).toLowerCase();
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || extension === '.xls') {
    throw invalidField('file', 'Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv and upload that.');
  }
  if (extension === '.xlsx') throw invalidField('file', 'This file is not a valid .xlsx workbook: save it again from Excel, or as .csv.');
  if (!['.csv', '.txt', '.tsv', ''].includes(extension)) throw invalidField('file', 'Upload a .csv or .xlsx file.');
  if (bytes.includes(0)) throw invalidField('file', 'This file is not a text (CSV) file: upload a .csv or .xlsx file.');
  return 'csv';
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

/** Index just past the newline ending the `count`-th row from `start` (quoted newlines do not end rows). */
function endOfRows(text: string, start: number, count: number): number {
  let rows = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted && ++rows === count) return i + 1;
  }
  return text.length;
}

/**
 * Parses CSV text chunk by chunk: the text is cut at row boundaries every `ROWS_PER_CHUNK` rows,
 * each piece parsed with the delimiter detected in the first (comma, semicolon, tab, …).
 */
export async function parseCsv(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  let delimiter: string | undefined;
  for (let start = 0; start < text.length; ) {
    const end = endOfRows(text, start, ROWS_PER_CHUNK);
    const piece = text.slice(start, end);
    const parsed = Papa.parse<string[]>(piece, { delimiter: delimiter ?? '', skipEmptyLines: false });
    delimiter ??= parsed.meta.delimiter;
    const data = parsed.data;
    // A piece ending in a newline parses to a trailing empty row that is not in the file.
    if (/\r?\n$/.test(piece) && data.length > 0 && data[data.length - 1]?.join('') === '') data.pop();
    for (const row of data) rows.push(row);
    start = end;
    if (start < text.length) await yieldToEventLoop();
  }
  return rows;
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

/** The first worksheet's rows as text, blank rows kept so that row `i` stays on line `i + 1`. */
export async function parseXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw invalidField('file', 'This file is not a valid .xlsx workbook: save it again from Excel, or as .csv.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.findRow(n);
    const values = row ? (row.values as ExcelJS.CellValue[]) : [];
    // `values` is 1-based (index 0 unused) and sparse.
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push(cells);
    if (n % ROWS_PER_CHUNK === 0) await yieldToEventLoop();
  }
  return rows;
}

/** Reads an uploaded file into a header row and data rows; refuses files without a header. */
export async function readTable(format: ImportFormat, bytes: Buffer): Promise<Table> {
  const all = format === 'xlsx' ? await parseXlsx(bytes) : await parseCsv(decodeText(bytes));
  const headerIndex = all.findIndex((row) => !isBlankRow(row));
  if (headerIndex !== 0) throw invalidField('file', 'The first line must name the columns (e.g. metric, unit, date, value).');
  const [headers = [], ...rows] = all;
  return { headers: headers.map((header) => header.trim()), rows };
}

/** Data rows that are not blank. */
export function countRows(table: Table): number {
  return table.rows.reduce((count, row) => (isBlankRow(row) ? count : count + 1), 0);
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportRow = Record<MeasurementCsvColumn, string | number | Date | null>;

/** CSV with a header row; every text cell escaped against formula injection. */
export function writeCsv(rows: readonly ExportRow[]): Buffer {
  const data = rows.map((row) => MEASUREMENT_CSV_COLUMNS.map((column) => escapeSpreadsheetCell(exportCell(row[column]))));
  return Buffer.from(Papa.unparse({ fields: [...MEASUREMENT_CSV_COLUMNS], data }, { newline: '\r\n' }), 'utf8');
}

const exportCell = (value: string | number | Date | null): string | number | null =>
  value instanceof Date ? value.toISOString() : value;

/** XLSX with one sheet; dates are real date cells, text cells escaped like the CSV. */
export async function writeXlsx(rows: readonly ExportRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31) || 'Measurements');
  sheet.columns = MEASUREMENT_CSV_COLUMNS.map((column) => ({ header: column, key: column, width: column === 'metric' || column === 'unit' ? 28 : 14 }));
  for (const row of rows) {
    sheet.addRow(
      MEASUREMENT_CSV_COLUMNS.map((column) => {
        const value = row[column];
        if (column === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
        if (value instanceof Date || typeof value === 'number' || value === null) return value;
        return escapeSpreadsheetCell(value);
      }),
    );
  }
  sheet.getColumn('date').numFmt = 'yyyy-mm-dd';
  sheet.getColumn('updated_at').numFmt = 'yyyy-mm-dd hh:mm:ss';
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
