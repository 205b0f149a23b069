import { invalidField } from '../common/errors.js';
import { guessColumns, isBlankRow, lookupBy, lookupKey, resolveColumns, unescapeSpreadsheetCell, type ImportRowError } from '../common/file-import.js';
import { parseDay, shiftDays } from './pilot-dates.js';
import type { PilotStatus } from './pilot.types.js';
import type { MetricUnit } from '../metrics/metric-catalog.js';
import { describeValueRange, metricValueProblem } from '../metrics/metric-range.js';

// Importing measurements from a spreadsheet (CSV or XLSX, already turned into rows of text) and
// exporting them so that the export imports again unchanged. Pure: the API parses files, this
// decides what each row means and why a row cannot be imported.

/** Which file column holds each field of a measurement (header names as in the file). */
export interface ImportColumnMapping {
  metric: string;
  unit: string;
  date: string;
  value: string;
}

/** A mapping that may still miss fields (a guess from the headers, or an incomplete choice). */
export type PartialImportColumnMapping = { [K in keyof ImportColumnMapping]: string | null };

export const IMPORT_FIELDS = ['metric', 'unit', 'date', 'value'] as const satisfies readonly (keyof ImportColumnMapping)[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

const FIELD_LABELS: Record<ImportField, string> = { metric: 'metric', unit: 'unit', date: 'date', value: 'value' };

/**
 * Header spellings recognised per field, best first, compared without case, spaces, underscores
 * or hyphens ("Metric key" = "metric_key" = "metrickey").
 */
const HEADER_CANDIDATES: Record<ImportField, readonly string[]> = {
  metric: ['metric', 'metrickey', 'metricname', 'successmetric', 'kpi', 'measure'],
  unit: ['unit', 'unitcode', 'unitname', 'region', 'segment', 'businessunit', 'country', 'team'],
  date: ['date', 'day', 'week', 'weekstart', 'weekof', 'weekending', 'period'],
  value: ['value', 'amount', 'actual', 'result', 'measurement'],
};

/** The mapping when every field has a column, else null. */
export function completeImportMapping(mapping: PartialImportColumnMapping): ImportColumnMapping | null {
  const { metric, unit, date, value } = mapping;
  return metric && unit && date && value ? { metric, unit, date, value } : null;
}

/**
 * Guesses which column holds each field from the header row. Each column is used for at most one
 * field; a field without a recognisable column stays null (the user picks it).
 */
export function guessImportMapping(headers: readonly string[]): PartialImportColumnMapping {
  return guessColumns(IMPORT_FIELDS, HEADER_CANDIDATES, headers);
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet cells

/** Columns of a measurement export, in order; `metric`, `unit`, `date` and `value` re-import as they are. */
export const MEASUREMENT_CSV_COLUMNS = ['metric', 'metric_key', 'unit', 'unit_code', 'date', 'value', 'source', 'entered_by', 'updated_at'] as const;
export type MeasurementCsvColumn = (typeof MEASUREMENT_CSV_COLUMNS)[number];

// ---------------------------------------------------------------------------------------------
// Dates and status

/** Values can be entered, corrected and imported until the pilot is decided; then they are the record. */
export function checkMeasurementsWritable(pilot: { status: PilotStatus }): void {
  if (pilot.status === 'decided') throw invalidField('pilotId', 'The pilot is decided: its measurements are final and can no longer change.');
}

/** Days before a pilot's start from which values may be imported: a year of baseline history. */
export const IMPORT_DAYS_BEFORE_START = 365;

/** Dates values of a pilot may have: from a year before its start to its last day, inclusive. */
export function importDateRange(pilot: { startDate: string; endDate: string }): { earliestDate: string; latestDate: string } {
  return { earliestDate: shiftDays(pilot.startDate, -IMPORT_DAYS_BEFORE_START), latestDate: pilot.endDate };
}

/** The `YYYY-MM-DD` day a cell holds, or null when it is not a real date in that format. */
export function parseImportDate(cell: string): string | null {
  const text = unescapeSpreadsheetCell(cell.trim());
  try {
    parseDay(text);
    return text;
  } catch {
    return null;
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The number a cell holds (plain notation with a dot, e.g. `-12.5`, `3e4`), or null. */
export function parseImportNumber(cell: string): number | null {
  const text = unescapeSpreadsheetCell(cell.trim());
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface ImportMetric {
  id: string;
  name: string;
  catalogKey: string | null;
  /** Bounds the values (see `metricValueRange`). */
  unit: MetricUnit;
}

export interface ImportUnit {
  id: string;
  name: string;
  code: string;
}

/** A row that can be imported. `line` is its line in the file (the header is line 1). */
export interface ImportRow {
  line: number;
  metricId: string;
  unitId: string;
  date: string;
  value: number;
}

export interface ImportValidationContext {
  /** The file's header row. */
  headers: readonly string[];
  mapping: ImportColumnMapping | PartialImportColumnMapping;
  /** The pilot's success metrics: a row names one by name or catalog key. */
  metrics: readonly ImportMetric[];
  /** The pilot's units and comparison units: a row names one by name or code. */
  units: readonly ImportUnit[];
  earliestDate: string;
  latestDate: string;
  /** Keep at most this many errors (the rest are still counted in `invalidRows`); default all. */
  maxErrors?: number;
}

export interface ImportValidationInput extends ImportValidationContext {
  /** Data rows, without the header. */
  rows: readonly (readonly string[])[];
  /** Line of the first data row; 2 when the header is line 1. */
  firstLine?: number;
}

export interface ImportValidation {
  valid: ImportRow[];
  errors: ImportRowError[];
  /** Data rows with at least one error. */
  invalidRows: number;
  /** Data rows that are not blank. */
  rowsTotal: number;
}

/** Validates rows chunk by chunk (the API yields to the event loop between chunks); duplicates are found across chunks. */
export interface ImportValidator {
  /** Validates the next rows; `firstLine` is the line of `rows[0]`. */
  add(rows: readonly (readonly string[])[], firstLine: number): void;
  result(): ImportValidation;
}

/** Creates a chunked validator; `validateImportRows` is the one-shot form. */
export function createImportValidator(context: ImportValidationContext): ImportValidator {
  const maxErrors = context.maxErrors ?? Number.POSITIVE_INFINITY;
  const metrics = lookupBy(context.metrics, (metric) => [metric.catalogKey, metric.name]);
  const units = lookupBy(context.units, (unit) => [unit.code, unit.name]);
  const valid: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOf = new Map<string, number>();
  // Files repeat the same few dozen dates: parse each text once.
  const dates = new Map<string, string | null>();
  const dateOf = (text: string) => {
    let date = dates.get(text);
    if (date === undefined) {
      date = parseImportDate(text);
      dates.set(text, date);
    }
    return date;
  };
  let invalidRows = 0;
  let rowsTotal = 0;
  const report = (error: ImportRowError) => {
    if (errors.length < maxErrors) errors.push(error);
  };

  // File-level problems: a field without a column, or a column the file does not have.
  const { columns, fileErrors } = resolveColumns(IMPORT_FIELDS, FIELD_LABELS, context.headers, context.mapping);
  fileErrors.forEach(report);
  const headerOf = (field: ImportField) => (context.headers[columns[field] ?? -1] ?? '').trim() || FIELD_LABELS[field];
  const range = `${context.earliestDate} to ${context.latestDate}`;

  function validateRow(row: readonly string[], line: number): void {
    const cell = (field: ImportField) => row[columns[field] ?? -1] ?? '';
    const rowErrors: ImportRowError[] = [];
    const fail = (field: ImportField, reason: string) => rowErrors.push({ line, column: headerOf(field), reason });

    const metricText = unescapeSpreadsheetCell(cell('metric').trim());
    const metric = metrics.get(lookupKey(metricText));
    if (metricText === '') fail('metric', 'The metric is empty.');
    else if (!metric) fail('metric', `Unknown metric "${metricText}": use the name or catalog key of one of the pilot’s success metrics.`);

    const unitText = unescapeSpreadsheetCell(cell('unit').trim());
    const unit = units.get(lookupKey(unitText));
    if (unitText === '') fail('unit', 'The unit is empty.');
    else if (!unit) fail('unit', `Unknown unit "${unitText}": use the name or code of one of the pilot’s units or comparison units.`);

    const dateText = cell('date').trim();
    const date = dateOf(dateText);
    if (dateText === '') fail('date', 'The date is empty.');
    else if (date === null) fail('date', `"${dateText}" is not a date in the format YYYY-MM-DD.`);
    else if (date < context.earliestDate || date > context.latestDate) {
      fail('date', `${date} is out of range: dates go from ${range} (a year before the pilot’s start to its end).`);
    }

    const valueText = cell('value').trim();
    const value = parseImportNumber(valueText);
    if (valueText === '') fail('value', 'The value is empty.');
    else if (value === null) fail('value', `"${valueText}" is not a number (write it like 1234.5).`);
    else if (metric && metricValueProblem(metric, value)) fail('value', `${valueText} is out of range for ${metric.name}: values go ${describeValueRange(metric)}.`);

    if (rowErrors.length === 0 && metric && unit && date !== null && value !== null) {
      const rowKey = `${metric.id}|${unit.id}|${date}`;
      const earlier = firstLineOf.get(rowKey);
      if (earlier === undefined) {
        firstLineOf.set(rowKey, line);
        valid.push({ line, metricId: metric.id, unitId: unit.id, date, value });
        return;
      }
      rowErrors.push({ line, column: null, reason: `Duplicate of line ${earlier}: same metric, unit and date.` });
    }
    invalidRows += 1;
    rowErrors.forEach(report);
  }

  return {
    add(rows, firstLine) {
      rows.forEach((row, i) => {
        if (isBlankRow(row)) return;
        rowsTotal += 1;
        if (fileErrors.length > 0) invalidRows += 1;
        else validateRow(row, firstLine + i);
      });
    },
    result: () => ({ valid, errors, invalidRows, rowsTotal }),
  };
}

/**
 * Checks every data row of an import file against the pilot: the metric (name or catalog key)
 * and unit (name or code, pilot or comparison unit) must be the pilot's, case-insensitively; the
 * date a real `YYYY-MM-DD` day in the import range; the value a number; and no metric + unit +
 * date twice in the file. Blank rows are skipped. When the mapping misses a field or names a
 * column the file does not have, the error is on line 1 and every row is invalid.
 */
export function validateImportRows(input: ImportValidationInput): ImportValidation {
  const validator = createImportValidator(input);
  validator.add(input.rows, input.firstLine ?? 2);
  return validator.result();
}
