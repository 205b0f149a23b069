import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  GRID_IMPORT_FIELDS,
  guessGridImportMapping,
  parseId,
  validateGridImport,
  type Actor,
  type GridImportField,
  type GridImportPreview,
  type GridImportResult,
  type GridImportRow,
  type GridImportValidation,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { commitTableImport, previewTableImport, type TableImportDefinition, type TableImportStep } from '../../common/files/table-import.js';
import type { TableUpload } from '../../common/http/uploaded-file.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import { AssessmentsRepository } from './assessments.repository.js';

type GridStep = TableImportStep & { row: GridImportRow; existing: AssessmentCellEntity | undefined };
type GridPlan = { validation: GridImportValidation; steps: GridStep[] };

const sameContent = (cell: AssessmentCellEntity, row: GridImportRow) => cell.performer === row.performer && cell.maturity === row.maturity && cell.note === row.note;

/**
 * Fills the assessment grid from a CSV or XLSX file: preview (per-row errors, nothing written),
 * then commit, all rows in one transaction or none (common/files/table-import.ts). Existing cells
 * are overwritten at the version read under the program's lock, which serializes the import with
 * every other write to the grid.
 */
@Injectable()
export class AssessmentImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  async preview(actor: Actor, programId: string, upload: TableUpload): Promise<GridImportPreview> {
    const { preview, plan } = await previewTableImport(this.dataSource, this.definition(actor, parseId(programId, 'programId')), upload);
    return { ...preview, rowsEmpty: plan.validation.rowsEmpty };
  }

  async commit(actor: Actor, programId: string, upload: TableUpload): Promise<GridImportResult> {
    return commitTableImport(this.dataSource, actor, this.definition(actor, parseId(programId, 'programId')), upload);
  }

  private definition(actor: Actor, programId: string): TableImportDefinition<GridImportField, GridStep, GridPlan> {
    return {
      fields: GRID_IMPORT_FIELDS,
      guessMapping: guessGridImportMapping,
      check: (em, lock) => loadActiveProgramFor(em, actor, programId, 'assessment_grid.import', {}, lock),
      plan: async (em, file, mapping) => {
        const targets = await this.assessments.importTargets(em, programId);
        const validation = validateGridImport({ headers: file.headers, mapping, activities: targets.activities, units: targets.units, actor }, file.rows);
        const cells = new Map(targets.cells.map((cell) => [`${cell.activityId}|${cell.unitId ?? ''}`, cell]));
        const steps = validation.valid.map((row): GridStep => {
          const existing = cells.get(`${row.activityId}|${row.unitId ?? ''}`);
          return { row, existing, kind: !existing ? 'new' : sameContent(existing, row) ? 'unchanged' : 'changed' };
        });
        return { validation, steps };
      },
      write: async (em, { row, existing }) => {
        const content = { performer: row.performer, maturity: row.maturity, note: row.note };
        if (existing) await updateVersioned(em, AssessmentCellEntity, 'Assessment cell', { id: existing.id, orgId: actor.orgId, expectedVersion: existing.version }, content);
        else await this.assessments.insertCell(em, { orgId: actor.orgId, programId, activityId: row.activityId, unitId: row.unitId, decides: false, ...content });
      },
    };
  }
}
