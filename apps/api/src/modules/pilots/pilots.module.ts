import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { CheckInsResolver, OwedCheckInResolver, PilotUnitReportResolver } from './check-ins.resolver.js';
import { CheckInsService } from './check-ins.service.js';
import { GateFlagResolver, GateReviewsResolver, LessonsResolver, UnitMetricEvaluationResolver } from './gate-reviews.resolver.js';
import { GateReviewsService } from './gate-reviews.service.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';
import { PilotsResolver, ProgramPilotsResolver, SuccessMetricResolver } from './pilots.resolver.js';
import { PilotsService } from './pilots.service.js';

@Module({
  imports: [ProgramsModule],
  providers: [
    PilotsService,
    PilotEvaluationService,
    CheckInsService,
    GateReviewsService,
    PilotsResolver,
    SuccessMetricResolver,
    ProgramPilotsResolver,
    CheckInsResolver,
    PilotUnitReportResolver,
    OwedCheckInResolver,
    GateReviewsResolver,
    LessonsResolver,
    UnitMetricEvaluationResolver,
    GateFlagResolver,
  ],
  exports: [PilotsService, PilotEvaluationService, CheckInsService, GateReviewsService],
})
export class PilotsModule {}
