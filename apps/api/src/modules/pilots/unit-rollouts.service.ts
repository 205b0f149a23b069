import { Injectable } from '@nestjs/common';
import { groupInKeyOrder } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { recordOfKey, VersionedCache } from '../../common/versioned-cache.js';
import { toProgramModel, toProgramUnitModel } from '../programs/program.mapper.js';
import type { ProgramUnitModel } from '../programs/program-rollout.model.js';
import type { ProgramModel } from '../programs/program.model.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { unitStageLookup } from './pilot.mapper.js';
import { PilotsRepository } from './pilots.repository.js';
import type { UnitStageModel } from './unit-stage.model.js';

/** How many programs' rollouts one process keeps (its latest version each): every program of a few large organizations. */
const PROGRAM_ROLLOUTS_CACHE_SIZE = 500;

/** A unit's place in a program with its stage and program, answered at once: the units page lists thousands. */
export type UnitRollout = ProgramUnitModel & { stage: UnitStageModel; program: ProgramModel | null };

/** A program's units with the stage each has in it on a day. Shared by every reader: never mutated. */
type ProgramRollouts = readonly { unit: ProgramUnitModel; stage: UnitStageModel }[];

// Field by field, not spread: the units page builds thousands, and a spread cost a microsecond each.
const withProgram = (unit: ProgramUnitModel, stage: UnitStageModel, program: ProgramModel | null): UnitRollout => ({
  id: unit.id,
  programId: unit.programId,
  unitId: unit.unitId,
  blocked: unit.blocked,
  note: unit.note,
  version: unit.version,
  updatedAt: unit.updatedAt,
  stage,
  program,
});

/**
 * Units' places in programs, each program's kept by its data version and the day: the units page
 * shows every unit's stage in every program, and a check-in in one program recomputes only that
 * program's. The programs themselves (names) are read fresh.
 */
@Injectable()
export class UnitRolloutsService {
  private readonly cache = new VersionedCache<ProgramRollouts>(PROGRAM_ROLLOUTS_CACHE_SIZE, recordOfKey);

  constructor(
    private readonly pilots: PilotsRepository,
    private readonly programs: ProgramsRepository,
  ) {}

  /** Each unit's places in the programs that are not archived, by program name; in key order. */
  async ofUnits(unitIds: readonly string[]): Promise<UnitRollout[][]> {
    const day = today();
    // The versions are read before the rows: a write landing in between costs a recomputation, never a stale entry.
    const versions = await this.programs.activeProgramVersionsOfUnits(unitIds);
    const programIds = versions.map((row) => row.id);
    const [programs, kept] = await Promise.all([
      this.programs.byIds(programIds),
      this.cache.getAll(
        versions.map((row) => `${row.id}|${row.dataVersion}|${day}`),
        (missing) => this.compute(missing.map((i) => programIds[i] ?? ''), day),
      ),
    ]);
    const programOf = new Map(programs.map((program) => [program.id, toProgramModel(program)]));
    const wanted = new Set(unitIds);
    const rollouts = kept.flatMap((rows, i): UnitRollout[] => {
      if (rows instanceof Error) throw rows;
      const program = programOf.get(programIds[i] ?? '') ?? null;
      return rows.filter((row) => wanted.has(row.unit.unitId)).map(({ unit, stage }) => withProgram(unit, stage, program));
    });
    return groupInKeyOrder(unitIds, rollouts, (row) => row.unitId, (row) => row);
  }

  /** Where each of the units stands in each of the programs on `day` (their pilots and waves), from two statements however many. */
  async stageLookup(programIds: readonly string[], unitIds: readonly string[], day: string): Promise<(key: { programId: string; unitId: string }) => UnitStageModel> {
    const [pilots, waves] = await Promise.all([this.pilots.engagements(programIds, unitIds), this.pilots.waveEngagements(programIds, unitIds)]);
    return unitStageLookup(pilots, waves, day);
  }

  /** The programs' rollouts, in their order, from three statements however many. */
  private async compute(programIds: readonly string[], day: string): Promise<ProgramRollouts[]> {
    const rows = await this.programs.programUnitRows(programIds);
    const stageOf = await this.stageLookup(programIds, [...new Set(rows.map((row) => row.unitId))], day);
    const rollouts = rows.map((row) => ({ unit: toProgramUnitModel(row), stage: stageOf(row) }));
    return groupInKeyOrder(programIds, rollouts, (rollout) => rollout.unit.programId, (rollout) => rollout);
  }
}
