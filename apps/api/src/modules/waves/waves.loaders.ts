import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { today } from '../../common/time/today.js';
import { toRolloutPlanModel } from './waves.mapper.js';
import type { RolloutPlanModel } from './waves.model.js';
import { WavesRepository } from './waves.repository.js';

export const ROLLOUT_PLAN_BY_PROGRAM = loaderKey<string, RolloutPlanModel | null>('rolloutPlanByProgram');

/** Registers the waves feature's DataLoaders. */
@Injectable()
export class WavesLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly waves: WavesRepository,
  ) {}

  onModuleInit(): void {
    // One program's plan at a time: a page shows one program's roll-out, and each plan reads a handful of statements.
    this.registry.register(
      ROLLOUT_PLAN_BY_PROGRAM,
      () =>
        new DataLoader(async (ids) =>
          Promise.all(
            ids.map(async (id) => {
              const records = await this.waves.recordsOf(id);
              return records && toRolloutPlanModel(records, today());
            }),
          ),
        ),
    );
  }
}
