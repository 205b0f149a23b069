import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  guessToolImportMapping,
  importRefusalMessage,
  invalidField,
  parseId,
  planToolImport,
  TOOL_IMPORT_FIELDS,
  validateToolImport,
  type Actor,
  type ExistingTool,
  type ToolImportPreview,
  type ToolImportResult,
} from '@rollout/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { chosenMapping, MAX_LISTED_IMPORT_ERRORS, readUploadedTable, type UploadedTable } from '../../common/files/table-file-reader.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { loadActiveProgramFor, type ProgramLock } from '../programs/program-access.js';
import { AssessmentInventoryRepository } from './assessment-inventory.repository.js';
import { ProgramToolEntity } from './program-tool.entity.js';

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
 * Fills the tool inventory from a CSV or XLSX file, as the grid import does: preview (per-row
 * errors, nothing written), then commit, which checks the file again and writes every row in one
 * transaction or none. A row updates the tool of its name or adds one; no tool is removed.
 */
@Injectable()
export class ToolImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inventory: AssessmentInventoryRepository,
  ) {}

  async preview(actor: Actor, programId: string, fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<ToolImportPreview> {
    const id = parseId(programId, 'programId');
    // Check access before reading the file: strangers learn nothing about its contents.
    await this.check(this.dataSource.manager, actor, id, 'none');
    const file = await readUploadedTable(fileName, bytes);
    const { plan, notInFile, validation, usedMapping } = await this.plan(this.dataSource.manager, actor, file, id, mapping);
    return {
      fileName: file.fileName,
      headers: file.headers,
      mapping: usedMapping,
      rowsTotal: validation.rowsTotal,
      invalidRows: validation.invalidRows,
      rowsNew: plan.filter((step) => step.kind === 'new').length,
      rowsChanged: plan.filter((step) => step.kind === 'changed').length,
      rowsUnchanged: plan.filter((step) => step.kind === 'unchanged').length,
      toolsNotInFile: notInFile,
      errors: validation.errors.slice(0, MAX_LISTED_IMPORT_ERRORS),
    };
  }

  /** Writes the file's rows in one transaction; a file with any error writes nothing. Tools are updated at the version read under the program's lock. */
  async commit(actor: Actor, programId: string, fileName: string | undefined, bytes: Buffer, mapping: unknown): Promise<ToolImportResult> {
    const id = parseId(programId, 'programId');
    await this.check(this.dataSource.manager, actor, id, 'none');
    const file = await readUploadedTable(fileName, bytes);
    return writeTransaction(this.dataSource, actor, async (em) => {
      // The program's lock serializes this with every other write to its inventory.
      await this.check(em, actor, id, 'lock');
      const { plan, validation } = await this.plan(em, actor, file, id, mapping);
      if (validation.errors.length > 0) throw invalidField('file', importRefusalMessage(validation.invalidRows, validation.errors));
      let written = 0;
      for (const step of plan) {
        const { line: _line, unitIds, ...values } = step.row;
        const content = { ...values, usingUnitIds: unitIds };
        if (step.kind === 'new') await this.inventory.insertTool(em, { ...content, programId: id, orgId: actor.orgId });
        else if (step.kind === 'changed') await updateVersioned(em, ProgramToolEntity, 'Tool', { id: step.existing.id, orgId: actor.orgId, expectedVersion: step.existing.version }, content);
        else continue;
        written += 1;
      }
      return { written, unchanged: plan.length - written };
    });
  }

  private async check(em: EntityManager, actor: Actor, programId: string, lock: ProgramLock) {
    return loadActiveProgramFor(em, actor, programId, 'tool_inventory.manage', {}, lock);
  }

  /** The file's rows checked against the program as it is now, each with what it does to the inventory. */
  private async plan(em: EntityManager, actor: Actor, file: UploadedTable, programId: string, rawMapping: unknown) {
    const usedMapping = rawMapping === undefined ? guessToolImportMapping(file.headers) : chosenMapping(TOOL_IMPORT_FIELDS, rawMapping);
    const targets = await this.inventory.toolImportTargets(em, actor.orgId, programId);
    const validation = validateToolImport({ headers: file.headers, mapping: usedMapping, units: targets.units, people: targets.people }, file.rows);
    const { plan, notInFile } = planToolImport(validation.valid, targets.tools.map(existingTool));
    return { plan, notInFile, validation, usedMapping };
  }
}
