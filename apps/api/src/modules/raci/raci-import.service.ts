import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertRaciOpen,
  guessRaciImportMapping,
  parseId,
  planRaciImport,
  RACI_IMPORT_FIELDS,
  validateRaciImport,
  type Actor,
  type PlannedRaciImport,
  type RaciImportField,
  type RaciImportPreview,
  type RaciImportResult,
  type RaciImportValidation,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { commitTableImport, previewTableImport, type TableImportDefinition } from '../../common/files/table-import.js';
import type { TableUpload } from '../../common/http/uploaded-file.js';
import { loadActiveProgramFor } from '../programs/program-access.js';
import type { RaciRecords } from './raci.mapper.js';
import { RaciRepository } from './raci.repository.js';

type RaciStep = PlannedRaciImport & { records: RaciRecords };
type RaciPlan = { validation: RaciImportValidation; steps: RaciStep[] };

/**
 * Fills a program's RACI from a CSV or XLSX file, as the grid import does (preview, then commit
 * all rows or none; common/files/table-import.ts): a row sets its domain's cell of every role
 * column in the file (an empty cell clears it); domains and roles come from the matrix, never from
 * a file. Refused while the RACI is final. Errors and warnings of the matrix are not the file's:
 * a file may carry two Accountables, and the matrix then shows that error as any edit would.
 */
@Injectable()
export class RaciImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly raci: RaciRepository,
  ) {}

  async preview(actor: Actor, programId: string, upload: TableUpload): Promise<RaciImportPreview> {
    const { preview, plan } = await previewTableImport(this.dataSource, this.definition(actor, parseId(programId, 'programId')), upload);
    return { ...preview, cellsChanged: plan.steps.reduce((sum, step) => sum + step.changes.length, 0) };
  }

  async commit(actor: Actor, programId: string, upload: TableUpload): Promise<RaciImportResult> {
    return commitTableImport(this.dataSource, actor, this.definition(actor, parseId(programId, 'programId')), upload);
  }

  private definition(actor: Actor, programId: string): TableImportDefinition<RaciImportField, RaciStep, RaciPlan> {
    return {
      fields: RACI_IMPORT_FIELDS,
      guessMapping: guessRaciImportMapping,
      check: (em, lock) => loadActiveProgramFor(em, actor, programId, 'raci.manage', {}, lock),
      plan: async (em, file, mapping) => {
        const records = await this.raci.recordsOf(em, programId);
        assertRaciOpen({ final: records.matrix?.final ?? false });
        const validation = validateRaciImport({ mapping, domains: records.domains, roles: records.roles }, file.headers, file.rows);
        return { validation, steps: planRaciImport(validation.valid, records.cells).map((step) => ({ ...step, records })) };
      },
      write: async (em, { changes, records }) => {
        const matrix = await this.raci.storeMatrix(em, actor.orgId, records);
        for (const change of changes) await this.raci.writeCell(em, { ...change, orgId: actor.orgId, programId });
        await this.raci.touchMatrix(em, matrix.id);
      },
    };
  }
}
