import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { CheckInsResolver, OwedCheckInResolver, PilotUnitReportResolver } from './check-ins.resolver.js';
import { CheckInsService } from './check-ins.service.js';
import { GateFlagResolver, GateReviewsResolver, LessonsResolver, MissingWeekResolver, UnitMetricEvaluationResolver } from './gate-reviews.resolver.js';
import { GateReviewsService } from './gate-reviews.service.js';
import { MeasurementExportService } from './measurement-export.service.js';
import { MeasurementFilesController } from './measurement-files.controller.js';
import { MeasurementImportService } from './measurement-import.service.js';
import { MeasurementsResolver } from './measurements.resolver.js';
import { MeasurementsService } from './measurements.service.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';
import { PilotsResolver, ProgramPilotsResolver, SuccessMetricResolver } from './pilots.resolver.js';
import { PilotsService } from './pilots.service.js';

@Module({
  imports: [ProgramsModule],
  controllers: [MeasurementFilesController],
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
    MissingWeekResolver,
    MeasurementsService,
    MeasurementImportService,
    MeasurementExportService,
    MeasurementsResolver,
  ],
  exports: [PilotsService, PilotEvaluationService, CheckInsService, GateReviewsService, MeasurementImportService],
})
export class PilotsModule {}
