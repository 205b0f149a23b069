import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { hostname } from 'node:os';
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { checkMeasurementsWritable, completeImportMapping, waveMeasurementRange, DomainError, id, fileTooLargeMessage, importDateRange, invalidField, MAX_MEASUREMENT_FILE_BYTES, parseId, parseInput, type Actor, type ImportColumnMapping } from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError, NotFoundError } from '../../common/errors/app-error.js';
import { ACTOR_SOURCE, type ActorSource } from '../../common/auth/actor-source.js';
import { startBackgroundJob, type BackgroundJob } from '../../common/jobs/background-job.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { logger } from '../../common/logging/logger.js';
import { today } from '../../common/time/today.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadPilotFor, type PilotLock } from '../pilots/pilot-access.js';
import type { PilotEntity } from '../pilots/pilot.entity.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import type { ImportFormat } from './measurement-import.entity.js';
import type { CommitMeasurementImportInput, PreviewMeasurementImportInput } from './measurement.input.js';
import { toMeasurementImportModel } from './measurement.mapper.js';
import type { ImportPreviewModel, MeasurementImportModel } from './measurement.model.js';
import { unpackRows, type FileValidation, type FileValidationContext, type ReadFileJob, type ReadFileResult } from './measurement-file.js';
import { checkCommittable, checkStartable, type CheckedFile } from './measurement-import-checks.js';
import { readFileOffThread } from './measurement-file-reader.js';
import { cleanFileName, detectFormat, sha256 } from '../../common/files/spreadsheet-reader.js';
import { MeasurementsRepository, type ImportRecord } from './measurements.repository.js';

/** Rows per INSERT while committing. */
export const WRITE_BATCH_ROWS = 2_000;
/** Errors a preview lists (all invalid rows are counted). */
export const PREVIEW_MAX_ERRORS = 200;
/** Valid rows a preview shows as they will be imported. */
export const PREVIEW_SAMPLE_ROWS = 20;
/** How long a commit's lease lasts without renewal: a running import whose lease ran out is interrupted. */
export const IMPORT_LEASE_SECONDS = 30;
/** How often a running commit renews its lease, and how often each process looks for imports whose writer stopped. */
const LEASE_RENEW_MS = (IMPORT_LEASE_SECONDS * 1000) / 3;
/** The job that writes a committed file's values. */
export const MEASUREMENT_IMPORT_JOB = 'measurement_import';
/** What an import says when the person who committed it can no longer write its values. */
export const COMMITTER_GONE_MESSAGE = 'The person who committed this file no longer has an active account: commit it again.';

const column = z.string().trim().min(1, 'Pick a column.').max(255);
const mappingSchema = z.object({ metric: column, unit: column, date: column, value: column });
const previewSchema = z.object({ importId: id, mapping: mappingSchema.optional() });
const commitSchema = z.object({ importId: id, mapping: mappingSchema.optional(), onlyValidRows: z.boolean() });

/** What `POST /api/pilots/:pilotId/measurement-imports` answers. */
export interface UploadResult {
  importId: string;
  fileName: string;
  format: ImportFormat;
  rowsTotal: number;
}

/**
 * Imports success-metric values from CSV or XLSX files: upload (kept until committed), preview
 * with line-by-line errors, and commit, which puts a job on the durable queue; the job writes every
 * row in one transaction (all or nothing) while its progress can be polled. If its process stops
 * mid-way, nothing is written and another process (or this one, restarted) writes it again by itself.
 */
