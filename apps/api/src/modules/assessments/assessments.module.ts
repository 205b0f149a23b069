import { Module } from '@nestjs/common';
import { ActivityEntity } from './activity.entity.js';
import { AssessmentCellEntity } from './assessment-cell.entity.js';
import { AssessmentReminderEntity } from './assessment-reminder.entity.js';
import { CapabilityEntity } from './capability.entity.js';

/** Assess: the program's capability and activity catalog, the grid of who does what today, its findings and completeness. */
@Module({
  providers: [],
})
export class AssessmentsModule {
  static readonly entities = [CapabilityEntity, ActivityEntity, AssessmentCellEntity, AssessmentReminderEntity];
}
