import { Module } from '@nestjs/common';
import { DesignModule } from '../design/design.module.js';
import { HeadcountModule } from '../headcount/headcount.module.js';
import { RaciModule } from '../raci/raci.module.js';
import { DesignVersionsLoaders } from './design-versions.loaders.js';
import { DesignVersionsRepository } from './design-versions.repository.js';
import { DesignVersionResolver, DesignVersionsResolver, ProgramDesignVersionsResolver } from './design-versions.resolver.js';
import { DesignVersionsService } from './design-versions.service.js';

/** Design: the steering committee's sign-off of the target design, its versions, and what changed between them. */
@Module({
  imports: [DesignModule, RaciModule, HeadcountModule],
  providers: [DesignVersionsRepository, DesignVersionsService, DesignVersionsLoaders, DesignVersionsResolver, DesignVersionResolver, ProgramDesignVersionsResolver],
  exports: [DesignVersionsRepository],
})
export class DesignVersionsModule {
  static readonly entities = [];
}
