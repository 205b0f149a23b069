import { z } from 'zod';

// What every spreadsheet import shares (measurements, the assessment grid, the tool inventory): the
// file's rows arrive as text; a mapping names the column of each field; rows fail with a line,
// a column and a reason. Cells are escaped against formula injection on export and unescaped here.

/** Largest measurement file (a million rows stream through a job). */
export const MAX_MEASUREMENT_FILE_BYTES = 20 * 1024 * 1024;
/** Largest file of an import read whole (the assessment grid, the tool inventory): a few thousand rows at most. */
export const MAX_TABLE_FILE_BYTES = 5 * 1024 * 1024;

/** "The file is larger than 5 MB: split it into several files." */
export function fileTooLargeMessage(maxBytes: number): string {
  return `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB: split it into several files.`;
}

/** Why a row (or, on line 1, the whole file) cannot be imported; `column` is the file column at fault. */
export interface ImportRowError {
  line: number;
  column: string | null;
  reason: string;
}

/** A row with no text in any cell: ignored (not counted, not an error). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

// Spreadsheets also read the full-width forms (＝ ＋ － ＠, as typed with a CJK input method) as
// formula starters.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell starting with = + - @ (or their
 * full-width forms ＝ ＋ － ＠), tab or carriage return would run as a formula ("CSV injection"), so
 * it gets a leading apostrophe. Numbers are
 * written as they are: a number cannot be a formula. Null and undefined become empty cells.
 */
export function escapeSpreadsheetCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `escapeSpreadsheetCell` on an imported cell, so an export imports again unchanged. */
export function unescapeSpreadsheetCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** How names are compared in a file: without case or surrounding spaces. */
export const lookupKey = (text: string) => text.trim().toLowerCase();

/** Items by each of their names (compared with `lookupKey`); earlier names of an item win over later ones of another (a unit's code over another's name). */
export function lookupBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | null)[]): Map<string, T> {
  const map = new Map<string, T>();
  const rounds = Math.max(0, ...items.map((item) => keysOf(item).length));
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const name = keysOf(item)[round];
      if (name && !map.has(lookupKey(name))) map.set(lookupKey(name), item);
    }
  }
  return map;
}

/** Finds a mapped header's column: exact text first, then ignoring case and surrounding spaces. */
export function columnIndex(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((header) => lookupKey(header) === lookupKey(name));
}

const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.()]+/g, '');

/**
 * Guesses which column holds each field from the header row: `candidates` lists spellings per
 * field, best first, compared without case, spaces, underscores, hyphens, dots or brackets. Each
 * column is used for at most one field; a field without a recognisable column stays null.
 */
export function guessColumns<F extends string>(fields: readonly F[], candidates: Record<F, readonly string[]>, headers: readonly string[]): Record<F, string | null> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping = Object.fromEntries(fields.map((field) => [field, null])) as Record<F, string | null>;
  for (const field of fields) {
    for (const candidate of candidates[field]) {
      const index = normalized.findIndex((header, i) => header === normalizeHeader(candidate) && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[field] = (headers[index] ?? '').trim();
        break;
      }
    }
  }
  return mapping;
}

/**
 * The column of each mapped field, and the file's problems on line 1: a required field without a
 * column, or a column the file does not have. `labels` name the fields in messages.
 */
export function resolveColumns<F extends string>(
  fields: readonly F[],
  labels: Record<F, string>,
  headers: readonly string[],
  mapping: Partial<Record<F, string | null>>,
  optional: readonly F[] = [],
): { columns: Partial<Record<F, number>>; fileErrors: ImportRowError[] } {
  const columns: Partial<Record<F, number>> = {};
  const fileErrors: ImportRowError[] = [];
  for (const field of fields) {
    const name = mapping[field];
    if (name === null || name === undefined || name.trim() === '') {
      if (!optional.includes(field)) fileErrors.push({ line: 1, column: null, reason: `No column is chosen for the ${labels[field]}.` });
      continue;
    }
    const index = columnIndex(headers, name);
    if (index < 0) fileErrors.push({ line: 1, column: name, reason: `The file has no column "${name}" (for the ${labels[field]}).` });
    else columns[field] = index;
  }
  return { columns, fileErrors };
}

/**
 * Reads a column mapping the client sent as JSON text (`{ field: header | null }`); absent fields
 * are null. Null when the text is not such a mapping.
 */
export function parseImportMapping<F extends string>(fields: readonly F[], raw: unknown): Record<F, string | null> | null {
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    return null;
  }
  const schema = z.object(Object.fromEntries(fields.map((field) => [field, z.string().max(200).nullish()])));
  const parsed = schema.safeParse(value);
  if (!parsed.success) return null;
  return Object.fromEntries(fields.map((field) => [field, parsed.data[field] ?? null])) as Record<F, string | null>;
}

/** A whole file checked against what it imports into: the rows to write and every problem. */
export interface TableImportValidation<Row> {
  valid: Row[];
  errors: ImportRowError[];
  /** Data rows that are not blank. */
  rowsTotal: number;
  /** Rows with at least one error. */
  invalidRows: number;
}

/** The counts every whole-file import's preview shows. */
export interface TableImportPreview<F extends string> {
  fileName: string;
  headers: string[];
  mapping: Record<F, string | null>;
  /** Data rows that are not blank. */
  rowsTotal: number;
  /** Rows with at least one error. */
  invalidRows: number;
  /** Valid rows adding a record, changing one, or repeating what it holds. */
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
  /** The first 200 errors. */
  errors: ImportRowError[];
}

/** What a committed whole-file import did. */
export interface TableImportResult {
  written: number;
  unchanged: number;
}

/** Why a commit wrote nothing: "2 rows have errors (line 3: …): preview the file and fix them." */
export function importRefusalMessage(invalidRows: number, errors: readonly ImportRowError[]): string {
  const first = errors[0];
  const where = first && first.line > 1 ? `line ${first.line}: ` : '';
  const rows = invalidRows || 1;
  return `${rows} ${rows === 1 ? 'row has' : 'rows have'} errors (${where}${first?.reason ?? ''}): preview the file and fix them.`;
}
