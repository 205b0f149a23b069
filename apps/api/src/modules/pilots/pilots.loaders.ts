import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { toPilotModel, toSuccessMetricModel } from './pilot.mapper.js';
import type { PilotModel, SuccessMetricModel } from './pilot.model.js';
import { PilotsRepository } from './pilots.repository.js';
import type { UnitStageModel } from './unit-stage.model.js';
import { UnitRolloutsService, type UnitRollout } from './unit-rollouts.service.js';

export const PILOT_BY_ID = loaderKey<string, PilotModel | null>('pilotById');
export const PILOTS_BY_PROGRAM = loaderKey<string, PilotModel[]>('pilotsByProgram');
export const METRICS_BY_PILOT = loaderKey<string, SuccessMetricModel[]>('metricsByPilot');

/** A unit in a program. */
export interface ProgramUnitKey {
  programId: string;
  unitId: string;
}
export const UNIT_STAGE = loaderKey<ProgramUnitKey, UnitStageModel, string>('unitStage');

/** A unit's places in programs, with their stages and programs, read in one batch (see UnitRolloutsService). */
export const UNIT_ROLLOUTS = loaderKey<string, UnitRollout[]>('unitRollouts');

/** Registers the pilots feature's DataLoaders. */
@Injectable()
export class PilotsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly pilots: PilotsRepository,
    private readonly rollouts: UnitRolloutsService,
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
    this.registry.register(UNIT_ROLLOUTS, () => new DataLoader((unitIds) => this.rollouts.ofUnits(unitIds)));
  }

  /** The stages of units in programs, in key order, from two statements however many. */
  private async stagesOf(keys: readonly ProgramUnitKey[]): Promise<UnitStageModel[]> {
    const programIds = [...new Set(keys.map((key) => key.programId))];
    const unitIds = [...new Set(keys.map((key) => key.unitId))];
    return keys.map(await this.rollouts.stageLookup(programIds, unitIds, today()));
  }
}
