import { MEASUREMENT_CSV_COLUMNS, type MeasurementCsvColumn } from '@rollout/domain';
import type { ExportColumn } from '../../common/files/spreadsheet-export.js';

// The measurement export's columns: the import reads the file back unchanged.

export type ExportRow = Record<MeasurementCsvColumn, string | number | Date | null>;

/** The export's columns, named as the import reads them back. */
export const MEASUREMENT_EXPORT_COLUMNS: readonly ExportColumn<ExportRow>[] = MEASUREMENT_CSV_COLUMNS.map((column) => ({
  header: column,
  value: (row: ExportRow) => row[column],
  width: column === 'metric' || column === 'unit' ? 28 : 14,
  ...(column === 'date' ? { kind: 'date' as const } : column === 'updated_at' ? { kind: 'datetime' as const } : {}),
}));
