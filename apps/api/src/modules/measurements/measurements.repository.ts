import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportColumnMapping, ImportRow, MeasuredValue } from '@rollout/domain';
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
  leaseOwner: true,
  leaseExpiresAt: true,
  committedById: true,
  commitPlan: true,
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

/** The lease owner of an import waiting in the job queue for a process to write it. */
export const QUEUED_LEASE_OWNER = 'queue';

/** What a commit asked for, kept on the import for the job that writes it. */
export interface ImportCommitPlan {
  mapping: ImportColumnMapping;
  onlyValidRows: boolean;
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
  /**
   * The pilots' values as the evaluation reads them: one mean per metric, unit and ISO week, dated
   * on its Monday, from the days up to the pilot's end or `asOf`, whichever is first. The
   * evaluation depends on weekly means only (the domain's property test shows it), so PostgreSQL
   * reduces a year of daily values to 52 rows per metric and unit instead of shipping every one.
   */
  async weeklyMeansOfPilots(pilotIds: readonly string[], asOf: string): Promise<(MeasuredValue & { pilotId: string; metricId: string })[]> {
    if (pilotIds.length === 0) return [];
    const rows = await this.dataSource.query<{ pilotId: string; metricId: string; unitId: string; date: string; value: number }[]>(
      `SELECT m.pilot_id AS "pilotId", m.metric_id AS "metricId", m.unit_id AS "unitId",
              date_trunc('week', m.date)::date::text AS "date", avg(m.value) AS "value"
         FROM measurement m
         JOIN pilot p ON p.id = m.pilot_id
        WHERE m.pilot_id = ANY ($1::uuid[]) AND m.date <= least(p.end_date, $2::date)
        GROUP BY m.pilot_id, m.metric_id, m.unit_id, date_trunc('week', m.date)`,
      [pilotIds, asOf],
    );
    return rows;
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
   * Claims an import for committing, atomically: of two concurrent commits one gets it. Uploaded,
   * failed and interrupted imports can be claimed, and running ones whose lease ran out. The
   * claimer holds the lease for `leaseSeconds` and renews it while it writes.
   */
  async claimImport(em: EntityManager, orgId: string, importId: string, committedById: string, plan: ImportCommitPlan, queuedSeconds: number): Promise<boolean> {
    const [, claimed] = await em.query<[unknown[], number]>(
      `UPDATE measurement_import
          SET status = 'running', rows_processed = 0, rows_written = 0, rows_unchanged = 0, rows_skipped = 0, failure = NULL,
              committed_by_id = $3, commit_plan = $4, lease_owner = $5, lease_expires_at = now() + make_interval(secs => $6), updated_at = now()
        WHERE id = $1 AND org_id = $2
          AND (status IN ('uploaded', 'failed', 'interrupted') OR (status = 'running' AND lease_expires_at < now()))`,
      [importId, orgId, committedById, plan, QUEUED_LEASE_OWNER, queuedSeconds],
    );
    return claimed === 1;
  }

  /**
   * The job takes a queued import (or one whose writer stopped) for this process; false while
   * another process holds a live lease on it, or once it is no longer running.
   */
  async takeImport(importId: string, owner: string, leaseSeconds: number): Promise<boolean> {
    const [, taken] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE measurement_import SET lease_owner = $2, lease_expires_at = now() + make_interval(secs => $3), rows_processed = 0, updated_at = now()
        WHERE id = $1 AND status = 'running' AND (lease_owner IN ($2, $4) OR lease_expires_at < now())`,
      [importId, owner, leaseSeconds, QUEUED_LEASE_OWNER],
    );
    return taken === 1;
  }

  /**
   * Running imports whose writer stopped (its lease ran out, or `stopped` names it), handed back to
   * the queue in `em`'s transaction; returns their ids, to enqueue again in the same transaction.
   */
  async requeueAbandoned(em: EntityManager, stopped: readonly string[], queuedSeconds: number): Promise<string[]> {
    const rows = await em.query<[{ id: string }[], number]>(
      `UPDATE measurement_import SET lease_owner = $2, lease_expires_at = now() + make_interval(secs => $3), rows_processed = 0, updated_at = now()
        WHERE status = 'running' AND (id = ANY($1::uuid[]) OR lease_expires_at < now())
        RETURNING id`,
      [stopped, QUEUED_LEASE_OWNER, queuedSeconds],
    );
    return rows[0].map((row) => row.id);
  }

  /** The organizations of imports, to queue their jobs with. */
  async orgsOfImports(em: EntityManager, importIds: readonly string[]): Promise<{ id: string; orgId: string }[]> {
    if (importIds.length === 0) return [];
    return em.query(`SELECT id, org_id AS "orgId" FROM measurement_import WHERE id = ANY($1::uuid[])`, [importIds]);
  }

  /** Whether any import is still running (for tests and benchmarks waiting for the queue). */
  async anyRunningImport(importId?: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM measurement_import WHERE status = 'running' AND ($1::uuid IS NULL OR id = $1) LIMIT 1`, [importId ?? null]);
    return rows.length > 0;
  }

  /** Extends the lease (and records progress when given), on its own connection so pollers see it at once; false once the lease is lost. */
  async renewLease(importId: string, owner: string, leaseSeconds: number, rowsProcessed?: number): Promise<boolean> {
    const [, renewed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE measurement_import
          SET lease_expires_at = now() + make_interval(secs => $3), rows_processed = COALESCE($4, rows_processed), updated_at = now()
        WHERE id = $1 AND lease_owner = $2 AND status = 'running'`,
      [importId, owner, leaseSeconds, rowsProcessed ?? null],
    );
    return renewed === 1;
  }

  /** Running imports and who holds them, for finding those whose process is gone. */
  async runningImports(): Promise<{ id: string; leaseOwner: string | null }[]> {
    return this.dataSource.query(`SELECT id, lease_owner AS "leaseOwner" FROM measurement_import WHERE status = 'running'`);
  }

  /** Marks the import committed (inside its transaction) and drops the file; false when the lease was lost meanwhile. */
  async markCommitted(
    em: EntityManager,
    importId: string,
    owner: string,
    counts: { processed: number; written: number; unchanged: number; skipped: number },
  ): Promise<boolean> {
    const [, updated] = await em.query<[unknown[], number]>(
      `UPDATE measurement_import
          SET status = 'committed', content = NULL, rows_processed = $3, rows_written = $4, rows_unchanged = $5, rows_skipped = $6,
              lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [importId, owner, counts.processed, counts.written, counts.unchanged, counts.skipped],
    );
    return updated === 1;
  }

  /** Marks the import failed, if this process still holds it. */
  async markFailed(importId: string, owner: string, failure: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE measurement_import SET status = 'failed', failure = $3, lease_owner = NULL, lease_expires_at = NULL, updated_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [importId, owner, failure],
    );
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
