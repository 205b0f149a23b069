import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import { toUnitModel } from './unit.mapper.js';
import type { UnitModel } from './unit.model.js';
import { UnitsRepository } from './units.repository.js';

export const UNIT_BY_ID = loaderKey<string, UnitModel | null>('unitById');

/** Registers the units feature's DataLoaders. */
@Injectable()
export class UnitsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly units: UnitsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(UNIT_BY_ID, () => new DataLoader(async (ids) => pickInKeyOrder(ids, await this.units.byIds(ids), (row) => row.id, toUnitModel)));
  }
}
