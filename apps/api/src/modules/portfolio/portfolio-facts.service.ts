import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isoWeekStart, parseId, shiftDays, subtreeOf, type Actor, type GateDecision, type UnitKind } from '@rollout/domain';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { CheckInsService } from '../check-ins/check-ins.service.js';
import { toPilotModel, unitStageLookup } from '../pilots/pilot.mapper.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import type { HeatMapCellModel, PortfolioFilterInput } from './portfolio-view.model.js';
import { PortfolioRepository, type PortfolioProgramRow } from './portfolio.repository.js';

/** A heat-map cell shows the last check-in of the last four weeks: older says nothing about now. */
const HEAT_MAP_CHECK_IN_WEEKS = 4;

const same = <R>(row: R) => row;
const isActive = (pilot: PilotModel) => pilot.status === 'running' || pilot.status === 'in_review';

export interface PortfolioUnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/** What the portfolio's parts all read: the programs the filter leaves, and where each of their units stands. */
export interface PortfolioFacts {
  day: string;
  units: PortfolioUnitRow[];
  /** The units the region and business-unit filters leave; null without either. */
  scope: Set<string> | null;
  programs: PortfolioProgramRow[];
  membersOf: (programId: string) => { unitId: string; blocked: boolean }[];
  pilotsOf: (programId: string) => PilotModel[];
  /** The running and in-review pilots, and their units owing a check-in (same order). */
  active: PilotModel[];
  owing: { pilotId: string; unitId: string }[][];
  decisionOf: (pilotId: string) => GateDecision | null;
  /** Every unit of every program: its stage, last check-in and whether it owes one. */
  cells: HeatMapCellModel[];
}

/** A request's portfolio facts by filter: the portfolio and its heat map, asked in one request, read them once. */
export const PORTFOLIO_FACTS = loaderKey<{ actor: Actor; filter: PortfolioFilterInput }, PortfolioFacts, string>('portfolioFacts');

/** Reads the portfolio's shared facts in a fixed number of statements however many programs and units. */
@Injectable()
export class PortfolioFactsService implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly portfolio: PortfolioRepository,
    private readonly pilots: PilotsRepository,
    private readonly checkIns: CheckInsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      PORTFOLIO_FACTS,
      () =>
        new DataLoader(
          (keys) => Promise.all(keys.map(({ actor, filter }) => this.read(actor, filter, today()).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))))),
          { cacheKeyFn: ({ actor, filter }) => JSON.stringify([actor.orgId, filter.regionId ?? null, filter.businessUnitId ?? null, filter.ownerId ?? null, filter.phase ?? null]) },
        ),
    );
  }

  async read(actor: Actor, filter: PortfolioFilterInput, day: string): Promise<PortfolioFacts> {
    const programsIn = (scope: Set<string> | null) =>
      this.portfolio.programs(actor.orgId, { ownerId: filter.ownerId ? parseId(filter.ownerId, 'ownerId') : null, phase: filter.phase ?? null, unitIds: scope && [...scope] });
    // Without a region or business-unit filter the programs need not wait for the unit tree.
    const byUnits = Boolean(filter.regionId || filter.businessUnitId);
    const [units, everywhere] = await Promise.all([this.portfolio.units(actor.orgId), byUnits ? null : programsIn(null)]);
    const scope = scopeOf(units, filter);
    const programs = everywhere ?? (await programsIn(scope));
    const programIds = programs.map((program) => program.id);
    const [programUnits, pilotRows, latestCheckIns] = await Promise.all([
      this.portfolio.programUnits(programIds),
      this.pilots.byProgramIds(programIds),
      this.portfolio.latestCheckIns(programIds, shiftDays(isoWeekStart(day), -7 * (HEAT_MAP_CHECK_IN_WEEKS - 1))),
    ]);
    const unitIds = [...new Set(programUnits.map((row) => row.unitId))];
    const pilots = pilotRows.map(toPilotModel);
    const active = pilots.filter(isActive);
    const [engagements, waves, owing] = await Promise.all([
      this.pilots.engagements(programIds, unitIds),
      this.pilots.waveEngagements(programIds, unitIds),
      this.checkIns.owingByPilots(active),
    ]);

    const byProgram = <R>(rows: readonly R[], programOf: (row: R) => string) => new Map(groupInKeyOrder(programIds, rows, programOf, same).map((group, i) => [programIds[i] ?? '', group]));
    const unitsOf = byProgram(programUnits, (row) => row.programId);
    const pilotsOf = byProgram(pilots, (pilot) => pilot.programId);
    // Everything about a unit in a program looked up by "program/unit": a large company has thousands of cells.
    const stageOf = unitStageLookup(engagements, waves, day);
    const lastCheckIn = new Map(latestCheckIns.map((row) => [`${row.programId}/${row.unitId}`, row]));
    const programOfPilot = new Map(active.map((pilot) => [pilot.id, pilot.programId]));
    const owingCells = new Set(owing.flat().map((report) => `${programOfPilot.get(report.pilotId) ?? ''}/${report.unitId}`));
    const cells = programs.flatMap((program) =>
      (unitsOf.get(program.id) ?? []).map((member): HeatMapCellModel => {
        const programUnit = `${program.id}/${member.unitId}`;
        const stage = stageOf(member);
        const checkIn = lastCheckIn.get(programUnit);
        // Field by field, not spread.
        return {
          programId: program.id,
          unitId: member.unitId,
          stage: stage.stage,
          stageLabel: stage.label,
          rag: checkIn?.status ?? null,
          stale: owingCells.has(programUnit),
          blocked: member.blocked,
          link: checkIn ? `/pilots/${checkIn.pilotId}#check-in-${member.unitId}` : `/programs/${program.id}?tab=units`,
        };
      }),
    );
    const decisions = new Map(engagements.map((row) => [row.id, row.decision]));
    return {
      day,
      units,
      scope,
      programs,
      membersOf: (programId) => unitsOf.get(programId) ?? [],
      pilotsOf: (programId) => pilotsOf.get(programId) ?? [],
      active,
      owing,
      decisionOf: (pilotId) => decisions.get(pilotId) ?? null,
      cells,
    };
  }
}

/** The units the region and business-unit filters leave (both: those in both); null without either. */
function scopeOf(units: readonly { id: string; parentId: string | null }[], filter: PortfolioFilterInput): Set<string> | null {
  const roots = [filter.regionId && parseId(filter.regionId, 'regionId'), filter.businessUnitId && parseId(filter.businessUnitId, 'businessUnitId')].filter((id): id is string => !!id);
  if (roots.length === 0) return null;
  const [first, ...rest] = roots.map((root) => subtreeOf(units, root));
  return new Set([...(first ?? [])].filter((id) => rest.every((subtree) => subtree.has(id))));
}
