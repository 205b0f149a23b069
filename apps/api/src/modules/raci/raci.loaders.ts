import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { toRaciModel } from './raci.mapper.js';
import type { RaciModel } from './raci.model.js';
import { RaciRepository } from './raci.repository.js';

export const RACI_BY_PROGRAM = loaderKey<string, RaciModel>('raciByProgram');

/** Registers the RACI feature's DataLoaders. */
@Injectable()
export class RaciLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly raci: RaciRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(RACI_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.raci.recordsFor(ids)).map(toRaciModel)));
  }
}
