import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseId, TOOL_CATEGORY_LABELS, type Actor, type ToolFileColumn } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { exportFile, safeFileName, type ExportColumn, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { loadProgramFor } from '../programs/program-access.js';
import { AssessmentInventoryRepository, type ToolExportRow } from './assessment-inventory.repository.js';

const TOOL_COLUMNS: readonly (ExportColumn<ToolExportRow> & { header: ToolFileColumn })[] = [
  { header: 'Tool', value: (row) => row.name, width: 24 },
  { header: 'Category', value: (row) => TOOL_CATEGORY_LABELS[row.category], width: 22 },
  { header: 'Units', value: (row) => row.units, width: 32 },
  { header: 'Annual cost (USD)', value: (row) => row.annual_cost, width: 18 },
  { header: 'Owner', value: (row) => row.owner, width: 22 },
  { header: 'Renewal date', value: (row) => row.renewal_date ?? '', kind: 'date' },
];

/** A program's tool inventory as CSV or XLSX, with names and labels (the REST route admits leads, admins and executives). */
@Injectable()
export class ToolInventoryExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inventory: AssessmentInventoryRepository,
  ) {}

  async export(actor: Actor, programId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(programId, 'programId');
    const program = await loadProgramFor(this.dataSource.manager, actor, id, 'program.read', {}, 'none');
    const rows = await this.inventory.exportRows(actor.orgId, id);
    return exportFile(TOOL_COLUMNS, rows, format, `${safeFileName(program.name, 'program')}-tool-inventory`, 'Tool inventory');
  }
}
