import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CENTRAL_TEAM_LABEL, gridRowScope, parseId, WORK_PERFORMER_LABELS, type Actor, type GridFileColumn } from '@rollout/domain';
import { exportFile, safeFileName, type ExportColumn, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { DataSource } from 'typeorm';
import { loadProgramFor } from '../programs/program-access.js';
import { AssessmentsRepository, type GridExportRow } from './assessments.repository.js';

const GRID_COLUMNS: readonly (ExportColumn<GridExportRow> & { header: GridFileColumn })[] = [
  { header: 'Capability', value: (row) => row.capability, width: 26 },
  { header: 'Activity', value: (row) => row.activity, width: 30 },
  { header: 'Unit', value: (row) => row.unit ?? CENTRAL_TEAM_LABEL, width: 24 },
  { header: 'Who does it', value: (row) => (row.performer ? WORK_PERFORMER_LABELS[row.performer] : ''), width: 18 },
  { header: 'Maturity', value: (row) => row.maturity },
  { header: 'Note', value: (row) => row.note ?? '', width: 40 },
];

/**
 * A program's assessment grid as CSV or XLSX, one row per activity and unit (the central team's
 * first), with names and labels; empty cells are rows too, so the file can be filled in and imported.
 */
@Injectable()
export class AssessmentExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  async export(actor: Actor, programId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(programId, 'programId');
    const program = await loadProgramFor(this.dataSource.manager, actor, id, 'program.read', {}, 'none');
    const scope = gridRowScope(actor);
    const rows = await this.assessments.exportRows(actor.orgId, id, scope.kind === 'all' ? null : scope.unitIds);
    return exportFile(GRID_COLUMNS, rows, format, `${safeFileName(program.name, 'program')}-assessment`, 'Assessment');
  }
}
