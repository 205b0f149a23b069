import { Injectable } from '@nestjs/common';
import {
  ATTENTION_KIND_LABELS,
  GATE_DECISION_LABELS,
  METRIC_STATE_LABELS,
  PILOT_STATUS_LABELS,
  PROGRAM_PHASE_LABELS,
  PROGRAM_STATUS_LABELS,
  RAG_STATUS_LABELS,
  formatMetricValue,
  invalidField,
  type Actor,
  type AttentionItem,
  type ProgramPhase,
} from '@rollout/domain';
import { exportFile, sheetOf, workbookFile, type ExportColumn, type ExportFile, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import type { HeatMapCellModel, PortfolioFilterInput, PortfolioPilotModel, PortfolioProgramModel } from './portfolio-view.model.js';
import { PortfolioFactsService } from './portfolio-facts.service.js';
import { PortfolioViewService } from './portfolio-view.service.js';
import { today } from '../../common/time/today.js';
import { PortfolioService } from './portfolio.service.js';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

const PROGRAM_COLUMNS: readonly ExportColumn<PortfolioProgramModel>[] = [
  { header: 'Program', value: (row) => row.name, width: 28 },
  { header: 'Phase', value: (row) => PROGRAM_PHASE_LABELS[row.phase], width: 10 },
  { header: 'Health', value: (row) => PROGRAM_STATUS_LABELS[row.health ?? row.status], width: 12 },
  { header: 'Why', value: (row) => row.healthReason ?? '', width: 60 },
  { header: 'Reported status', value: (row) => PROGRAM_STATUS_LABELS[row.status], width: 14 },
  { header: 'Owner', value: (row) => row.ownerName, width: 20 },
  { header: 'Units', value: (row) => row.unitCount, width: 8 },
  { header: 'Live %', value: (row) => share(row.liveCount, row.unitCount), width: 8 },
  { header: 'Adopted %', value: (row) => share(row.adoptedCount, row.unitCount), width: 10 },
  { header: 'Blocked units', value: (row) => row.blockedCount, width: 10 },
  { header: 'Pilots', value: (row) => row.pilots.length, width: 8 },
];

type PilotRow = PortfolioPilotModel & { programName: string };
const PILOT_COLUMNS: readonly ExportColumn<PilotRow>[] = [
  { header: 'Program', value: (row) => row.programName, width: 28 },
  { header: 'Pilot', value: (row) => row.name, width: 28 },
  { header: 'Status', value: (row) => PILOT_STATUS_LABELS[row.status], width: 12 },
  { header: 'Recommendation', value: (row) => (row.recommendation ? GATE_DECISION_LABELS[row.recommendation] : ''), width: 14 },
  { header: 'Decision', value: (row) => (row.decision ? GATE_DECISION_LABELS[row.decision] : ''), width: 12 },
  { header: 'Key metric', value: (row) => row.keyMetric?.metric.name ?? '', width: 26 },
  { header: 'Current', value: (row) => (row.keyMetric?.current != null ? formatMetricValue(row.keyMetric.current, row.keyMetric.metric.unit) : ''), width: 12 },
  { header: 'Target', value: (row) => (row.keyMetric?.metric.target != null ? formatMetricValue(row.keyMetric.metric.target, row.keyMetric.metric.unit) : ''), width: 12 },
  { header: 'Metric state', value: (row) => (row.keyMetric ? METRIC_STATE_LABELS[row.keyMetric.state] : ''), width: 14 },
];

type CellRow = HeatMapCellModel & { programName: string; unitPath: string };
const HEAT_MAP_COLUMNS: readonly ExportColumn<CellRow>[] = [
  { header: 'Unit', value: (row) => row.unitPath, width: 36 },
  { header: 'Program', value: (row) => row.programName, width: 28 },
  { header: 'Stage', value: (row) => row.stageLabel, width: 26 },
  { header: 'Last check-in', value: (row) => (row.rag ? RAG_STATUS_LABELS[row.rag] : ''), width: 12 },
  { header: 'Owes a check-in', value: (row) => (row.stale ? 'Yes' : ''), width: 12 },
  { header: 'Blocked', value: (row) => (row.blocked ? 'Yes' : ''), width: 10 },
];

const ATTENTION_COLUMNS: readonly ExportColumn<AttentionItem>[] = [
  { header: 'Kind', value: (row) => ATTENTION_KIND_LABELS[row.kind], width: 20 },
  { header: 'Program', value: (row) => row.programName, width: 28 },
  { header: 'What', value: (row) => row.text, width: 80 },
  { header: 'Days late', value: (row) => row.daysLate, width: 10 },
];

/** The lists of the portfolio a download can hold on its own. */
export const PORTFOLIO_LISTS = ['programs', 'pilots', 'heat-map', 'attention'] as const;
export type PortfolioList = (typeof PORTFOLIO_LISTS)[number];

/** The filter as the web app's address carries it: `region`, `businessUnit`, `owner`, `phase`. */
export function filterFromQuery(query: Record<string, unknown>): PortfolioFilterInput {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return { regionId: text(query.region), businessUnitId: text(query.businessUnit), ownerId: text(query.owner), phase: text(query.phase) as ProgramPhase | null };
}

/** The portfolio as files: each list as CSV or XLSX, and the whole view as a workbook of them. */
@Injectable()
export class PortfolioExportService {
  constructor(
    private readonly facts: PortfolioFactsService,
    private readonly views: PortfolioViewService,
    private readonly attention: PortfolioService,
  ) {}

  async list(actor: Actor, list: string, filter: PortfolioFilterInput, format: ExportFormat): Promise<ExportFile> {
    if (!(PORTFOLIO_LISTS as readonly string[]).includes(list)) throw invalidField('list', `Export one of: ${PORTFOLIO_LISTS.join(', ')}.`);
    const lists = await this.lists(actor, filter);
    const base = `portfolio-${list}`;
    switch (list as PortfolioList) {
      case 'programs':
        return exportFile(PROGRAM_COLUMNS, lists.programs, format, base, 'Programs');
      case 'pilots':
        return exportFile(PILOT_COLUMNS, lists.pilots, format, base, 'Pilots');
      case 'heat-map':
        return exportFile(HEAT_MAP_COLUMNS, lists.cells, format, base, 'Heat map');
      case 'attention':
        return exportFile(ATTENTION_COLUMNS, lists.attention, format, base, 'Needs attention');
    }
  }

  /** The whole view as one workbook: a sheet per list. */
  async workbook(actor: Actor, filter: PortfolioFilterInput): Promise<ExportFile> {
    const lists = await this.lists(actor, filter);
    return workbookFile(
      [
        sheetOf('Programs', PROGRAM_COLUMNS, lists.programs),
        sheetOf('Pilots', PILOT_COLUMNS, lists.pilots),
        sheetOf('Heat map', HEAT_MAP_COLUMNS, lists.cells),
        sheetOf('Needs attention', ATTENTION_COLUMNS, lists.attention),
      ],
      'portfolio',
    );
  }

  private async lists(actor: Actor, filter: PortfolioFilterInput) {
    const [facts, attention] = await Promise.all([this.facts.read(actor, filter, today()), this.attention.attention(actor.orgId).then((list) => list.items)]);
    const [view, heatMap] = [await this.views.view(actor, facts), this.views.allCells(facts)];
    const programName = new Map(view.programs.map((program) => [program.id, program.name]));
    const unitById = new Map(heatMap.units.map((unit) => [unit.id, unit]));
    const pathOf = (unitId: string): string => {
      const unit = unitById.get(unitId);
      if (!unit) return '';
      return unit.parentId && unitById.has(unit.parentId) ? `${pathOf(unit.parentId)} › ${unit.name}` : unit.name;
    };
    const order = new Map(heatMap.units.map((unit, i) => [unit.id, i]));
    return {
      programs: view.programs,
      pilots: view.programs.flatMap((program) => program.pilots.map((pilot) => ({ ...pilot, programName: program.name }))),
      cells: [...heatMap.cells]
        .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
        .map((cell) => ({ ...cell, programName: programName.get(cell.programId) ?? '', unitPath: pathOf(cell.unitId) })),
      // The attention list names the programs it concerns: with a filter, only those shown.
      attention: attention.filter((item) => programName.has(item.programId)),
    };
  }
}
