import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  guessToolImportMapping,
  parseId,
  planToolImport,
  TOOL_IMPORT_FIELDS,
  validateToolImport,
  type Actor,
  type ExistingTool,
  type PlannedToolImport,
  type ToolImportField,
  type ToolImportPreview,
  type ToolImportResult,
  type ToolImportValidation,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { commitTableImport, previewTableImport, type TableImportDefinition } from '../../common/files/table-import.js';
import type { TableUpload } from '../../common/http/uploaded-file.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import { AssessmentInventoryRepository } from './assessment-inventory.repository.js';
import { ProgramToolEntity } from './program-tool.entity.js';

type ToolPlan = { validation: ToolImportValidation; steps: PlannedToolImport[]; notInFile: number };

const existingTool = (tool: ProgramToolEntity): ExistingTool => ({
  id: tool.id,
  version: tool.version,
  name: tool.name,
  category: tool.category,
  unitIds: tool.usingUnitIds,
  annualCost: tool.annualCost,
  ownerId: tool.ownerId,
  ownerName: tool.ownerName,
  renewalDate: tool.renewalDate,
});

/**
 * Fills the tool inventory from a CSV or XLSX file, as the grid import does (preview, then commit
 * all rows or none; common/files/table-import.ts). A row updates the tool of its name, at the
 * version read under the program's lock, or adds one; no tool is removed.
 */
@Injectable()
export class ToolImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inventory: AssessmentInventoryRepository,
  ) {}

  async preview(actor: Actor, programId: string, upload: TableUpload): Promise<ToolImportPreview> {
    const { preview, plan } = await previewTableImport(this.dataSource, this.definition(actor, parseId(programId, 'programId')), upload);
    return { ...preview, toolsNotInFile: plan.notInFile };
  }

  async commit(actor: Actor, programId: string, upload: TableUpload): Promise<ToolImportResult> {
    return commitTableImport(this.dataSource, actor, this.definition(actor, parseId(programId, 'programId')), upload);
  }

  private definition(actor: Actor, programId: string): TableImportDefinition<ToolImportField, PlannedToolImport, ToolPlan> {
    return {
      fields: TOOL_IMPORT_FIELDS,
      guessMapping: guessToolImportMapping,
      check: (em, lock) => loadActiveProgramFor(em, actor, programId, 'tool_inventory.manage', {}, lock),
      plan: async (em, file, mapping) => {
        const targets = await this.inventory.toolImportTargets(em, actor.orgId, programId);
        const validation = validateToolImport({ headers: file.headers, mapping, units: targets.units, people: targets.people }, file.rows);
        const { plan, notInFile } = planToolImport(validation.valid, targets.tools.map(existingTool));
        return { validation, steps: plan, notInFile };
      },
      write: async (em, step) => {
        const { line: _line, unitIds, ...values } = step.row;
        const content = { ...values, usingUnitIds: unitIds };
        if (step.kind === 'new') await this.inventory.insertTool(em, { ...content, programId, orgId: actor.orgId });
        else await updateVersioned(em, ProgramToolEntity, 'Tool', { id: step.existing.id, orgId: actor.orgId, expectedVersion: step.existing.version }, content);
      },
    };
  }
}
