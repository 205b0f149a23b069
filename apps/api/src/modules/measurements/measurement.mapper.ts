import type { MeasurementImportEntity } from './measurement-import.entity.js';
import type { MeasurementEntity } from './measurement.entity.js';
import type { MeasurementImportModel, MeasurementModel } from './measurement.model.js';

// Pure row → GraphQL model mappers for measurements and imports (org ids and file bytes stay inside).

export const toMeasurementModel = (row: MeasurementEntity): MeasurementModel => ({
  id: row.id,
  metricId: row.metricId,
  pilotId: row.pilotId,
  unitId: row.unitId,
  date: row.date,
  value: row.value,
  source: row.source,
  enteredById: row.enteredById,
  version: row.version,
  updatedAt: row.updatedAt,
});

export const toMeasurementImportModel = (row: Omit<MeasurementImportEntity, 'content'>): MeasurementImportModel => ({
  id: row.id,
  pilotId: row.pilotId,
  fileName: row.fileName,
  format: row.format,
  status: row.status,
  rowsTotal: row.rowsTotal,
  rowsProcessed: row.rowsProcessed,
  rowsWritten: row.rowsWritten,
  rowsUnchanged: row.rowsUnchanged,
  rowsSkipped: row.rowsSkipped,
  failure: row.failure,
  createdAt: row.createdAt,
});
