import { Module } from '@nestjs/common';
import { HeadcountLoaders } from './headcount.loaders.js';
import { HeadcountRepository } from './headcount.repository.js';
import { HeadcountResolver, ProgramHeadcountResolver } from './headcount.resolver.js';
import { HeadcountService } from './headcount.service.js';
import { PlannedRoleEntity } from './planned-role.entity.js';

/** Design: the target model's roles and headcount per hub and spoke, their cost, and the staffing and budget guidance. */
@Module({ providers: [HeadcountRepository, HeadcountService, HeadcountLoaders, HeadcountResolver, ProgramHeadcountResolver], exports: [HeadcountRepository] })
export class HeadcountModule {
  static readonly entities = [PlannedRoleEntity];
}
