import { Injectable } from '@nestjs/common';
import {
  adoptionOverTime,
  computedHealth,
  isGateReviewOverdue,
  isoWeekStart,
  keyMetricOf,
  parseId,
  progressOf,
  shiftDays,
  subtreeOf,
  trendWeeks,
  unitTreeRows,
  type Actor,
  type HealthPilot,
} from '@rollout/domain';
import { groupInKeyOrder } from '../../common/graphql/loaders.js';
import { today as serverToday } from '../../common/time/today.js';
import { CheckInsService } from '../check-ins/check-ins.service.js';
import type { PilotEvaluationModel } from '../decisions/evaluation.model.js';
import { PilotEvaluationService } from '../decisions/pilot-evaluation.service.js';
import { toPilotModel, toUnitStageModel } from '../pilots/pilot.mapper.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import type { HeatMapCellModel, PortfolioFilterInput, PortfolioModel, PortfolioPilotModel, PortfolioProgramModel, RagWeekModel } from './portfolio-view.model.js';
import { PortfolioRepository } from './portfolio.repository.js';

/** A heat-map cell shows the last check-in of the last four weeks: older says nothing about now. */
const HEAT_MAP_CHECK_IN_WEEKS = 4;

const isActive = (pilot: PilotModel) => pilot.status === 'running' || pilot.status === 'in_review';
const same = <R>(row: R) => row;

/**
 * The portfolio view, built from a fixed set of statements however many programs, units and pilots:
 * programs, their units, the unit tree, engagements (pilots and waves), pilots, check-ins and
 * trends, plus the running pilots' evaluations (cached by their data version).
 */
