import {
  escapeSpreadsheetCell,
  guessColumns,
  isBlankRow,
  lookupBy,
  lookupKey,
  resolveColumns,
  unescapeSpreadsheetCell,
  type ImportRowError,
  type TableImportPreview,
  type TableImportResult,
  type TableImportValidation,
} from '../common/file-import.js';
import { RACI_DOMAIN_COLUMN, RACI_VALUE_LABELS, RACI_VALUES, type RaciCell, type RaciDomain, type RaciMatrix, type RaciRole, type RaciValue } from './raci.js';

// The RACI matrix as a spreadsheet: a Domain column, then one column per role holding R, A, C, I
// or nothing. Pure: the API reads the file into rows of text, this decides what each row writes.
//
// The import checks the file, not the matrix: two Accountables or a missing Responsible in a row are
// written as they are, and the matrix shows them as errors (validateRaci) like any edit would. A
// file may carry a half-finished matrix; refusing it would only make people fix it twice.

export const RACI_IMPORT_FIELDS = ['domain'] as const;
export type RaciImportField = (typeof RACI_IMPORT_FIELDS)[number];
/** Which file column names the domain; every other column is a role, read by its header. */
export type RaciImportMapping = Record<RaciImportField, string | null>;

const FIELD_LABELS: Record<RaciImportField, string> = { domain: RACI_DOMAIN_COLUMN };
const HEADER_CANDIDATES: Record<RaciImportField, readonly string[]> = { domain: [RACI_DOMAIN_COLUMN, 'decisiondomain', 'decision', 'decisionright'] };

/** Guesses the domain column from the header row; the export's own header is always recognised. */
export function guessRaciImportMapping(headers: readonly string[]): RaciImportMapping {
  return guessColumns(RACI_IMPORT_FIELDS, HEADER_CANDIDATES, headers);
}

/** The matrix as a file: the header row, then one row per domain, in matrix order, names escaped against formulas. */
export function raciFileTable(matrix: RaciMatrix): { headers: string[]; rows: string[][] } {
  const valueOf = new Map(matrix.cells.map((cell) => [`${cell.domainId}:${cell.roleId}`, cell.value]));
  return {
    headers: [RACI_DOMAIN_COLUMN, ...matrix.roles.map((role) => escapeSpreadsheetCell(role.name))],
    rows: matrix.domains.map((domain) => [escapeSpreadsheetCell(domain.name), ...matrix.roles.map((role) => valueOf.get(`${domain.id}:${role.id}`) ?? '')]),
  };
}

export interface RaciImportContext {
  /** Defaults to the guess from the header row. */
  mapping?: Partial<RaciImportMapping>;
  domains: readonly RaciDomain[];
  roles: readonly RaciRole[];
}

/** A row to write: the domain's cell for every role column of the file (null clears it). Roles without a column are left as they are. */
export interface RaciImportRow {
  line: number;
  domainId: string;
  cells: { roleId: string; value: RaciValue | null }[];
}

export type RaciImportValidation = TableImportValidation<RaciImportRow>;

const VALUE_NAMES = new Map<string, RaciValue>(RACI_VALUES.flatMap((value) => [[lookupKey(value), value] as const, [lookupKey(RACI_VALUE_LABELS[value]), value] as const]));
const VALUE_CHOICES = 'use R, A, C or I (or Responsible, Accountable, Consulted, Informed), or leave the cell empty';

/** The role of each column but the domain's (undefined for a column without a header), and the header's problems on line 1. */
function roleColumns(headers: readonly string[], domainColumn: number, roles: readonly RaciRole[]) {
  const byName = lookupBy(roles, (role) => [role.name]);
  const columns: { index: number; header: string; role: RaciRole | undefined }[] = [];
  const fileErrors: ImportRowError[] = [];
  const seen = new Set<string>();
  headers.forEach((raw, index) => {
    const header = unescapeSpreadsheetCell(raw.trim());
    if (index === domainColumn) return;
    if (header === '') {
      columns.push({ index, header, role: undefined });
      return;
    }
    const role = byName.get(lookupKey(header));
    if (!role) {
      fileErrors.push({ line: 1, column: header, reason: `Unknown role "${header}": use the names of the RACI’s roles (${roles.map((known) => known.name).join(', ')}), or add the role first.` });
    } else if (seen.has(role.id)) {
      fileErrors.push({ line: 1, column: header, reason: `A second column for ${role.name}: keep one.` });
    } else {
      seen.add(role.id);
      columns.push({ index, header, role });
    }
  });
  return { columns, fileErrors };
}

/**
 * Checks a RACI file: the domain column (mapped or guessed) names a domain of the matrix (any case),
 * once per file; every other header names a role of the matrix, once (a column without a header is
 * ignored while it is empty); each cell is R, A, C, I, their long forms (any case), or empty (which
 * clears the cell). Domains and roles are never created by a file. A problem with the headers fails
 * every row on line 1. Blank rows are skipped; `rows[0]` is line `firstLine` (2 when the header is line 1).
 */
