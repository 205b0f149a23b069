import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { toHeadcountModel } from './headcount.mapper.js';
import type { HeadcountModel } from './headcount.model.js';
import { HeadcountRepository } from './headcount.repository.js';

export const HEADCOUNT_BY_PROGRAM = loaderKey<string, HeadcountModel>('headcountByProgram');

/** Registers the headcount feature's DataLoaders. */
@Injectable()
export class HeadcountLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly headcount: HeadcountRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(HEADCOUNT_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.headcount.recordsFor(ids)).map(toHeadcountModel)));
  }
}
