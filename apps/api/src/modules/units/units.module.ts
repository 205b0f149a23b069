import { Module } from '@nestjs/common';
import { UnitEntity } from './unit.entity.js';
import { UnitsLoaders } from './units.loaders.js';
import { UnitsRepository } from './units.repository.js';
import { UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

/** The organization's unit tree: regions, countries, business units, segments. */
@Module({ providers: [UnitsRepository, UnitsService, UnitsLoaders, UnitsResolver], exports: [UnitsRepository] })
export class UnitsModule {
  static readonly entities = [UnitEntity];
}
