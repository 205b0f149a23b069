import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import { toDesignVersionsModel } from './design-versions.mapper.js';
import type { DesignVersionsModel } from './design-versions.model.js';
import { DesignVersionsRepository } from './design-versions.repository.js';

export const DESIGN_VERSIONS_BY_PROGRAM = loaderKey<string, DesignVersionsModel>('designVersionsByProgram');

/** Registers the design versions' DataLoaders. */
@Injectable()
export class DesignVersionsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly versions: DesignVersionsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(DESIGN_VERSIONS_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.versions.recordsFor(ids)).map(toDesignVersionsModel)));
  }
}
