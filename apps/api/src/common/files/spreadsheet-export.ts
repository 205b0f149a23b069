import type { Response } from 'express';
import { StreamableFile } from '@nestjs/common';
import { escapeSpreadsheetCell } from '@rollout/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

// Writing downloads (measurements, the assessment grid, the tool inventory) as CSV or XLSX, every
// text cell escaped against formula injection.

export type ExportFormat = 'csv' | 'xlsx';

/** A file to download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ExportCell = string | number | Date | null;

/** One column of an export: its header, how a row fills it, and how the XLSX shows it. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportCell;
  width?: number;
  /** `date`: a `YYYY-MM-DD` text becomes a real date cell in XLSX. `datetime`: a timestamp. */
  kind?: 'date' | 'datetime';
}

/** CSV with a header row; every text cell escaped against formula injection. */
export function writeCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Buffer {
  const data = rows.map((row) => columns.map((column) => escapeSpreadsheetCell(csvCell(column.value(row)))));
  return Buffer.from(Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: '\r\n' }), 'utf8');
}

const csvCell = (value: ExportCell): string | number | null => (value instanceof Date ? value.toISOString() : value);

/** XLSX with one sheet; dates are real date cells, text cells escaped like the CSV. */
export async function writeXlsx<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, sheetName, columns.map((column) => ({ header: column.header, width: column.width ?? 14 })));
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        if (column.kind === 'date' && typeof value === 'string' && value !== '') return new Date(`${value}T00:00:00Z`);
        return xlsxCell(value);
      }),
    );
  }
  columns.forEach((column, index) => {
    if (column.kind) sheet.getColumn(index + 1).numFmt = column.kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet of a workbook: a header row and rows of cells. */
export interface ExportSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly ExportCell[])[];
}

/** XLSX with a sheet per part (a summary of several tables); columns as wide as their text, up to a point. */
export async function writeWorkbook(sheets: readonly ExportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, headers, rows } of sheets) {
    const widest = (index: number) => Math.max(String(headers[index] ?? '').length, ...rows.map((row) => String(row[index] ?? '').length));
    const sheet = addSheet(workbook, name, headers.map((header, index) => ({ header, width: Math.min(60, Math.max(10, widest(index) + 2)) })));
    for (const row of rows) sheet.addRow(row.map(xlsxCell));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet of a workbook from export columns, as the single-list downloads write them. */
export function sheetOf<Row>(name: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[]): ExportSheet {
  return { name, headers: columns.map((column) => column.header), rows: rows.map((row) => columns.map((column) => column.value(row))) };
}

/** A workbook of several sheets as a file named `<base>.xlsx`. */
export async function workbookFile(sheets: readonly ExportSheet[], base: string): Promise<ExportFile> {
  return { fileName: `${base}.xlsx`, contentType: CONTENT_TYPES.xlsx, body: await writeWorkbook(sheets) };
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31) || 'Export');
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

const xlsxCell = (value: ExportCell): ExportCell => (value instanceof Date || typeof value === 'number' || value === null ? value : escapeSpreadsheetCell(value));

/** The rows as a file named `<base>.<format>`. */
export async function exportFile<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], format: ExportFormat, base: string, sheetName: string): Promise<ExportFile> {
  const body = format === 'csv' ? writeCsv(columns, rows) : await writeXlsx(columns, rows, sheetName);
  return { fileName: `${base}.${format}`, contentType: CONTENT_TYPES[format], body };
}

/** A record name made safe for a download's file name. */
export function safeFileName(name: string, fallback: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || fallback
  );
}

/** Sends the file as an attachment that no cache keeps. */
export function attachment(file: ExportFile, res: Response): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.body, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"`, length: file.body.length });
}
