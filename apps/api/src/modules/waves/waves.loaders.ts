import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { RolloutViewService } from './rollout-view.service.js';
import type { RolloutPlanModel } from './waves.model.js';

export const ROLLOUT_PLAN_BY_PROGRAM = loaderKey<string, RolloutPlanModel | null>('rolloutPlanByProgram');

/** Registers the waves feature's DataLoaders. */
@Injectable()
export class WavesLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly views: RolloutViewService,
  ) {}

  onModuleInit(): void {
    // One program's plan at a time: a page shows one program's roll-out, and a kept view costs one statement.
    this.registry.register(ROLLOUT_PLAN_BY_PROGRAM, () => new DataLoader(async (ids) => Promise.all(ids.map(async (id) => this.views.of(id)))));
  }
}
