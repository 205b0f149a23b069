import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { adoptionOverTime, isoWeekStart, parseId, shiftDays, subtreeOf, trendWeeks, type Actor, type GateDecision, type RagStatus, type UnitKind } from '@rollout/domain';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { recordOfKey, VersionedCache } from '../../common/versioned-cache.js';
import { CheckInsService } from '../check-ins/check-ins.service.js';
import { toPilotModel, unitStageLookup } from '../pilots/pilot.mapper.js';
import type { PilotModel } from '../pilots/pilot.model.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import type { AdoptionWeekModel } from '../waves/waves.model.js';
import type { HeatMapCellModel, PortfolioFilterInput, RagWeekModel } from './portfolio-view.model.js';
import { PortfolioRepository, type PortfolioProgramRow } from './portfolio.repository.js';

/** A heat-map cell shows the last check-in of the last four weeks: older says nothing about now. */
const HEAT_MAP_CHECK_IN_WEEKS = 4;

const same = <R>(row: R) => row;
const isActive = (pilot: PilotModel) => pilot.status === 'running' || pilot.status === 'in_review';

/** How many programs' facts one process keeps (its latest version each): every program of a few large organizations. */
const PROGRAM_FACTS_CACHE_SIZE = 500;

export interface PortfolioUnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * What the portfolio computes for one program on a day, kept by the program's data version: a
 * check-in recomputes its own program's, not every program's. Shared by every reader: never mutated.
 */
export interface ProgramFacts {
  members: { unitId: string; blocked: boolean }[];
  pilots: PilotModel[];
  /** Its running and in-review pilots, and their units owing a check-in (same order). */
  active: PilotModel[];
  owing: { pilotId: string; unitId: string }[][];
  decisions: ReadonlyMap<string, GateDecision | null>;
  /** Each of its units: stage, last check-in and whether it owes one. */
  cells: HeatMapCellModel[];
  /** Its units live and adopted at the end of each trend week. */
  adoption: AdoptionWeekModel[];
  /** Its check-ins by status in each trend week. */
  checkInMix: RagWeekModel[];
}

/** What the portfolio's parts all read: the programs the filter leaves, and where each of their units stands. */
export interface PortfolioFacts {
  day: string;
  units: PortfolioUnitRow[];
  /** The units the region and business-unit filters leave; null without either. */
  scope: Set<string> | null;
  programs: PortfolioProgramRow[];
  of: (programId: string) => ProgramFacts;
  /** The programs' running and in-review pilots, and their units owing a check-in (same order). */
  active: PilotModel[];
  owing: { pilotId: string; unitId: string }[][];
  /** Every unit of every program. */
  cells: HeatMapCellModel[];
}

/** A request's portfolio facts by filter: the portfolio and its heat map, asked in one request, read them once. */
export const PORTFOLIO_FACTS = loaderKey<{ actor: Actor; filter: PortfolioFilterInput }, PortfolioFacts, string>('portfolioFacts');

const NO_FACTS: ProgramFacts = { members: [], pilots: [], active: [], owing: [], decisions: new Map(), cells: [], adoption: [], checkInMix: [] };

/**
 * Reads the portfolio's shared facts in a fixed number of statements however many programs and units:
 * the programs with their data versions, then, for those whose facts are not kept, the same set again.
 */
