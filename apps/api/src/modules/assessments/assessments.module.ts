import { Module } from '@nestjs/common';
import { ActivityEntity } from './activity.entity.js';
import { ActivityResolver } from './activity.resolver.js';
import { AssessmentExportService } from './assessment-export.service.js';
import { AssessmentFilesController } from './assessment-files.controller.js';
import { AssessmentImportService } from './assessment-import.service.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import { AssessmentReminderEntity } from './assessment-reminder.entity.js';
import { AssessmentsLoaders } from './assessments.loaders.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { AssessmentColumnResolver, ProgramAssessmentResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { CapabilityEntity } from './capability.entity.js';

/** Assess: the program's capability and activity catalog, the grid of who does what today, its findings and completeness. */
@Module({
  controllers: [AssessmentFilesController],
  providers: [AssessmentsRepository, AssessmentExportService, AssessmentImportService, AssessmentsService, AssessmentsLoaders, ProgramAssessmentResolver, AssessmentColumnResolver, ActivityResolver],
  exports: [AssessmentsRepository],
})
export class AssessmentsModule {
  static readonly entities = [CapabilityEntity, ActivityEntity, AssessmentCellEntity, AssessmentReminderEntity];
}
