import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertCan,
  assertNotArchived,
  checkMeasurementsWritable,
  createImportValidator,
  DomainError,
  guessImportMapping,
  id,
  importDateRange,
  invalidField,
  parseId,
  parseInput,
  type Actor,
  type ImportColumnMapping,
  type ImportRow,
  type ImportValidation,
  type ImportValidationContext,
  type PartialImportColumnMapping,
} from '@rollout/domain';
import { DataSource, In, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { z } from 'zod';
import { AppError, NotFoundError } from '../../common/errors/app-error.js';
import { logger } from '../../common/logging/logger.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { programAccess } from '../programs/program-access.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { UnitEntity } from '../units/unit.entity.js';
import { MeasurementImportEntity, type ImportFormat } from './measurement-import.entity.js';
import type { CommitMeasurementImportInput, PreviewMeasurementImportInput } from './measurement.input.js';
import { toMeasurementImportModel } from './measurement.mapper.js';
import type { ImportPreviewModel, MeasurementImportModel } from './measurement.model.js';
import { cleanFileName, countRows, detectFormat, MAX_IMPORT_BYTES, readTable, ROWS_PER_CHUNK, sha256, type Table } from './measurement-spreadsheet.js';
import { PilotEntity } from './pilot.entity.js';
import { SuccessMetricEntity } from './success-metric.entity.js';

/** Rows per INSERT while committing. */
export const WRITE_BATCH_ROWS = 2_000;
/** Errors a preview lists (all invalid rows are counted). */
export const PREVIEW_MAX_ERRORS = 200;
/** Valid rows a preview shows as they will be imported. */
export const PREVIEW_SAMPLE_ROWS = 20;
/** A running import whose progress has not moved for this long is taken as dead (its process stopped). */
const STALE_RUNNING_MINUTES = 10;

const column = z.string().trim().min(1, 'Pick a column.').max(255);
const mappingSchema = z.object({ metric: column, unit: column, date: column, value: column });
const previewSchema = z.object({ importId: id, mapping: mappingSchema.optional() });
const commitSchema = z.object({ importId: id, mapping: mappingSchema, onlyValidRows: z.boolean() });

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
type ImportRecord = Omit<MeasurementImportEntity, 'content'>;

/** What `POST /api/pilots/:pilotId/measurement-imports` answers. */
export interface UploadResult {
  importId: string;
  fileName: string;
  format: ImportFormat;
  rowsTotal: number;
}

/**
 * Imports success-metric values from CSV or XLSX files: upload (kept until committed), preview
 * with line-by-line errors, and commit, which runs in the background and writes every row in one
 * transaction (all or nothing) while its progress can be polled.
 */
@Injectable()
export class MeasurementImportService implements BeforeApplicationShutdown {
  /** Commits running in this process, by import id. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores an uploaded file for a pilot after checking it can be read; program owner, leads, admins. */
  async upload(actor: Actor, pilotId: string, rawFileName: string | undefined, bytes: Buffer): Promise<UploadResult> {
    const pilotKey = parseId(pilotId, 'pilotId');
    const fileName = cleanFileName(rawFileName);
    if (bytes.length === 0) throw invalidField('file', 'The file is empty.');
    if (bytes.length > MAX_IMPORT_BYTES) throw invalidField('file', 'The file is larger than 20 MB: split it into several files.');
    // Check access before reading the file: strangers learn nothing about its contents.
    await this.checkImportAllowed(this.dataSource.manager, actor, pilotKey);
    const format = detectFormat(fileName, bytes);
    const table = await readTable(format, bytes);
    const rowsTotal = countRows(table);
    if (rowsTotal === 0) throw invalidField('file', 'The file has a header but no rows of values.');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await this.checkImportAllowed(em, actor, pilotKey);
      const row = await em.save(
        em.create(MeasurementImportEntity, {
          orgId: actor.orgId,
          pilotId: pilot.id,
          fileName,
          format,
          sha256: sha256(bytes),
          content: bytes,
          rowsTotal,
          createdById: actor.id,
        }),
      );
      return { importId: row.id, fileName, format, rowsTotal };
    });
  }

  /** An import's status and progress, for polling while it runs. */
  async get(actor: Actor, importId: string): Promise<MeasurementImportModel> {
    const record = await this.loadImport(actor, parseId(importId));
    await this.checkImportRead(actor, record.pilotId);
    return toMeasurementImportModel(record);
  }

  /** Checks an uploaded file against a mapping (guessed from the headers when omitted); writes nothing. */
  async preview(actor: Actor, input: PreviewMeasurementImportInput): Promise<ImportPreviewModel> {
    const { importId, mapping } = parseInput(previewSchema, input);
    const record = await this.loadImport(actor, importId);
    const pilot = await this.checkImportAllowed(this.dataSource.manager, actor, record.pilotId);
    const table = await this.readStoredTable(record);
    const used: PartialImportColumnMapping = mapping ?? guessImportMapping(table.headers);
    const context = await this.validationContext(this.dataSource.manager, pilot);
    const result = await validateInChunks(table, { ...context, mapping: used, maxErrors: PREVIEW_MAX_ERRORS });
    const metricName = new Map(context.metrics.map((metric) => [metric.id, metric.name]));
    const unitName = new Map(context.units.map((unit) => [unit.id, unit.name]));
    return {
      import: toMeasurementImportModel(record),
      columns: table.headers,
      mapping: used,
      rowsTotal: result.rowsTotal,
      validRows: result.valid.length,
      invalidRows: result.invalidRows,
      errors: result.errors,
      sample: result.valid.slice(0, PREVIEW_SAMPLE_ROWS).map((row) => ({
        line: row.line,
        metric: metricName.get(row.metricId) ?? '',
        unit: unitName.get(row.unitId) ?? '',
        date: row.date,
        value: row.value,
      })),
    };
  }

  /**
   * Starts writing an uploaded file's values and answers at once with the import `running`; poll
   * `measurementImport` for progress. With invalid rows and `onlyValidRows` false nothing starts
   * (BAD_USER_INPUT naming the first problem). A committed or running import cannot start again.
   */
  async commit(actor: Actor, input: CommitMeasurementImportInput): Promise<MeasurementImportModel> {
    const { importId, mapping, onlyValidRows } = parseInput(commitSchema, input);
    const record = await this.loadImport(actor, importId);
    const pilot = await this.checkImportAllowed(this.dataSource.manager, actor, record.pilotId);
    checkStartable(record, this.isAbandoned(record));
    const table = await this.readStoredTable(record);
    const context = await this.validationContext(this.dataSource.manager, pilot);
    const result = await validateInChunks(table, { ...context, mapping, maxErrors: 1 });
    checkCommittable(result, onlyValidRows);

    // Claim the import atomically: of two concurrent commits, one starts and the other is refused.
    const [, claimed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE measurement_import
          SET status = 'running', rows_processed = 0, rows_written = 0, rows_unchanged = 0, rows_skipped = 0, failure = NULL, updated_at = now()
        WHERE id = $1 AND org_id = $2
          AND (status IN ('uploaded', 'failed') OR (status = 'running' AND updated_at < now() - interval '${STALE_RUNNING_MINUTES} minutes'))`,
      [importId, actor.orgId],
    );
    if (claimed !== 1) {
      checkStartable(await this.loadImport(actor, importId), false);
      throw invalidField('importId', 'This file is being imported right now: wait for it to finish.');
    }

    const job = this.process(actor, record, table, mapping, onlyValidRows)
      .catch((error: unknown) => logger.error({ err: error, importId }, 'measurement import bookkeeping failed'))
      .finally(() => this.running.delete(importId));
    this.running.set(importId, job);
    return toMeasurementImportModel(await this.loadImport(actor, importId));
  }

  /** A running import no process of ours works on and whose progress stopped long ago: its process died. */
  private isAbandoned(record: ImportRecord): boolean {
    return record.status === 'running' && !this.running.has(record.id) && Date.now() - record.updatedAt.getTime() > STALE_RUNNING_MINUTES * 60_000;
  }

  /** Resolves when the import's background commit (if any, in this process) has finished. For tests and benchmarks. */
  async settled(importId: string): Promise<void> {
    await this.running.get(importId);
  }

  /** Resolves when every background commit in this process has finished. For tests and benchmarks. */
  async settledAll(): Promise<void> {
    await Promise.all(this.running.values());
  }

  /** Lets running commits finish (or fail) before the database pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.settledAll();
  }

  /**
   * The background part of a commit: validates again against the pilot as it is now and writes
   * all rows in one transaction, in batches, reporting progress outside the transaction; then the
   * import is `committed` (file dropped) or `failed` with the reason and nothing written.
   */
  private async process(actor: Actor, record: ImportRecord, table: Table, mapping: ImportColumnMapping, onlyValidRows: boolean): Promise<void> {
    try {
      await writeTransaction(this.dataSource, actor, async (em) => {
        // Share-lock the pilot (a status change waits for the import) but not the program: hand
        // entries of the same program go on while a long import runs.
        const pilot = await em.findOne(PilotEntity, { where: { id: record.pilotId, orgId: actor.orgId }, lock: { mode: 'pessimistic_read' } });
        if (!pilot) throw new NotFoundError('Pilot', record.pilotId);
        await this.checkProgram(em, actor, pilot);
        checkMeasurementsWritable(pilot);
        const context = await this.validationContext(em, pilot);
        const result = await validateInChunks(table, { ...context, mapping, maxErrors: 1 });
        checkCommittable(result, onlyValidRows);
        let written = 0;
        let processed = result.invalidRows;
        for (let start = 0; start < result.valid.length; start += WRITE_BATCH_ROWS) {
          const batch = result.valid.slice(start, start + WRITE_BATCH_ROWS);
          written += await writeBatch(em, actor, pilot, record.id, batch);
          processed += batch.length;
          // Another connection, so pollers see progress before the transaction commits.
          await this.dataSource.query(`UPDATE measurement_import SET rows_processed = $2, updated_at = now() WHERE id = $1`, [record.id, processed]);
          await yieldToEventLoop();
        }
        await em.query(
          `UPDATE measurement_import
              SET status = 'committed', content = NULL, rows_processed = $2, rows_written = $3, rows_unchanged = $4, rows_skipped = $5, updated_at = now()
            WHERE id = $1`,
          [record.id, processed, written, result.valid.length - written, result.invalidRows],
        );
      });
    } catch (error) {
      const failure = failureText(error);
      if (!(error instanceof DomainError || error instanceof AppError)) logger.error({ err: error, importId: record.id }, 'measurement import failed');
      await this.dataSource.query(`UPDATE measurement_import SET status = 'failed', failure = $2, updated_at = now() WHERE id = $1`, [record.id, failure]);
    }
  }

  /** The import, without its file, if it belongs to the actor's organization. */
  private async loadImport(actor: Actor, importId: string): Promise<ImportRecord> {
    const record = await this.dataSource.getRepository(MeasurementImportEntity).findOne({ select: IMPORT_SELECT, where: { id: importId, orgId: actor.orgId } });
    if (!record) throw new NotFoundError('MeasurementImport', importId);
    return record;
  }

  private async readStoredTable(record: ImportRecord): Promise<Table> {
    const rows = await this.dataSource.query<{ content: Buffer | null }[]>(`SELECT content FROM measurement_import WHERE id = $1`, [record.id]);
    const content = rows[0]?.content;
    if (!content) throw invalidField('importId', 'This file has been imported already: upload it again to import it again.');
    return readTable(record.format, content);
  }

  /** Importing needs 'program.manage' on the pilot's program, an active program and an undecided pilot. */
  private async checkImportAllowed(em: EntityManager, actor: Actor, pilotId: string): Promise<PilotEntity> {
    const pilot = await em.findOneBy(PilotEntity, { id: pilotId, orgId: actor.orgId });
    if (!pilot) throw new NotFoundError('Pilot', pilotId);
    await this.checkProgram(em, actor, pilot);
    checkMeasurementsWritable(pilot);
    return pilot;
  }

  /** Reading an import's progress needs 'program.manage' on the pilot's program (whoever may import). */
  private async checkImportRead(actor: Actor, pilotId: string): Promise<void> {
    const pilot = await this.dataSource.getRepository(PilotEntity).findOneBy({ id: pilotId, orgId: actor.orgId });
    if (!pilot) throw new NotFoundError('Pilot', pilotId);
    const program = await this.dataSource.getRepository(ProgramEntity).findOneBy({ id: pilot.programId, orgId: actor.orgId });
    if (!program) throw new NotFoundError('Program', pilot.programId);
    assertCan(actor, 'program.manage', { program: await programAccess(this.dataSource.manager, program) });
  }

  private async checkProgram(em: EntityManager, actor: Actor, pilot: PilotEntity): Promise<void> {
    const program = await em.findOneBy(ProgramEntity, { id: pilot.programId, orgId: actor.orgId });
    if (!program) throw new NotFoundError('Program', pilot.programId);
    assertCan(actor, 'program.manage', { program: await programAccess(em, program) });
    assertNotArchived({ archived: program.archivedAt !== null });
  }

  /** The pilot's metrics and units (pilot and comparison) a file may name, and its date range. */
  private async validationContext(em: EntityManager, pilot: PilotEntity): Promise<Omit<ImportValidationContext, 'headers' | 'mapping'>> {
    const [metrics, units] = await Promise.all([
      em.find(SuccessMetricEntity, { where: { pilotId: pilot.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      em.find(UnitEntity, { where: { id: In([...pilot.unitIds, ...pilot.comparisonUnitIds]), orgId: pilot.orgId } }),
    ]);
    return {
      metrics: metrics.map(({ id: metricId, name, catalogKey }) => ({ id: metricId, name, catalogKey })),
      units: units.map(({ id: unitId, name, code }) => ({ id: unitId, name, code })),
      ...importDateRange(pilot),
    };
  }
}

/** Runs the domain validation over the table `ROWS_PER_CHUNK` rows at a time, yielding in between. */
async function validateInChunks(table: Table, context: Omit<ImportValidationContext, 'headers'>): Promise<ImportValidation> {
  const validator = createImportValidator({ ...context, headers: table.headers });
  for (let start = 0; start < table.rows.length; start += ROWS_PER_CHUNK) {
    validator.add(table.rows.slice(start, start + ROWS_PER_CHUNK), start + 2);
    if (start + ROWS_PER_CHUNK < table.rows.length) await yieldToEventLoop();
  }
  return validator.result();
}

/** Committed imports are done; running ones are busy unless abandoned (their process died: start again). */
function checkStartable(record: Pick<ImportRecord, 'status'>, abandoned: boolean): void {
  if (record.status === 'committed') throw invalidField('importId', 'This file has been imported already: upload it again to import it again.');
  if (record.status === 'running' && !abandoned) throw invalidField('importId', 'This file is being imported right now: wait for it to finish.');
}

/** Refuses a commit with invalid rows unless only the valid rows are wanted, and one with nothing to write. */
function checkCommittable(result: ImportValidation, onlyValidRows: boolean): void {
  const first = result.errors[0];
  const where = first ? ` Line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : '';
  if (result.invalidRows > 0 && !onlyValidRows) {
    const message = `${result.invalidRows} of ${result.rowsTotal} rows cannot be imported, so nothing was imported.${where} Fix the file and upload it again, or import only the valid rows.`;
    throw new DomainError('BAD_USER_INPUT', message, [{ field: 'onlyValidRows', message }]);
  }
  if (result.valid.length === 0) throw invalidField('importId', `No row of the file can be imported.${where}`);
}

/**
 * Writes one batch as a single multi-row upsert. A row whose value is already there is left
 * alone (no version bump, no audit entry): re-importing a file changes nothing. Returns the rows
 * that added or changed a value.
 */
async function writeBatch(em: EntityManager, actor: Actor, pilot: PilotEntity, importId: string, batch: readonly ImportRow[]): Promise<number> {
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
      actor.orgId,
      pilot.id,
      pilot.programId,
      actor.id,
      importId,
      batch.map((row) => row.metricId),
      batch.map((row) => row.unitId),
      batch.map((row) => row.date),
      batch.map((row) => row.value),
    ],
  );
  return written.length;
}

/** What the user reads when a commit failed: rule violations as they are, anything else generic. */
function failureText(error: unknown): string {
  if (error instanceof DomainError || error instanceof AppError) return error.message;
  return 'Writing the values failed, so nothing was imported. Try again; if it fails again, contact your administrator.';
}