@Injectable()
export class MeasurementImportService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  /** Commits running in this process, by import id. */
  private readonly running = new Map<string, Promise<void>>();
  /** The file as checked at commit, for the job when this process runs it (it reads the file again otherwise). */
  private readonly prepared = new Map<string, CommitPlan>();
  /** This process as a lease holder: host, pid and a per-start id (pids are reused). */
  private readonly leaseOwner = `${hostname()}:${process.pid}:${randomUUID()}`;
  private sweep: BackgroundJob | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measurements: MeasurementsRepository,
    private readonly pilots: PilotsRepository,
    private readonly queue: JobQueue,
    @Inject(ACTOR_SOURCE) private readonly actors: ActorSource,
  ) {}

  onModuleInit(): void {
    this.queue.register({ name: MEASUREMENT_IMPORT_JOB, maxAttempts: 3, run: (payload) => this.runJob(payload as ImportJob) });
  }

  /** Stores an uploaded file for a pilot after checking it can be read; program owner, leads, admins. */
  async upload(actor: Actor, pilotId: string, rawFileName: string | undefined, bytes: Buffer): Promise<UploadResult> {
    const pilotKey = parseId(pilotId, 'pilotId');
    const fileName = cleanFileName(rawFileName);
    if (bytes.length === 0) throw invalidField('file', 'The file is empty.');
    if (bytes.length > MAX_MEASUREMENT_FILE_BYTES) throw invalidField('file', fileTooLargeMessage(MAX_MEASUREMENT_FILE_BYTES));
    // Check access before reading the file: strangers learn nothing about its contents.
    await this.checkImportAllowed(this.dataSource.manager, actor, pilotKey, 'check');
    const format = detectFormat(fileName, bytes);
    const { rowsTotal } = await readFileOffThread(bytes, { format });
    if (rowsTotal === 0) throw invalidField('file', 'The file has a header but no rows of values.');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const pilot = await this.checkImportAllowed(em, actor, pilotKey, 'pilot-share');
      const row = await this.measurements.insertImport(em, {
          orgId: actor.orgId,
          pilotId: pilot.id,
          fileName,
          format,
          sha256: sha256(bytes),
          content: bytes,
          rowsTotal,
          createdById: actor.id,
      });
      return { importId: row.id, fileName, format, rowsTotal };
    });
  }

  /** An import's status and progress, for polling while it runs. */
  async get(actor: Actor, importId: string): Promise<MeasurementImportModel> {
    const record = await this.loadImport(actor, parseId(importId));
    await loadPilotFor(this.dataSource.manager, actor, record.pilotId, 'measurement.import', {}, 'read');
    return toMeasurementImportModel(record);
  }

  /** Checks an uploaded file against a mapping (guessed from the headers when omitted); writes nothing. */
  async preview(actor: Actor, input: PreviewMeasurementImportInput): Promise<ImportPreviewModel> {
    const { importId, mapping } = parseInput(previewSchema, input);
    const record = await this.loadImport(actor, importId);
    const pilot = await this.checkImportAllowed(this.dataSource.manager, actor, record.pilotId, 'check');
    const context = await this.validationContext(this.dataSource.manager, pilot);
    const { headers, rowsTotal, validation } = await this.readStoredFile(record, {
      context,
      mapping,
      maxErrors: PREVIEW_MAX_ERRORS,
      sampleRows: PREVIEW_SAMPLE_ROWS,
      keepRows: false,
    });
    const metricName = new Map(context.metrics.map((metric) => [metric.id, metric.name]));
    const unitName = new Map(context.units.map((unit) => [unit.id, unit.name]));
    return {
      import: toMeasurementImportModel(record),
      columns: headers,
      mapping: validation.mapping,
      rowsTotal,
      validRows: validation.validRows,
      invalidRows: validation.invalidRows,
      errors: validation.errors,
      sample: validation.sample.map((row) => ({
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
    const pilot = await this.checkImportAllowed(this.dataSource.manager, actor, record.pilotId, 'check');
    checkStartable(record);
    const context = await this.validationContext(this.dataSource.manager, pilot);
    // Without a mapping, the one the preview answers when asked without one: guessed from the headers.
    const checked = await this.readForCommit(record, context, mapping);
    const used = mapping ?? completeImportMapping(checked.mapping);
    if (!used) throw invalidField('mapping', 'Not every field has a column the headers name: send the mapping you chose in the preview.');
    checkCommittable(checked, onlyValidRows);

    // Claim the import atomically (of two concurrent commits, one starts, the other is refused) and queue its job in the same transaction.
    const claimed = await writeTransaction(this.dataSource, actor, async (em) => {
      if (!(await this.measurements.claimImport(em, actor.orgId, importId, actor.id, { mapping: used, onlyValidRows }, IMPORT_LEASE_SECONDS))) return false;
      await this.queue.enqueue(em, MEASUREMENT_IMPORT_JOB, { orgId: actor.orgId, importId } satisfies ImportJob, { key: jobKey(importId) });
      return true;
    });
    if (!claimed) {
      checkStartable(await this.loadImport(actor, importId));
      throw invalidField('importId', 'This file is being imported right now: wait for it to finish.');
    }
    this.prepared.set(importId, { context, mapping: used, onlyValidRows, checked });
    return toMeasurementImportModel(await this.loadImport(actor, importId));
  }

  /**
   * The queued part of a commit, run once per import however many processes work the queue (a
   * second run finds it taken, or done): writes it as the person who committed it, with their
   * permissions as they are now.
   */
  private async runJob({ orgId, importId }: ImportJob): Promise<void> {
    const record = await this.measurements.findImport(orgId, importId);
    if (!record?.commitPlan || !record.committedById || record.status !== 'running') return;
    if (!(await this.measurements.takeImport(importId, this.leaseOwner, IMPORT_LEASE_SECONDS))) return;
    const job = this.writeQueued(record, record.committedById, record.commitPlan).finally(() => this.running.delete(importId));
    this.running.set(importId, job);
    await job;
  }

  private async writeQueued(record: ImportRecord, committedById: string, request: { mapping: ImportColumnMapping; onlyValidRows: boolean }): Promise<void> {
    const prepared = this.prepared.get(record.id);
    this.prepared.delete(record.id);
    const actor = await this.actors.findActiveActor(committedById);
    if (!actor) return this.measurements.markFailed(record.id, this.leaseOwner, COMMITTER_GONE_MESSAGE);
    let plan: CommitPlan;
    try {
      plan = prepared ?? (await this.planOf(actor, record, request));
    } catch (error) {
      return this.measurements.markFailed(record.id, this.leaseOwner, failureText(error));
    }
    await this.process(actor, record, plan);
  }

  /** The commit's plan read again (the job runs in another process, or after a restart). */
  private async planOf(actor: Actor, record: ImportRecord, request: { mapping: ImportColumnMapping; onlyValidRows: boolean }): Promise<CommitPlan> {
    const pilot = await this.checkImportAllowed(this.dataSource.manager, actor, record.pilotId, 'check');
    const context = await this.validationContext(this.dataSource.manager, pilot);
    return { context, mapping: request.mapping, onlyValidRows: request.onlyValidRows, checked: await this.readForCommit(record, context, request.mapping) };
  }

  /** At start, and then every few seconds: running imports whose process is gone go back to the queue. */
  async onApplicationBootstrap(): Promise<void> {
    await this.requeueAbandoned();
    this.sweep = startBackgroundJob(LEASE_RENEW_MS, () => this.requeueAbandoned(), 'looking for measurement imports to resume failed');
  }

  /**
   * Puts back on the queue every running import whose lease ran out, and at once those held by a
   * process of this host that no longer exists (a restart after `kill -9` need not wait for the
   * lease): its transaction rolled back, so the job writes it from the start.
   */
  async requeueAbandoned(): Promise<string[]> {
    const gone = (await this.measurements.runningImports()).filter(({ leaseOwner }) => leaseOwner !== null && isDeadLocalProcess(leaseOwner));
    const resumed = await this.dataSource.transaction(async (em) => {
      const ids = await this.measurements.requeueAbandoned(
        em,
        gone.map(({ id: importId }) => importId),
        IMPORT_LEASE_SECONDS,
      );
      const orgs = await this.measurements.orgsOfImports(em, ids);
      for (const { id: importId, orgId } of orgs) await this.queue.enqueue(em, MEASUREMENT_IMPORT_JOB, { orgId, importId } satisfies ImportJob, { key: jobKey(importId) });
      return ids;
    });
    if (resumed.length > 0) logger.warn({ importIds: resumed }, 'measurement imports resumed: their process stopped');
    return resumed;
  }

  /**
   * Resolves when the import (every import, without an id) is no longer running. A process that
   * does not work the queue (tests) runs the import jobs itself. For tests and benchmarks.
   */
  async settled(importId?: string): Promise<void> {
    for (;;) {
      if (!this.queue.working) await this.queue.runDue([MEASUREMENT_IMPORT_JOB]);
      const writing = importId ? this.running.get(importId) : undefined;
      await (importId ? writing : Promise.all(this.running.values()));
      if (!(await this.measurements.anyRunningImport(importId))) return;
      await sleep(50);
    }
  }

  /** Resolves when no import is running any more. For tests and benchmarks. */
  async settledAll(): Promise<void> {
    await this.settled();
  }

  /** Lets running commits finish (or fail) before the database pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.sweep?.stop();
    await Promise.all(this.running.values());
  }

  /**
   * The background part of a commit: validates again against the pilot as it is now and writes
   * all rows in one transaction, in batches, reporting progress outside the transaction; then the
   * import is `committed` (file dropped) or `failed` with the reason and nothing written.
   */
  private async process(actor: Actor, record: ImportRecord, plan: CommitPlan): Promise<void> {
    // The lease is renewed between batches and by this heartbeat (reading a file again can take a while).
    const heartbeat = setInterval(() => {
      this.measurements.renewLease(record.id, this.leaseOwner, IMPORT_LEASE_SECONDS).catch((error: unknown) => logger.warn({ err: error, importId: record.id }, 'renewing an import lease failed'));
    }, LEASE_RENEW_MS);
    try {
      await writeTransaction(this.dataSource, actor, async (em) => {
        // Share-lock the pilot (a status change waits for the import) but not the program: hand
        // entries of the same program go on while a long import runs.
        const pilot = await this.checkImportAllowed(em, actor, record.pilotId, 'pilot-share');
        // The file is read again only if the pilot's metrics, units or dates changed since the check.
        const context = await this.validationContext(em, pilot);
        const checked = isDeepStrictEqual(context, plan.context) ? plan.checked : await this.readForCommit(record, context, plan.mapping);
        checkCommittable(checked, plan.onlyValidRows);
        const writer = { orgId: actor.orgId, pilotId: pilot.id, programId: pilot.programId, enteredById: actor.id, importId: record.id };
        let written = 0;
        let processed = checked.invalidRows;
        for (let start = 0; start < checked.rows.value.length; start += WRITE_BATCH_ROWS) {
          const batch = unpackRows(checked.rows, context, start, start + WRITE_BATCH_ROWS);
          written += await this.measurements.upsertImported(em, writer, batch);
          processed += batch.length;
          await this.measurements.renewLease(record.id, this.leaseOwner, IMPORT_LEASE_SECONDS, processed);
          await yieldToEventLoop();
        }
        const counts = { processed, written, unchanged: checked.validRows - written, skipped: checked.invalidRows };
        // Another process took over after our lease ran out: roll back rather than write twice.
        if (!(await this.measurements.markCommitted(em, record.id, this.leaseOwner, counts))) throw new Error('the import lease was lost while writing');
      });
    } catch (error) {
      const failure = failureText(error);
      if (!(error instanceof DomainError || error instanceof AppError)) logger.error({ err: error, importId: record.id }, 'measurement import failed');
      await this.measurements.markFailed(record.id, this.leaseOwner, failure);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The import, without its file, if it belongs to the actor's organization. */
  private async loadImport(actor: Actor, importId: string): Promise<ImportRecord> {
    const record = await this.measurements.findImport(actor.orgId, importId);
    if (!record) throw new NotFoundError('MeasurementImport', importId);
    return record;
  }

  /** Reads the stored file in a worker thread and checks its rows against the pilot. */
  private async readStoredFile(record: ImportRecord, validate: FileCheck): Promise<ReadFileResult & { validation: FileValidation }> {
    const content = await this.measurements.importContent(record.id);
    if (!content) throw invalidField('importId', 'This file has been imported already: upload it again to import it again.');
    const { validation, ...file } = await readFileOffThread(content, { format: record.format, validate });
    if (!validation) throw new Error('the file reader returned no check of the rows');
    return { ...file, validation };
  }

  /** Every valid row of the stored file (packed) and the counts a commit is decided on. */
  private async readForCommit(record: ImportRecord, context: FileValidationContext, mapping: ImportColumnMapping | undefined): Promise<CheckedFile> {
    const { rowsTotal, validation } = await this.readStoredFile(record, { context, mapping, maxErrors: 1, sampleRows: 0, keepRows: true });
    if (!validation.rows) throw new Error('the file reader returned no rows');
    return { ...validation, rowsTotal, rows: validation.rows };
  }

  /** Importing needs 'measurement.import' on the pilot's program, an active program, and an undecided pilot or one being rolled out. */
  private async checkImportAllowed(em: EntityManager, actor: Actor, pilotId: string, lock: PilotLock): Promise<PilotEntity> {
    const pilot = await loadPilotFor(em, actor, pilotId, 'measurement.import', {}, lock);
    if (pilot.status === 'decided' && (await this.importableWaveUnits(em, pilot)).length > 0) return pilot;
    checkMeasurementsWritable(pilot);
    return pilot;
  }

  /**
   * The pilot's metrics and the units a file may name, with its date range: while the pilot runs,
   * its pilot and comparison units, from a year before its start to its end; once it is decided
   * and rolled out, the units of its waves that were not compared in it, from a year before the
   * first wave to today.
   */
  private async validationContext(em: EntityManager, pilot: PilotEntity): Promise<FileValidationContext> {
    const decided = pilot.status === 'decided';
    const waveUnits = decided ? await this.importableWaveUnits(em, pilot) : [];
    const firstWave = waveUnits.map((unit) => unit.waveStart).sort()[0] ?? today();
    const [metrics, units] = await Promise.all([
      this.pilots.metricsByPilotIds([pilot.id], em),
      this.measurements.units(em, pilot.orgId, decided ? waveUnits.map((unit) => unit.unitId) : [...pilot.unitIds, ...pilot.comparisonUnitIds]),
    ]);
    return {
      metrics: metrics.map(({ id: metricId, name, catalogKey, unit }) => ({ id: metricId, name, catalogKey, unit })),
      units: units.map(({ id: unitId, name, code }) => ({ id: unitId, name, code })),
      ...(decided ? waveMeasurementRange(firstWave, today()) : importDateRange(pilot)),
    };
  }

  // A comparison unit's values up to the pilot's end judged the pilot: a file never reaches them (its partner enters later values by hand).
  private async importableWaveUnits(em: EntityManager, pilot: PilotEntity): Promise<{ unitId: string; waveStart: string }[]> {
    return (await this.pilots.waveUnitsOf(em, pilot.id)).filter((unit) => !pilot.comparisonUnitIds.includes(unit.unitId));
  }
}

type FileCheck = NonNullable<ReadFileJob['validate']>;


/** The queued job's payload. */
interface ImportJob {
  orgId: string;
  importId: string;
}

/** One job per import: committing again replaces a job not started yet. */
const jobKey = (importId: string) => `measurement-import:${importId}`;

/** What a background commit writes: the rows checked against `context` when it was asked for. */
interface CommitPlan {
  context: FileValidationContext;
  mapping: ImportColumnMapping;
  onlyValidRows: boolean;
  checked: CheckedFile;
}

/** Whether a lease owner (`host:pid:start`) is a process of this host that has exited. */
function isDeadLocalProcess(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** What the user reads when a commit failed: rule violations as they are, anything else generic. */
function failureText(error: unknown): string {
  if (error instanceof DomainError || error instanceof AppError) return error.message;
  return 'Writing the values failed, so nothing was imported. Try again; if it fails again, contact your administrator.';
}
