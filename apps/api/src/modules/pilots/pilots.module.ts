import { Module } from '@nestjs/common';
import { PilotEntity } from './pilot.entity.js';
import { PilotsLoaders } from './pilots.loaders.js';
import { PilotsRepository } from './pilots.repository.js';
import { PilotsResolver, ProgramPilotsResolver, SuccessMetricResolver } from './pilots.resolver.js';
import { PilotsService } from './pilots.service.js';
import { SuccessMetricEntity } from './success-metric.entity.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { UnitRolloutsService } from './unit-rollouts.service.js';
import { PilotUnitStagesResolver, ProgramUnitStageResolver, UnitRolloutsResolver, UnitStageResolver } from './unit-stage.resolver.js';

/** Pilots of a program and their success metrics. */
@Module({
  imports: [ProgramsModule],
  providers: [PilotsRepository, PilotsService, UnitRolloutsService, PilotsLoaders, PilotsResolver, SuccessMetricResolver, ProgramPilotsResolver, UnitStageResolver, ProgramUnitStageResolver, PilotUnitStagesResolver, UnitRolloutsResolver],
  exports: [PilotsRepository],
})
export class PilotsModule {
  static readonly entities = [PilotEntity, SuccessMetricEntity];
}
