import { Injectable } from '@nestjs/common';
import {
  computedHealth,
  isGateReviewOverdue,
  keyMetricOf,
  parseId,
  progressOf,
  trendWeeks,
  unitTreeRows,
  type Actor,
  type HealthPilot,
  type RagStatus,
} from '@rollout/domain';
import type { PilotEvaluationModel } from '../decisions/evaluation.model.js';
import { PilotEvaluationService } from '../decisions/pilot-evaluation.service.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import type { PortfolioFacts } from './portfolio-facts.service.js';
import type { HeatMapRowModel, HeatMapSummaryModel, PortfolioModel, PortfolioPilotModel, PortfolioProgramModel, RagWeekModel } from './portfolio-view.model.js';
import { PortfolioRepository } from './portfolio.repository.js';

/**
 * The portfolio view and its heat map, each from a fixed set of statements however many programs,
 * units and pilots: the shared facts (each program's kept by its data version), then the running
 * pilots' evaluations (kept by theirs) and the filters' choices.
 */
@Injectable()
export class PortfolioViewService {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly evaluation: PilotEvaluationService,
  ) {}

  async view(actor: Actor, facts: PortfolioFacts): Promise<PortfolioModel> {
    const { day } = facts;
    const [evaluations, choices] = await Promise.all([this.evaluation.evaluate(facts.active, day), this.portfolio.filterChoices(actor.orgId)]);
    const evaluationOf = new Map(facts.active.map((pilot, i) => [pilot.id, evaluations[i]]));
    const owingOf = new Map(facts.active.map((pilot, i) => [pilot.id, facts.owing[i]?.length ?? 0]));
    const unitName = new Map(facts.units.map((unit) => [unit.id, unit.name]));
    const programs = facts.programs.map((program): PortfolioProgramModel => {
      const { members, pilots, cells, decisions, adoption } = facts.of(program.id);
      const healthPilots = pilots.map(
        (pilot): HealthPilot => ({
          name: pilot.name,
          status: pilot.status,
          gateReviewOverdue: isGateReviewOverdue(pilot, day),
          staleUnits: owingOf.get(pilot.id) ?? 0,
          metrics: metricStatesOf(evaluationOf.get(pilot.id)),
        }),
      );
      const health = computedHealth(program.status, { units: members.map((member) => ({ name: unitName.get(member.unitId) ?? '', blocked: member.blocked })), pilots: healthPilots });
      const counts = progressOf(cells.map((cell) => cell.stage));
      return {
        id: program.id,
        name: program.name,
        phase: program.phase,
        status: program.status,
        ownerId: program.ownerId,
        ownerName: program.ownerName,
        health: health?.health ?? null,
        healthReason: health?.reason ?? null,
        unitCount: counts.units,
        liveCount: counts.live,
        adoptedCount: counts.adopted,
        blockedCount: members.filter((member) => member.blocked).length,
        adoption,
        pilots: pilots.map((pilot) => portfolioPilot(pilot, evaluationOf.get(pilot.id), decisions.get(pilot.id) ?? null)),
      };
    });
    // The filters offer the levels that group units (regions, business units and the like), whatever is chosen.
    const used = new Set(choices.unitIds);
    const tree = unitTreeRows(facts.units, used);
    const grouping = new Set(tree.flatMap((unit) => (unit.parentId ? [unit.parentId] : [])));
    return {
      asOf: day,
      programs,
      filterUnits: tree.filter((unit) => grouping.has(unit.id)),
      owners: choices.owners,
      checkInMix: trendWeeks(day).map((weekStart, i): RagWeekModel => {
        const counts = facts.programs.map((program) => facts.of(program.id).checkInMix[i]);
        const sum = (status: RagStatus) => counts.reduce((total, week) => total + (week?.[status] ?? 0), 0);
        return { weekStart, green: sum('green'), amber: sum('amber'), red: sum('red') };
      }),
    };
  }

  /**
   * One level of the heat map: the units directly under `parentId` (the top of the tree when null),
   * each with, per program, how its units at and below it stand, and its own cell when it is in the
   * program itself. A level is read on demand, so a company of hundreds of units opens at its regions.
   */
  heatMap(facts: PortfolioFacts, parentId: string | null): HeatMapRowModel[] {
    const parent = parentId && parseId(parentId, 'parentId');
    const cells = inScope(facts);
    const tree = unitTreeRows(facts.units, new Set(cells.map((cell) => cell.unitId)));
    const withChildren = new Set(tree.flatMap((unit) => (unit.parentId ? [unit.parentId] : [])));
    const level = tree.filter((unit) => (parent ? unit.parentId === parent : unit.depth === 0));
    // Each cell counts toward the row of the level at or above its unit: one pass, however deep the tree.
    const rowOf = rowsAbove(tree, new Set(level.map((unit) => unit.id)));
    const summaries = new Map(level.map((unit) => [unit.id, new Map<string, HeatMapSummaryModel>()]));
    for (const cell of cells) {
      const row = rowOf.get(cell.unitId);
      const summaryOf = row && summaries.get(row);
      if (!row || !summaryOf) continue;
      let summary = summaryOf.get(cell.programId);
      if (!summary) {
        summary = { programId: cell.programId, units: 0, red: 0, amber: 0, green: 0, owing: 0, blocked: 0, own: null };
        summaryOf.set(cell.programId, summary);
      }
      summary.units += 1;
      if (cell.rag) summary[cell.rag] += 1;
      if (cell.stale) summary.owing += 1;
      if (cell.blocked) summary.blocked += 1;
      if (cell.unitId === row) summary.own = cell;
    }
    return level.map((unit) => ({
      unit,
      hasChildren: withChildren.has(unit.id),
      cells: facts.programs.flatMap((program) => summaries.get(unit.id)?.get(program.id) ?? []),
    }));
  }

  /** Every cell the filter leaves, with the unit tree they sit in, for the exports. */
  allCells(facts: PortfolioFacts) {
    const cells = inScope(facts);
    return { cells, units: unitTreeRows(facts.units, new Set(cells.map((cell) => cell.unitId))) };
  }
}

