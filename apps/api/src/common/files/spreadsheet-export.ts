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
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]*?/\\:]/g, ' ').slice(0, 31) || 'Export');
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 14 }));
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        if (column.kind === 'date' && typeof value === 'string' && value !== '') return new Date(`${value}T00:00:00Z`);
        if (value instanceof Date || typeof value === 'number' || value === null) return value;
        return escapeSpreadsheetCell(value);
      }),
    );
  }
  columns.forEach((column, index) => {
    if (column.kind) sheet.getColumn(index + 1).numFmt = column.kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
  });
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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
