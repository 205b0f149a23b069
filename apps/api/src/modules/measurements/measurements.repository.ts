import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportRow, MeasuredValue } from '@rollout/domain';
import { DataSource, In, type DeepPartial, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { UnitEntity } from '../units/unit.entity.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementEntity } from './measurement.entity.js';

/** An import as the service sees it: every column but the file itself. */
export type ImportRecord = Omit<MeasurementImportEntity, 'content'>;

/** Every column but the file itself: polling must not read megabytes. */
const IMPORT_SELECT: FindOptionsSelect<MeasurementImportEntity> = {
  id: true,
  orgId: true,
  pilotId: true,
  fileName: true,
  format: true,
  sha256: true,
  status: true,
  rowsTotal: true,
  rowsProcessed: true,
  rowsWritten: true,
  rowsUnchanged: true,
  rowsSkipped: true,
  failure: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
};

/** One row of a pilot's measurement export. */
export interface ExportQueryRow {
  metric: string;
  metric_key: string | null;
  unit: string;
  unit_code: string;
  date: string;
  value: number;
  source: string;
  entered_by: string | null;
  updated_at: Date;
}

/** Who writes an import's rows, into which pilot. */
export interface ImportWriter {
  orgId: string;
  pilotId: string;
  programId: string;
  enteredById: string;
  importId: string;
}

/** The measurements feature's SQL: values, imports and exports. */
@Injectable()
export class MeasurementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(em: EntityManager, key: { metricId: string; unitId: string; date: string }): Promise<MeasurementEntity | null> {
    return em.findOneBy(MeasurementEntity, key);
  }

  async insert(em: EntityManager, values: DeepPartial<MeasurementEntity>): Promise<MeasurementEntity> {
    return em.save(em.create(MeasurementEntity, values));
  }

  /** A metric's values, newest day first (then by unit), optionally of one unit. */
  async list(orgId: string, filter: { metricId: string; unitId?: string; first: number }): Promise<MeasurementEntity[]> {
    return this.dataSource.getRepository(MeasurementEntity).find({
      where: { metricId: filter.metricId, orgId, ...(filter.unitId ? { unitId: filter.unitId } : {}) },
      order: { date: 'DESC', unitId: 'ASC' },
      take: filter.first,
    });
  }

  /** Every value of the pilots, for evaluating them. */
  async valuesOfPilots(pilotIds: readonly string[]): Promise<(MeasuredValue & { pilotId: string; metricId: string })[]> {
    if (pilotIds.length === 0) return [];
    return this.dataSource
      .getRepository(MeasurementEntity)
      .createQueryBuilder('m')
      .select(['m.pilotId', 'm.metricId', 'm.unitId', 'm.date', 'm.value'])
      .where('m.pilot_id IN (:...pilotIds)', { pilotIds })
      .getMany();
  }

  /** Units a file may name, with the names and codes it may use for them. */
  async units(em: EntityManager, orgId: string, unitIds: readonly string[]): Promise<UnitEntity[]> {
    return em.find(UnitEntity, { where: { id: In([...unitIds]), orgId } });
  }

  /** A pilot's values for export, one row per metric, unit and day, with names for people. */
  async exportRows(orgId: string, pilotId: string): Promise<ExportQueryRow[]> {
    return this.dataSource.query<ExportQueryRow[]>(
      `SELECT sm.name AS metric, sm.catalog_key AS metric_key, u.name AS unit, u.code AS unit_code, m.date, m.value,
              m.source, usr.name AS entered_by, m.updated_at
         FROM measurement m
         JOIN success_metric sm ON sm.id = m.metric_id
         JOIN unit u ON u.id = m.unit_id
         LEFT JOIN app_user usr ON usr.id = m.entered_by_id
        WHERE m.pilot_id = $1 AND m.org_id = $2
        ORDER BY sm.created_at, sm.id, u.name, u.id, m.date`,
      [pilotId, orgId],
    );
  }

  // ---- imports

  /** The import, without its file, if it belongs to the organization. */
  async findImport(orgId: string, importId: string): Promise<ImportRecord | null> {
    return this.dataSource.getRepository(MeasurementImportEntity).findOne({ select: IMPORT_SELECT, where: { id: importId, orgId } });
  }

  /** The stored file, or null once committed (the file is dropped then). */
  async importContent(importId: string): Promise<Buffer | null> {
    const rows = await this.dataSource.query<{ content: Buffer | null }[]>(`SELECT content FROM measurement_import WHERE id = $1`, [importId]);
    return rows[0]?.content ?? null;
  }

  async insertImport(em: EntityManager, values: DeepPartial<MeasurementImportEntity>): Promise<MeasurementImportEntity> {
    return em.save(em.create(MeasurementImportEntity, values));
  }

  /**
   * Claims an import for committing, atomically: of two concurrent commits one gets it. Uploaded
   * and failed imports can be claimed, and running ones whose progress stopped `staleMinutes` ago.
   */
  async claimImport(orgId: string, importId: string, staleMinutes: number): Promise<boolean> {
    const [, claimed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE measurement_import
          SET status = 'running', rows_processed = 0, rows_written = 0, rows_unchanged = 0, rows_skipped = 0, failure = NULL, updated_at = now()
        WHERE id = $1 AND org_id = $2
          AND (status IN ('uploaded', 'failed') OR (status = 'running' AND updated_at < now() - make_interval(mins => $3)))`,
      [importId, orgId, staleMinutes],
    );
    return claimed === 1;
  }

  /** Progress, written on its own connection so pollers see it before the import's transaction commits. */
  async reportProgress(importId: string, rowsProcessed: number): Promise<void> {
    await this.dataSource.query(`UPDATE measurement_import SET rows_processed = $2, updated_at = now() WHERE id = $1`, [importId, rowsProcessed]);
  }

  /** Marks the import committed (inside its transaction) and drops the file. */
  async markCommitted(em: EntityManager, importId: string, counts: { processed: number; written: number; unchanged: number; skipped: number }): Promise<void> {
    await em.query(
      `UPDATE measurement_import
          SET status = 'committed', content = NULL, rows_processed = $2, rows_written = $3, rows_unchanged = $4, rows_skipped = $5, updated_at = now()
        WHERE id = $1`,
      [importId, counts.processed, counts.written, counts.unchanged, counts.skipped],
    );
  }

  async markFailed(importId: string, failure: string): Promise<void> {
    await this.dataSource.query(`UPDATE measurement_import SET status = 'failed', failure = $2, updated_at = now() WHERE id = $1`, [importId, failure]);
  }

  /**
   * Writes one batch as a single multi-row upsert. A row whose value is already there is left
   * alone (no version bump, no audit entry): re-importing a file changes nothing. Returns the rows
   * that added or changed a value.
   */
  async upsertImported(em: EntityManager, writer: ImportWriter, batch: readonly Omit<ImportRow, 'line'>[]): Promise<number> {
    const written = await em.query<unknown[]>(
      `INSERT INTO measurement (org_id, metric_id, pilot_id, program_id, unit_id, date, value, source, entered_by_id, import_id)
       SELECT $1, t.metric_id, $2, $3, t.unit_id, t.date, t.value, 'import', $4, $5
         FROM unnest($6::uuid[], $7::uuid[], $8::date[], $9::float8[]) AS t(metric_id, unit_id, date, value)
       ON CONFLICT (metric_id, unit_id, date) DO UPDATE
          SET value = EXCLUDED.value, source = 'import', entered_by_id = EXCLUDED.entered_by_id, import_id = EXCLUDED.import_id,
              version = measurement.version + 1, updated_at = now()
        WHERE measurement.value IS DISTINCT FROM EXCLUDED.value
       RETURNING 1`,
      [
        writer.orgId,
        writer.pilotId,
        writer.programId,
        writer.enteredById,
        writer.importId,
        batch.map((row) => row.metricId),
        batch.map((row) => row.unitId),
        batch.map((row) => row.date),
        batch.map((row) => row.value),
      ],
    );
    return written.length;
  }
}