/** For each unit of the tree, the one of `rowIds` at or above it (units outside every row are left out). */
function rowsAbove(tree: readonly { id: string; parentId: string | null }[], rowIds: ReadonlySet<string>): Map<string, string> {
  const parentOf = new Map(tree.map((unit) => [unit.id, unit.parentId]));
  const rowOf = new Map<string, string>();
  for (const unit of tree) {
    for (let id: string | null | undefined = unit.id; id; id = parentOf.get(id)) {
      if (rowIds.has(id)) {
        rowOf.set(unit.id, id);
        break;
      }
    }
  }
  return rowOf;
}

const inScope = (facts: PortfolioFacts) => (facts.scope ? facts.cells.filter((cell) => facts.scope?.has(cell.unitId)) : facts.cells);

function metricStatesOf(evaluated: PilotEvaluationModel | Error | undefined): HealthPilot['metrics'] {
  return evaluated && !(evaluated instanceof Error) ? evaluated.metrics.map((row) => ({ name: row.metric.name, kind: row.metric.kind, state: row.state })) : null;
}

function portfolioPilot(pilot: PilotModel, evaluated: PilotEvaluationModel | Error | undefined, decision: PortfolioPilotModel['decision']): PortfolioPilotModel {
  const evaluation = evaluated instanceof Error ? undefined : evaluated;
  const key = evaluation && keyMetricOf(evaluation.metrics);
  return {
    id: pilot.id,
    name: pilot.name,
    status: pilot.status,
    decision,
    recommendation: evaluation?.recommendation.decision ?? null,
    keyMetric: key ? { metric: key.metric, state: key.state, baseline: key.baseline, current: key.current, weekly: key.weekly.map((week) => week.pilot) } : null,
  };
}
