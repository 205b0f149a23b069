import { Module } from '@nestjs/common';
import { BacklogModule } from '../backlog/backlog.module.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { PhaseChangeEntity } from './phase-change.entity.js';
import { ProgramMemberEntity } from './program-member.entity.js';
import { ProgramMemberResolver, ProgramRolloutFieldsResolver, ProgramUnitResolver } from './program-rollout.resolver.js';
import { ProgramRolloutService } from './program-rollout.service.js';
import { ProgramUnitEntity } from './program-unit.entity.js';
import { ProgramEntity } from './program.entity.js';
import { ProgramsLoaders } from './programs.loaders.js';
import { ProgramsRepository } from './programs.repository.js';
import { PhaseChangeResolver, ProgramsResolver } from './programs.resolver.js';
import { ProgramsService } from './programs.service.js';

/** Programs, their phases, rollout units and members. */
@Module({
  imports: [AssessmentsModule, BacklogModule],
  providers: [
    ProgramsRepository,
    ProgramsService,
    ProgramRolloutService,
    ProgramsLoaders,
    ProgramsResolver,
    PhaseChangeResolver,
    ProgramUnitResolver,
    ProgramMemberResolver,
    ProgramRolloutFieldsResolver,
  ],
  exports: [ProgramsRepository],
})
export class ProgramsModule {
  static readonly entities = [ProgramEntity, PhaseChangeEntity, ProgramUnitEntity, ProgramMemberEntity];
}
