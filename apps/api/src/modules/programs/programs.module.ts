import { Module } from '@nestjs/common';
import { ProgramMemberResolver, ProgramRolloutFieldsResolver, ProgramUnitResolver } from './program-rollout.resolver.js';
import { ProgramRolloutService } from './program-rollout.service.js';
import { PhaseChangeResolver, ProgramsResolver } from './programs.resolver.js';
import { ProgramsService } from './programs.service.js';

@Module({
  providers: [ProgramsService, ProgramRolloutService, ProgramsResolver, PhaseChangeResolver, ProgramUnitResolver, ProgramMemberResolver, ProgramRolloutFieldsResolver],
  exports: [ProgramsService, ProgramRolloutService],
})
export class ProgramsModule {}