@Injectable()
export class PortfolioFactsService implements OnModuleInit {
  private readonly cache = new VersionedCache<ProgramFacts>(PROGRAM_FACTS_CACHE_SIZE, recordOfKey);

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
    // The versions come with the programs, before their rows: a write landing in between costs a recomputation, never a stale entry.
    const keys = programs.map((program) => `${program.id}|${program.dataVersion}|${day}`);
    const computed = await this.cache.getAll(keys, (missing) => this.compute(missing.map((i) => programs[i]?.id ?? ''), day));
    const facts = computed.map((entry) => {
      if (entry instanceof Error) throw entry;
      return entry;
    });
    const ofProgram = new Map(programs.map((program, i) => [program.id, facts[i] ?? NO_FACTS]));
    return {
      day,
      units,
      scope,
      programs,
      of: (programId) => ofProgram.get(programId) ?? NO_FACTS,
      active: facts.flatMap((program) => program.active),
      owing: facts.flatMap((program) => program.owing),
      cells: facts.flatMap((program) => program.cells),
    };
  }

  /** The facts of several programs on `day`, in their order, from the same eight statements however many. */
  private async compute(programIds: readonly string[], day: string): Promise<ProgramFacts[]> {
    const weeks = trendWeeks(day);
    const [programUnits, pilotRows, latestCheckIns, mix, moves] = await Promise.all([
      this.portfolio.programUnits(programIds),
      this.pilots.byProgramIds(programIds),
      this.portfolio.latestCheckIns(programIds, shiftDays(isoWeekStart(day), -7 * (HEAT_MAP_CHECK_IN_WEEKS - 1))),
      this.portfolio.checkInMix(programIds, weeks[0] ?? day),
      this.portfolio.stageMoves(programIds),
    ]);
    const unitIds = [...new Set(programUnits.map((row) => row.unitId))];
    const pilots = pilotRows.map(toPilotModel);
    const active = pilots.filter(isActive);
    const [engagements, waves, owing] = await Promise.all([
      this.pilots.engagements(programIds, unitIds),
      this.pilots.waveEngagements(programIds, unitIds),
      this.checkIns.owingByPilots(active),
    ]);

    const byProgram = <R>(rows: readonly R[], programOf: (row: R) => string) => groupInKeyOrder(programIds, rows, programOf, same);
    const unitsOf = byProgram(programUnits, (row) => row.programId);
    const pilotsOf = byProgram(pilots, (pilot) => pilot.programId);
    const mixOf = byProgram(mix, (row) => row.programId);
    const movesOf = byProgram(moves, (move) => move.programId);
    // Everything about a unit in a program looked up by "program/unit": a large company has thousands of cells.
    const stageOf = unitStageLookup(engagements, waves, day);
    const lastCheckIn = new Map(latestCheckIns.map((row) => [`${row.programId}/${row.unitId}`, row]));
    const owingOf = new Map(active.map((pilot, i) => [pilot.id, owing[i] ?? []]));
    const decisions = new Map(engagements.map((row) => [row.id, row.decision]));
    return programIds.map((programId, i): ProgramFacts => {
      const members = unitsOf[i] ?? [];
      const programPilots = pilotsOf[i] ?? [];
      const programActive = programPilots.filter(isActive);
      const programOwing = programActive.map((pilot) => owingOf.get(pilot.id) ?? []);
      const owingCells = new Set(programOwing.flat().map((report) => report.unitId));
      const programMoves = movesOf[i] ?? [];
      const adoption = new Map(adoptionOverTime([...new Set(programMoves.map((move) => move.waveUnitId))].map((id) => ({ id })), programMoves, day).map((week) => [week.week, week]));
      const mixRows = mixOf[i] ?? [];
      const count = (weekStart: string, status: RagStatus) => mixRows.find((row) => row.weekStart === weekStart && row.status === status)?.count ?? 0;
      return {
        members,
        pilots: programPilots,
        active: programActive,
        owing: programOwing,
        decisions: new Map(programPilots.map((pilot) => [pilot.id, decisions.get(pilot.id) ?? null])),
        cells: members.map((member): HeatMapCellModel => {
          const stage = stageOf(member);
          const checkIn = lastCheckIn.get(`${programId}/${member.unitId}`);
          // Field by field, not spread.
          return {
            programId,
            unitId: member.unitId,
            stage: stage.stage,
            stageLabel: stage.label,
            rag: checkIn?.status ?? null,
            stale: owingCells.has(member.unitId),
            blocked: member.blocked,
            link: checkIn ? `/pilots/${checkIn.pilotId}#check-in-${member.unitId}` : `/programs/${programId}?tab=units`,
          };
        }),
        adoption: weeks.map((week) => adoption.get(week) ?? { week, live: 0, adopted: 0 }),
        checkInMix: weeks.map((weekStart) => ({ weekStart, green: count(weekStart, 'green'), amber: count(weekStart, 'amber'), red: count(weekStart, 'red') })),
      };
    });
  }
}

/** The units the region and business-unit filters leave (both: those in both); null without either. */
function scopeOf(units: readonly { id: string; parentId: string | null }[], filter: PortfolioFilterInput): Set<string> | null {
  const roots = [filter.regionId && parseId(filter.regionId, 'regionId'), filter.businessUnitId && parseId(filter.businessUnitId, 'businessUnitId')].filter((id): id is string => !!id);
  if (roots.length === 0) return null;
  const [first, ...rest] = roots.map((root) => subtreeOf(units, root));
  return new Set([...(first ?? [])].filter((id) => rest.every((subtree) => subtree.has(id))));
}
