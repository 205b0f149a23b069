import { Module } from '@nestjs/common';
import { AssessmentInventoryModule } from '../assessment-inventory/assessment-inventory.module.js';
import { CheckInsModule } from '../check-ins/check-ins.module.js';
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { PilotsModule } from '../pilots/pilots.module.js';
import { DecisionEntity } from './decision.entity.js';
import { DecisionsLoaders } from './decisions.loaders.js';
import { DecisionsRepository } from './decisions.repository.js';
import {
  DecisionLogEntryResolver,
  DecisionsResolver,
  GateFlagResolver,
  LessonsResolver,
  MissingWeekResolver,
  PilotDecisionsResolver,
  ProgramDecisionsResolver,
  UnitMetricEvaluationResolver,
} from './decisions.resolver.js';
import { DecisionsService } from './decisions.service.js';
import { LessonEntity } from './lesson.entity.js';
import { EvaluationWarmupService } from './evaluation-warmup.service.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';

/** A pilot's evaluation and gate recommendation, the decisions taken at its gate (the decision log) and lessons learned. */
@Module({
  imports: [PilotsModule, MeasurementsModule, CheckInsModule, AssessmentInventoryModule],
  providers: [
    DecisionsRepository,
    PilotEvaluationService,
    EvaluationWarmupService,
    DecisionsService,
    DecisionsLoaders,
    DecisionsResolver,
    DecisionLogEntryResolver,
    LessonsResolver,
    PilotDecisionsResolver,
    ProgramDecisionsResolver,
    UnitMetricEvaluationResolver,
    GateFlagResolver,
    MissingWeekResolver,
  ],
  exports: [PilotEvaluationService],
})
export class DecisionsModule {
  static readonly entities = [DecisionEntity, LessonEntity];
}
