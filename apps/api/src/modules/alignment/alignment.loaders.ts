import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { AlignmentModel } from './alignment.model.js';
import { toAlignmentModel } from './alignment.mapper.js';
import { AlignmentRepository } from './alignment.repository.js';

export const ALIGNMENT_BY_PROGRAM = loaderKey<string, AlignmentModel>('alignmentByProgram');

/** Registers the alignment feature's DataLoaders. */
@Injectable()
export class AlignmentLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly alignment: AlignmentRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(ALIGNMENT_BY_PROGRAM, () => new DataLoader(async (ids) => (await this.alignment.recordsFor(ids)).map(toAlignmentModel)));
  }
}
