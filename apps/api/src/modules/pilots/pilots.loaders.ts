import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { toPilotModel, toSuccessMetricModel, unitStageLookup } from './pilot.mapper.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import { PilotsRepository } from './pilots.repository.js';
import { toProgramModel, toProgramUnitModel } from '../programs/program.mapper.js';
import type { ProgramUnitModel } from '../programs/program-rollout.model.js';
import type { ProgramModel } from '../programs/program.model.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import type { UnitStageModel } from './unit-stage.model.js';

export const PILOT_BY_ID = loaderKey<string, PilotModel | null>('pilotById');
export const PILOTS_BY_PROGRAM = loaderKey<string, PilotModel[]>('pilotsByProgram');
export const METRICS_BY_PILOT = loaderKey<string, SuccessMetricModel[]>('metricsByPilot');

/** A unit in a program. */
export interface ProgramUnitKey {
  programId: string;
  unitId: string;
}
export const UNIT_STAGE = loaderKey<ProgramUnitKey, UnitStageModel, string>('unitStage');

/**
 * A unit's place in a program with its stage and program read in the same batch: the units page lists
 * thousands, and answering their fields at once, not through a DataLoader each, halves their cost.
 */
export type UnitRollout = ProgramUnitModel & { stage: UnitStageModel; program: ProgramModel | null };
export const UNIT_ROLLOUTS = loaderKey<string, UnitRollout[]>('unitRollouts');

/** Registers the pilots feature's DataLoaders. */
@Injectable()
export class PilotsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly pilots: PilotsRepository,
    private readonly programs: ProgramsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(PILOT_BY_ID, () => new DataLoader(async (ids) => pickInKeyOrder(ids, await this.pilots.byIds(ids), (row) => row.id, toPilotModel)));
    this.registry.register(
      PILOTS_BY_PROGRAM,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.pilots.byProgramIds(ids), (row) => row.programId, toPilotModel)),
    );
    this.registry.register(
      METRICS_BY_PILOT,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await this.pilots.metricsByPilotIds(ids), (row) => row.pilotId, toSuccessMetricModel)),
    );
    this.registry.register(UNIT_STAGE, () => new DataLoader((keys) => this.stagesOf(keys), { cacheKeyFn: (key) => `${key.programId}/${key.unitId}` }));
    this.registry.register(
      UNIT_ROLLOUTS,
      () =>
        new DataLoader(async (unitIds) => {
          const rows = await this.programs.programUnitsOfUnits(unitIds);
          const [stages, programs] = await Promise.all([this.stagesOf(rows), this.programs.byIds([...new Set(rows.map((row) => row.programId))])]);
          const programOf = new Map(programs.map((program) => [program.id, toProgramModel(program)]));
          const rollouts = rows.map((row, i): UnitRollout => Object.assign(toProgramUnitModel(row), { stage: stages[i] as UnitStageModel, program: programOf.get(row.programId) ?? null }));
          return groupInKeyOrder(unitIds, rollouts, (row) => row.unitId, (row) => row);
        }),
    );
  }

  /** The stages of units in programs, in key order, from two statements however many. */
  private async stagesOf(keys: readonly ProgramUnitKey[]): Promise<UnitStageModel[]> {
    const programIds = [...new Set(keys.map((key) => key.programId))];
    const unitIds = [...new Set(keys.map((key) => key.unitId))];
    const [pilots, waves] = await Promise.all([this.pilots.engagements(programIds, unitIds), this.pilots.waveEngagements(programIds, unitIds)]);
    return keys.map(unitStageLookup(pilots, waves, today()));
  }
}
