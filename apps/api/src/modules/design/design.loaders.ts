import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { toProgramDesignModel } from './design.mapper.js';
import type { ProgramDesignModel } from './design.model.js';
import { DesignRepository } from './design.repository.js';

export const DESIGN_BY_PROGRAM = loaderKey<string, ProgramDesignModel>('designByProgram');

/** Registers the design feature's DataLoaders. */
@Injectable()
export class DesignLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly design: DesignRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(DESIGN_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.design.recordsFor(ids)).map(toProgramDesignModel)));
  }
}
