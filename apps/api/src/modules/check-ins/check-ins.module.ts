import { Module } from '@nestjs/common';
import { PilotsModule } from '../pilots/pilots.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { CheckInEntity } from './check-in.entity.js';
import { CheckInsLoaders } from './check-ins.loaders.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { CheckInsResolver, OwedCheckInResolver, PilotCheckInsResolver, PilotUnitReportResolver } from './check-ins.resolver.js';
import { CheckInsService } from './check-ins.service.js';

/** Weekly check-ins of pilot units. */
@Module({
  imports: [PilotsModule, ProgramsModule],
  providers: [CheckInsRepository, CheckInsService, CheckInsLoaders, CheckInsResolver, PilotCheckInsResolver, PilotUnitReportResolver, OwedCheckInResolver],
  exports: [CheckInsRepository, CheckInsService],
})
export class CheckInsModule {
  static readonly entities = [CheckInEntity];
}
