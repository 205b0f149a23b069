import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REQUEST_STATUS_LABELS, parseId, quarterOf, type Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { exportFile, safeFileName, type ExportColumn, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { today } from '../../common/time/today.js';
import { loadProgramFor } from '../programs/program-access.js';
import type { RoadmapItemModel } from './backlog-plan.model.js';
import { roadmapOf } from './backlog.read.js';
import { BacklogRepository } from './backlog.repository.js';
import { buildBacklogView } from './backlog.view.js';

type RoadmapRow = RoadmapItemModel & { teamName: string };

const ROADMAP_COLUMNS: readonly ExportColumn<RoadmapRow>[] = [
  { header: 'Team', value: (row) => row.teamName, width: 18 },
  { header: 'Quarter', value: (row) => quarterOf(row.plannedMonth), width: 10 },
  { header: 'Month', value: (row) => row.plannedMonth, kind: 'date', width: 12 },
  { header: 'Request', value: (row) => row.label, width: 10 },
  { header: 'Problem', value: (row) => row.problem, width: 60 },
  { header: 'Type', value: (row) => row.typeName, width: 22 },
  { header: 'Unit', value: (row) => row.unitName, width: 18 },
  { header: 'Status', value: (row) => REQUEST_STATUS_LABELS[row.status], width: 14 },
  { header: 'Effort (person-days)', value: (row) => row.effortDays, width: 12 },
  { header: 'Requesters', value: (row) => row.requesterCount, width: 10 },
];

/** The program's roadmap as CSV or XLSX: a row per item, by team and quarter. */
@Injectable()
export class RoadmapExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly backlog: BacklogRepository,
  ) {}

  async export(actor: Actor, programId: string, format: ExportFormat): Promise<ExportFile> {
    const id = parseId(programId, 'programId');
    const program = await loadProgramFor(this.dataSource.manager, actor, id, 'program.read', {}, 'none');
    const lanes = roadmapOf(buildBacklogView(await this.backlog.recordsOf(this.dataSource.manager, id), today()));
    const rows = lanes.flatMap((lane) => lane.quarters.flatMap((quarter) => quarter.items.map((item) => ({ ...item, teamName: lane.teamName }))));
    return exportFile(ROADMAP_COLUMNS, rows, format, `${safeFileName(program.name, 'program')}-roadmap`, 'Roadmap');
  }
}
