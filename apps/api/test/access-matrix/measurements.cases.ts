import { aSuccessMetric } from '../factories/pilot.factory.js';
import { EVERYONE, field, PROGRAM_MANAGERS, type Case, type World } from './world.js';

/** A pilot's measurements: reading, recording them one by one, importing a file of them. */

/**
 * An uploaded one-row file for a fresh pilot of the manager's (measurements block). With
 * `valueExists`, the row's value is already stored, so committing it writes nothing.
 */
async function aMeasurementImport(w: World, valueExists = false): Promise<string> {
  const pilot = await w.pilot();
  const metric = await aSuccessMetric(w.app.dataSource, pilot);
  const csv = `metric,unit,date,value\nLead response time,${w.country.code},2026-01-12,4\n`;
  if (valueExists) {
    await w.app.dataSource.query(
      `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id) VALUES ($1, $2, $3, $4, $5, '2026-01-12', 4, 'manual', $6)`,
      [w.org.id, metric.id, pilot.id, pilot.programId, w.country.id, w.users.manager.id],
    );
  }
  const rows = await w.app.dataSource.query<{ id: string }[]>(
    `INSERT INTO measurement_import (org_id, pilot_id, file_name, format, sha256, content, rows_total, created_by_id)
     VALUES ($1, $2, 'values.csv', 'csv', repeat('0', 64), $3, 1, $4) RETURNING id`,
    [w.org.id, pilot.id, Buffer.from(csv), w.users.manager.id],
  );
  return rows[0]?.id ?? '';
}

export const MEASUREMENT_CASES: Case[] = [
  {
    operation: 'measurements',
    document: 'query($id: ID!) { measurements(metricId: $id) { id unit { id } enteredBy { id } } }',
    variables: async (w) => ({ id: (await aSuccessMetric(w.app.dataSource, await w.pilot())).id }),
    allowed: EVERYONE,
  },
  {
    operation: 'measurementImport',
    scope: 'program owned by manager',
    document: 'query($id: ID!) { measurementImport(id: $id) { id status } }',
    variables: async (w) => ({ id: await aMeasurementImport(w) }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'recordMeasurement',
    scope: 'unit inside the partner’s region',
    document: 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
    variables: async (w) => ({ input: { metricId: (await aSuccessMetric(w.app.dataSource, await w.pilot({ status: 'running' }))).id, unitId: w.country.id, date: '2026-01-12', value: 4 } }),
    allowed: [...PROGRAM_MANAGERS, 'partner'],
    effect: { sql: 'SELECT value, source FROM measurement WHERE metric_id = $1 AND unit_id = $2', params: (v) => [field(v, 'metricId'), field(v, 'unitId')], rows: [{ value: 4, source: 'manual' }] },
  },
  {
    operation: 'recordMeasurement',
    scope: 'unit outside the partner’s region',
    document: 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
    variables: async (w) => ({ input: { metricId: (await aSuccessMetric(w.app.dataSource, await w.pilot({ status: 'running' }))).id, unitId: w.elsewhere.id, date: '2026-01-12', value: 4 } }),
    allowed: PROGRAM_MANAGERS,
    effect: { sql: 'SELECT value, source FROM measurement WHERE metric_id = $1 AND unit_id = $2', params: (v) => [field(v, 'metricId'), field(v, 'unitId')], rows: [{ value: 4, source: 'manual' }] },
  },
  {
    operation: 'previewMeasurementImport',
    scope: 'program owned by manager',
    document: 'mutation($input: PreviewMeasurementImportInput!) { previewMeasurementImport(input: $input) { validRows } }',
    variables: async (w) => ({ input: { importId: await aMeasurementImport(w) } }),
    allowed: PROGRAM_MANAGERS,
  },
  {
    operation: 'commitMeasurementImport',
    scope: 'program owned by manager',
    document: 'mutation($input: CommitMeasurementImportInput!) { commitMeasurementImport(input: $input) { id status } }',
    // The file's value is already there, so the background commit changes nothing (and audits nothing).
    variables: async (w) => ({ input: { importId: await aMeasurementImport(w, true), mapping: { metric: 'metric', unit: 'unit', date: 'date', value: 'value' }, onlyValidRows: false } }),
    allowed: PROGRAM_MANAGERS,
  },
];
