import type { DataSource } from 'typeorm';
import { MeasurementImportService } from '../../src/modules/measurements/measurement-import.service.js';
import type { TestApp } from './test-app.js';

/** Every business table: those carrying `org_id`, and the organization itself (the audit log is evidence, not business data). */
export async function businessTables(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ table: string }[]>(
    `SELECT table_name AS table FROM information_schema.columns
      WHERE table_schema = 'public' AND (column_name = 'org_id' OR table_name = 'organization') AND table_name <> 'audit_event'
      GROUP BY table_name ORDER BY 1`,
  );
  return rows.map((row) => row.table);
}

/** Row count and a checksum of every row (the sum of each row's 64-bit hash), per business table. */
export type Snapshot = Record<string, string>;

/**
 * Snapshots of every business table in one statement, to tell whether a call wrote anything:
 * counts alone miss an update, and audit rows miss a table without a trigger. The checksum is a sum,
 * so it needs no order: sorting every row's text (as an md5 over them did) was most of the access
 * matrix's and the fuzzer's time, which take thousands of snapshots.
 */
export async function snapshotter(dataSource: DataSource): Promise<() => Promise<Snapshot>> {
  const tables = await businessTables(dataSource);
  const sql = tables
    .map((table) => `SELECT '${table}' AS table, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) AS sum FROM "${table}" t`)
    .join(' UNION ALL ');
  return async () => Object.fromEntries((await dataSource.query<{ table: string; sum: string }[]>(sql)).map((row) => [row.table, row.sum]));
}

/**
 * Snapshots taken once this process's import commits have finished: a commit writes in the
 * background, so its rows would otherwise be blamed on whichever call comes next.
 */
export async function settledSnapshotter(app: TestApp): Promise<() => Promise<Snapshot>> {
  const snapshot = await snapshotter(app.dataSource);
  const imports = app.app.get(MeasurementImportService);
  return async () => {
    await imports.settledAll();
    return snapshot();
  };
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
