import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  GRID_IMPORT_FIELDS,
  importRefusalMessage,
  guessGridImportMapping,
  invalidField,
  parseId,
  validateGridImport,
  type Actor,
  type GridImportPreview,
  type GridImportResult,
  type GridImportRow,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { chosenMapping, MAX_LISTED_IMPORT_ERRORS, readUploadedTable, type UploadedTable } from '../../common/files/table-file-reader.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor, type ProgramLock } from '../programs/program-access.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import { AssessmentsRepository } from './assessments.repository.js';


type Planned = { row: GridImportRow; existing: AssessmentCellEntity | undefined };

/**
 * Fills the assessment grid from a CSV or XLSX file: preview (per-row errors, nothing written),
 * then commit, which checks the file again and writes every row in one transaction or none.
 * Simpler than the measurement import on purpose: a grid file is small (at most 5 MB), so the
 * client sends it again to commit instead of the server storing it, and the commit runs inside
 * the request (no background job, no leases).
 */
@Injectable()
export class AssessmentImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  async preview(actor: Actor, programId: string, fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<GridImportPreview> {
    const id = parseId(programId, 'programId');
    // Check access before reading the file: strangers learn nothing about its contents.
    await this.check(this.dataSource.manager, actor, id, 'none');
    const file = await readUploadedTable(fileName, bytes);
    const { plan, validation, usedMapping } = await this.plan(this.dataSource.manager, actor, file, id, mapping);
    const changed = plan.filter(({ row, existing }) => existing && !sameContent(existing, row)).length;
    const unchanged = plan.filter(({ row, existing }) => existing && sameContent(existing, row)).length;
    return {
      fileName: file.fileName,
      headers: file.headers,
      mapping: usedMapping,
      rowsTotal: validation.rowsTotal,
      rowsEmpty: validation.rowsEmpty,
      invalidRows: validation.invalidRows,
      rowsNew: plan.length - changed - unchanged,
      rowsChanged: changed,
      rowsUnchanged: unchanged,
      errors: validation.errors.slice(0, MAX_LISTED_IMPORT_ERRORS),
    };
  }

  /** Writes the file's rows in one transaction; a file with any error writes nothing. Existing cells are overwritten at the version read under the program's lock. */
  async commit(actor: Actor, programId: string, fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<GridImportResult> {
    const id = parseId(programId, 'programId');
    await this.check(this.dataSource.manager, actor, id, 'none');
    const file = await readUploadedTable(fileName, bytes);
    return writeTransaction(this.dataSource, actor, async (em) => {
      // The program's lock serializes this with every other write to its grid.
      await this.check(em, actor, id, 'lock');
      const { plan, validation } = await this.plan(em, actor, file, id, mapping);
      if (validation.errors.length > 0) throw invalidField('file', importRefusalMessage(validation.invalidRows, validation.errors));
      let written = 0;
      for (const { row, existing } of plan) {
        const content = { performer: row.performer, maturity: row.maturity, note: row.note };
        if (!existing) {
          await this.assessments.insertCell(em, { orgId: actor.orgId, programId: id, activityId: row.activityId, unitId: row.unitId, decides: false, ...content });
        } else if (!sameContent(existing, row)) {
          await updateVersioned(em, AssessmentCellEntity, 'Assessment cell', { id: existing.id, orgId: actor.orgId, expectedVersion: existing.version }, content);
        } else continue;
        written += 1;
      }
      return { written, unchanged: plan.length - written };
    });
  }

  private async check(em: EntityManager, actor: Actor, programId: string, lock: ProgramLock) {
    return loadActiveProgramFor(em, actor, programId, 'assessment_grid.import', {}, lock);
  }

  /** The file's rows checked against the program as it is now, each with the cell it would fill. */
  private async plan(em: EntityManager, actor: Actor, file: UploadedTable, programId: string, rawMapping: unknown) {
    const usedMapping = rawMapping === undefined ? guessGridImportMapping(file.headers) : chosenMapping(GRID_IMPORT_FIELDS, rawMapping);
    const targets = await this.assessments.importTargets(em, programId);
    const validation = validateGridImport({ headers: file.headers, mapping: usedMapping, activities: targets.activities, units: targets.units, actor }, file.rows);
    const cells = new Map(targets.cells.map((cell) => [`${cell.activityId}|${cell.unitId ?? ''}`, cell]));
    const plan: Planned[] = validation.valid.map((row) => ({ row, existing: cells.get(`${row.activityId}|${row.unitId ?? ''}`) }));
    return { plan, validation, usedMapping };
  }
}

const sameContent = (cell: AssessmentCellEntity, row: GridImportRow) => cell.performer === row.performer && cell.maturity === row.maturity && cell.note === row.note;

