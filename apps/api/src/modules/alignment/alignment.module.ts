import { Module } from '@nestjs/common';
import { AlignmentLoaders } from './alignment.loaders.js';
import { AlignmentRepository } from './alignment.repository.js';
import { AlignmentResolver, ProgramAlignmentResolver } from './alignment.resolver.js';
import { AlignmentService } from './alignment.service.js';
import { CompanyProfileEntity } from './company-profile.entity.js';
import { DesignPrincipleEntity } from './design-principle.entity.js';
import { ModelScoreEntity } from './model-score.entity.js';
import { OperatingModelChoiceEntity } from './operating-model-choice.entity.js';
import { StakeholderWeightsEntity } from './stakeholder-weights.entity.js';

/** Align: design principles, stakeholder weights, the decision matrix, guidance and the chosen model. */
@Module({ providers: [AlignmentRepository, AlignmentService, AlignmentLoaders, AlignmentResolver, ProgramAlignmentResolver] })
export class AlignmentModule {
  static readonly entities = [DesignPrincipleEntity, StakeholderWeightsEntity, ModelScoreEntity, CompanyProfileEntity, OperatingModelChoiceEntity];
}
