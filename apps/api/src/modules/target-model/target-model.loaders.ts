import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { ModelChoiceModel } from './target-model.model.js';
import { TargetModelRepository } from './target-model.repository.js';

export const MODEL_CHOICE_BY_PROGRAM = loaderKey<string, ModelChoiceModel | null>('modelChoiceByProgram');

/** Registers the target model summary's DataLoaders. */
@Injectable()
export class TargetModelLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly targetModel: TargetModelRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(MODEL_CHOICE_BY_PROGRAM, () => new DataLoader(async (ids) => this.targetModel.latestChoices(ids)));
  }
}