export function validateRaciImport(context: RaciImportContext, headers: readonly string[], rows: readonly (readonly string[])[], firstLine = 2): RaciImportValidation {
  const domains = lookupBy(context.domains, (domain) => [domain.name]);
  const resolved = resolveColumns(RACI_IMPORT_FIELDS, FIELD_LABELS, headers, context.mapping ?? guessRaciImportMapping(headers));
  const domainColumn = resolved.columns.domain;
  const domainHeader = headers[domainColumn ?? -1]?.trim() ?? RACI_DOMAIN_COLUMN;
  // Without a domain column, every other header would read as an unknown role: report the domain column alone.
  const { columns, fileErrors } = domainColumn === undefined ? { columns: [], fileErrors: [] } : roleColumns(headers, domainColumn, context.roles);
  const headerErrors = [...resolved.fileErrors, ...fileErrors];
  const result: RaciImportValidation = { valid: [], errors: [...headerErrors], rowsTotal: 0, invalidRows: 0 };
  const firstLineOf = new Map<string, number>();

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    result.rowsTotal += 1;
    if (headerErrors.length > 0 || domainColumn === undefined) {
      result.invalidRows += 1;
      return;
    }
    const line = firstLine + index;
    const rowErrors: ImportRowError[] = [];
    const cellAt = (column: number) => unescapeSpreadsheetCell((row[column] ?? '').trim());

    const name = cellAt(domainColumn);
    const domain = domains.get(lookupKey(name));
    if (name === '') rowErrors.push({ line, column: domainHeader, reason: 'The domain is empty.' });
    else if (!domain) rowErrors.push({ line, column: domainHeader, reason: `Unknown domain "${name}": use the names of the RACI’s domains, or add the domain first.` });
    else {
      const earlier = firstLineOf.get(domain.id);
      if (earlier === undefined) firstLineOf.set(domain.id, line);
      else rowErrors.push({ line, column: domainHeader, reason: `Duplicate of line ${earlier}: the same domain twice.` });
    }

    const cells: RaciImportRow['cells'] = [];
    const withoutRole = (text: string) => rowErrors.push({ line, column: null, reason: `"${text}" is in a column without a role: name the role in line 1, or clear the column.` });
    for (const column of columns) {
      const text = cellAt(column.index);
      if (!column.role) {
        if (text !== '') withoutRole(text);
        continue;
      }
      const value = text === '' ? null : VALUE_NAMES.get(lookupKey(text));
      if (value === undefined) rowErrors.push({ line, column: column.header, reason: `"${text}" is not a RACI letter: ${VALUE_CHOICES}.` });
      else cells.push({ roleId: column.role.id, value });
    }
    // Cells past the header row's last column have no role either.
    for (let column = headers.length; column < row.length; column++) if (cellAt(column) !== '') withoutRole(cellAt(column));

    if (rowErrors.length === 0 && domain) {
      result.valid.push({ line, domainId: domain.id, cells });
      return;
    }
    result.invalidRows += 1;
    result.errors.push(...rowErrors);
  });
  return result;
}

/** One cell the import changes: from what it holds (null = empty) to the file's value. */
export interface RaciCellChange {
  domainId: string;
  roleId: string;
  from: RaciValue | null;
  to: RaciValue | null;
}

/** What a valid row does: "new" fills a domain that has no filled cell yet, "changed" changes some, "unchanged" repeats what it holds. */
export interface PlannedRaciImport {
  kind: 'new' | 'changed' | 'unchanged';
  row: RaciImportRow;
  changes: RaciCellChange[];
}

/** What a RACI file would do (the preview route's answer). */
export interface RaciImportPreview extends TableImportPreview<RaciImportField> {
  /** Cells the import fills, changes or clears. */
  cellsChanged: number;
}

export type RaciImportResult = TableImportResult;

/** The cells each valid row changes against the matrix's current cells. */
export function planRaciImport(rows: readonly RaciImportRow[], existing: readonly RaciCell[]): PlannedRaciImport[] {
  const valueOf = new Map(existing.map((cell) => [`${cell.domainId}:${cell.roleId}`, cell.value]));
  const filledDomains = new Set(existing.map((cell) => cell.domainId));
  return rows.map((row) => {
    const changes = row.cells.flatMap(({ roleId, value }) => {
      const from = valueOf.get(`${row.domainId}:${roleId}`) ?? null;
      return from === value ? [] : [{ domainId: row.domainId, roleId, from, to: value }];
    });
    const kind = changes.length === 0 ? 'unchanged' : filledDomains.has(row.domainId) ? 'changed' : 'new';
    return { kind, row, changes };
  });
}
