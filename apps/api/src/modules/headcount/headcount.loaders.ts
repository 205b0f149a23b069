import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { OrgVersionedProgramCache } from '../../common/org-versioned-program-cache.js';
import { toHeadcountModel } from './headcount.mapper.js';
import type { HeadcountModel } from './headcount.model.js';
import { HeadcountRepository } from './headcount.repository.js';

export const HEADCOUNT_BY_PROGRAM = loaderKey<string, HeadcountModel>('headcountByProgram');

/** How many programs' headcount plans one process keeps (its latest version each; a few kilobytes). */
const HEADCOUNT_CACHE_SIZE = 200;

/** Registers the headcount feature's DataLoaders: a program's plan is derived once per change to its organization's data, shared by every reader (never mutated). */
@Injectable()
export class HeadcountLoaders implements OnModuleInit {
  private readonly plans: OrgVersionedProgramCache<HeadcountModel>;

  constructor(
    private readonly registry: LoaderRegistry,
    private readonly headcount: HeadcountRepository,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.plans = new OrgVersionedProgramCache(dataSource, HEADCOUNT_CACHE_SIZE);
  }

  onModuleInit(): void {
    this.registry.register(HEADCOUNT_BY_PROGRAM, () => new DataLoader(async (ids) => this.plans.getAll(ids, async (missing) => (await this.headcount.recordsFor(missing)).map(toHeadcountModel))));
  }
}