@Injectable()
export class PortfolioViewService {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly pilots: PilotsRepository,
    private readonly evaluation: PilotEvaluationService,
    private readonly checkIns: CheckInsService,
  ) {}

  async view(actor: Actor, filter: PortfolioFilterInput = {}, day = serverToday()): Promise<PortfolioModel> {
    const allUnits = await this.portfolio.units(actor.orgId);
    const scope = this.scopeOf(allUnits, filter);
    const programs = await this.portfolio.programs(actor.orgId, {
      ownerId: filter.ownerId ? parseId(filter.ownerId, 'ownerId') : null,
      phase: (filter.phase ?? null),
      unitIds: scope && [...scope],
    });
    const programIds = programs.map((program) => program.id);
    const weeks = trendWeeks(day);
    const [programUnits, pilotRows, latestCheckIns, mix, moves, choices] = await Promise.all([
      this.portfolio.programUnits(programIds),
      this.pilots.byProgramIds(programIds),
      this.portfolio.latestCheckIns(programIds, shiftDays(isoWeekStart(day), -7 * (HEAT_MAP_CHECK_IN_WEEKS - 1))),
      this.portfolio.checkInMix(programIds, weeks[0] ?? day),
      this.portfolio.stageMoves(programIds),
      this.portfolio.filterChoices(actor.orgId),
    ]);
    const unitIds = [...new Set(programUnits.map((row) => row.unitId))];
    const pilots = pilotRows.map(toPilotModel);
    const active = pilots.filter(isActive);
    const [engagements, waves, evaluations, reports] = await Promise.all([
      this.pilots.engagements(programIds, unitIds),
      this.pilots.waveEngagements(programIds, unitIds),
      this.evaluation.evaluate(active, day),
      this.checkIns.reportsByPilots(active),
    ]);
    const evaluationOf = new Map(active.map((pilot, i) => [pilot.id, evaluations[i]]));
    const staleOf = new Map(active.map((pilot, i) => [pilot.id, reports[i] ?? []]));
    const decisionOf = new Map(engagements.map((row) => [row.id, row.decision]));
    const staleUnits = new Set(reports.flat().filter((report) => report.stale).map((report) => `${report.pilotId}/${report.unitId}`));

    const unitsOf = groupInKeyOrder(programIds, programUnits, (row) => row.programId, same);
    const pilotsOf = groupInKeyOrder(programIds, pilots, (pilot) => pilot.programId, same);
    const movesOf = groupInKeyOrder(programIds, moves, (move) => move.programId, same);
    const wavesOf = new Map<string, typeof waves>();
    for (const row of waves) wavesOf.set(`${row.programId}/${row.unitId}`, [...(wavesOf.get(`${row.programId}/${row.unitId}`) ?? []), row]);
    const lastCheckIn = new Map(latestCheckIns.map((row) => [`${row.programId}/${row.unitId}`, row]));
    const unitName = new Map(allUnits.map((unit) => [unit.id, unit.name]));
    const cells: HeatMapCellModel[] = [];
    const rows = programs.map((program, i): PortfolioProgramModel => {
      const members = unitsOf[i] ?? [];
      const programPilots = pilotsOf[i] ?? [];
      const stages = members.map((member) => {
        const key = { programId: program.id, unitId: member.unitId };
        const stage = toUnitStageModel(
          key,
          engagements.filter((row) => row.programId === program.id && row.unitIds.includes(member.unitId)),
          wavesOf.get(`${program.id}/${member.unitId}`) ?? [],
          day,
        );
        const checkIn = lastCheckIn.get(`${program.id}/${member.unitId}`);
        if (!scope || scope.has(member.unitId)) {
          cells.push({
            ...key,
            stage: stage.stage,
            stageLabel: stage.label,
            rag: checkIn?.status ?? null,
            stale: programPilots.some((pilot) => staleUnits.has(`${pilot.id}/${member.unitId}`)),
            blocked: member.blocked,
            link: checkIn ? `/pilots/${checkIn.pilotId}#check-in-${member.unitId}` : `/programs/${program.id}?tab=units`,
          });
        }
        return stage.stage;
      });
      const healthPilots = programPilots.map((pilot): HealthPilot => {
        const evaluated = evaluationOf.get(pilot.id);
        return {
          name: pilot.name,
          status: pilot.status,
          gateReviewOverdue: isGateReviewOverdue(pilot, day),
          staleUnits: (staleOf.get(pilot.id) ?? []).filter((report) => report.stale).length,
          metrics: evaluated && !(evaluated instanceof Error) ? evaluated.metrics.map((row) => ({ name: row.metric.name, kind: row.metric.kind, state: row.state })) : null,
        };
      });
      const health = computedHealth(program.status, { units: members.map((member) => ({ name: unitName.get(member.unitId) ?? '', blocked: member.blocked })), pilots: healthPilots });
      const counts = progressOf(stages);
      const programMoves = movesOf[i] ?? [];
      const adoption = new Map(adoptionOverTime([...new Set(programMoves.map((move) => move.waveUnitId))].map((id) => ({ id })), programMoves, day).map((week) => [week.week, week]));
      return {
        ...program,
        health: health?.health ?? null,
        healthReason: health?.reason ?? null,
        unitCount: counts.units,
        liveCount: counts.live,
        adoptedCount: counts.adopted,
        blockedCount: members.filter((member) => member.blocked).length,
        adoption: weeks.map((week) => adoption.get(week) ?? { week, live: 0, adopted: 0 }),
        pilots: programPilots.map((pilot) => portfolioPilot(pilot, evaluationOf.get(pilot.id), decisionOf.get(pilot.id) ?? null)),
      };
    });
    const used = new Set(cells.map((cell) => cell.unitId));
    return {
      asOf: day,
      programs: rows,
      units: unitTreeRows(allUnits, used),
      cells,
      filterUnits: unitTreeRows(allUnits, new Set(choices.unitIds)),
      owners: choices.owners,
      checkInMix: weeks.map((weekStart): RagWeekModel => {
        const count = (status: string) => mix.find((row) => row.weekStart === weekStart && row.status === status)?.count ?? 0;
        return { weekStart, green: count('green'), amber: count('amber'), red: count('red') };
      }),
    };
  }

  /** The units the region and business-unit filters leave (both: those in both); null without either. */
  private scopeOf(units: readonly { id: string; parentId: string | null }[], filter: PortfolioFilterInput): Set<string> | null {
    const roots = [filter.regionId && parseId(filter.regionId, 'regionId'), filter.businessUnitId && parseId(filter.businessUnitId, 'businessUnitId')].filter((id): id is string => !!id);
    if (roots.length === 0) return null;
    const [first, ...rest] = roots.map((root) => subtreeOf(units, root));
    return new Set([...(first ?? [])].filter((id) => rest.every((subtree) => subtree.has(id))));
  }
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
