import {
  createImportValidator,
  guessImportMapping,
  invalidField,
  isBlankRow,
  type ImportColumnMapping,
  type ImportRow,
  type ImportRowError,
  type ImportValidationContext,
  type ImportValidator,
  type PartialImportColumnMapping,
} from '@rollout/domain';
import type { ImportFormat } from './measurement-import.entity.js';
import { streamRows } from '../../common/files/spreadsheet-reader.js';

// Reading an uploaded file into what the import needs: its header and row count, or the rows
// checked against a pilot. Runs in a worker thread (measurement-file.worker.ts): parsing a large
// workbook takes seconds of CPU that must not stall the API's event loop.

/** The pilot's metrics, units and date range a file is checked against. */
export type FileValidationContext = Omit<ImportValidationContext, 'headers' | 'mapping' | 'maxErrors'>;

export interface ReadFileJob {
  format: ImportFormat;
  /** Check the rows against a pilot; without it only the header and the row count are read. */
  validate?: {
    context: FileValidationContext;
    /** Guessed from the header when omitted. */
    mapping?: ImportColumnMapping;
    maxErrors: number;
    /** Valid rows returned as they are (for a preview). */
    sampleRows: number;
    /** Return every valid row (packed), for writing them. */
    keepRows: boolean;
  };
}

/**
 * Valid rows as columns of numbers, so that a million of them cross from the worker without
 * copying: indexes into the context's metrics and units, days since 1970-01-01, values.
 */
export interface PackedRows {
  metric: Uint32Array;
  unit: Uint32Array;
  day: Int32Array;
  value: Float64Array;
}

export interface FileValidation {
  mapping: PartialImportColumnMapping;
  validRows: number;
  invalidRows: number;
  errors: ImportRowError[];
  sample: ImportRow[];
  rows: PackedRows | null;
}

export interface ReadFileResult {
  headers: string[];
  /** Data rows that are not blank. */
  rowsTotal: number;
  validation: FileValidation | null;
}

const DAY_MS = 86_400_000;
const NO_HEADER_MESSAGE = 'The first line must name the columns (e.g. metric, unit, date, value).';

/** Streams the file once: the header row, then every data row into the pilot's validator (if any). */
export async function readImportFile(bytes: Buffer, job: ReadFileJob): Promise<ReadFileResult> {
  let headers: string[] | null = null;
  let mapping: PartialImportColumnMapping | null = null;
  let validator: ImportValidator | null = null;
  let rowsTotal = 0;
  let line = 1;
  await streamRows(job.format, bytes, (cells) => {
    if (headers === null) {
      if (isBlankRow(cells)) throw invalidField('file', NO_HEADER_MESSAGE);
      headers = cells.map((header) => header.trim());
      if (job.validate) {
        mapping = job.validate.mapping ?? guessImportMapping(headers);
        validator = createImportValidator({ ...job.validate.context, headers, mapping, maxErrors: job.validate.maxErrors });
      }
      return;
    }
    line += 1;
    if (validator) validator.add([cells], line);
    else if (!isBlankRow(cells)) rowsTotal += 1;
  });
  if (headers === null) throw invalidField('file', NO_HEADER_MESSAGE);
  if (!job.validate || !validator || !mapping) return { headers, rowsTotal, validation: null };
  const result = (validator as ImportValidator).result();
  return {
    headers,
    rowsTotal: result.rowsTotal,
    validation: {
      mapping,
      validRows: result.valid.length,
      invalidRows: result.invalidRows,
      errors: result.errors,
      sample: result.valid.slice(0, job.validate.sampleRows),
      rows: job.validate.keepRows ? packRows(result.valid, job.validate.context) : null,
    },
  };
}

function packRows(rows: readonly ImportRow[], context: FileValidationContext): PackedRows {
  const metricIndex = new Map(context.metrics.map((metric, index) => [metric.id, index]));
  const unitIndex = new Map(context.units.map((unit, index) => [unit.id, index]));
  const packed: PackedRows = {
    metric: new Uint32Array(rows.length),
    unit: new Uint32Array(rows.length),
    day: new Int32Array(rows.length),
    value: new Float64Array(rows.length),
  };
  rows.forEach((row, i) => {
    packed.metric[i] = metricIndex.get(row.metricId) ?? 0;
    packed.unit[i] = unitIndex.get(row.unitId) ?? 0;
    packed.day[i] = Date.parse(`${row.date}T00:00:00Z`) / DAY_MS;
    packed.value[i] = row.value;
  });
  return packed;
}

/** Rows `start` to `end` (exclusive) of packed rows, with ids and dates again. */
export function unpackRows(rows: PackedRows, context: FileValidationContext, start: number, end: number): Omit<ImportRow, 'line'>[] {
  const batch: Omit<ImportRow, 'line'>[] = [];
  for (let i = start; i < Math.min(end, rows.value.length); i++) {
    batch.push({
      metricId: context.metrics[rows.metric[i] ?? 0]?.id ?? '',
      unitId: context.units[rows.unit[i] ?? 0]?.id ?? '',
      date: new Date((rows.day[i] ?? 0) * DAY_MS).toISOString().slice(0, 10),
      value: rows.value[i] ?? 0,
    });
  }
  return batch;
}

/** The typed arrays' memory, moved (not copied) to the thread that receives the result. */
export function transferables(result: ReadFileResult): ArrayBuffer[] {
  const rows = result.validation?.rows;
  return rows ? [rows.metric.buffer, rows.unit.buffer, rows.day.buffer, rows.value.buffer] as ArrayBuffer[] : [];
}
