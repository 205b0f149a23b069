import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { ActivityPlacementEntity } from './activity-placement.entity.js';
import { DesignDimensionEmphasisEntity } from './design-dimension-emphasis.entity.js';
import { DesignVersionEntity } from './design-version.entity.js';
import { DesignLoaders } from './design.loaders.js';
import { DesignRepository } from './design.repository.js';
import { ActivityPlacementResolver, DesignResolver, ProgramDesignResolver } from './design.resolver.js';
import { DesignService } from './design.service.js';

/** Design: where each catalog activity sits in the target model, the design dimensions' emphasis, flags and current vs target. */
@Module({ imports: [AssessmentsModule], providers: [DesignRepository, DesignService, DesignLoaders, DesignResolver, ActivityPlacementResolver, ProgramDesignResolver], exports: [DesignRepository] })
export class DesignModule {
  static readonly entities = [ActivityPlacementEntity, DesignDimensionEmphasisEntity, DesignVersionEntity];
}
