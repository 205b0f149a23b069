import { Module } from '@nestjs/common';
import { AssessmentBaselineEntity } from './assessment-baseline.entity.js';
import { AssessmentInventoryLoaders } from './assessment-inventory.loaders.js';
import { AssessmentInventoryRepository } from './assessment-inventory.repository.js';
import {
  AssessmentBaselineResolver,
  ProgramAssessmentInventoryResolver,
  ProgramToolResolver,
  ProgramUnitAssessmentResolver,
  UnitStaffingResolver,
} from './assessment-inventory.resolver.js';
import { AssessmentInventoryService } from './assessment-inventory.service.js';
import { ProgramToolEntity } from './program-tool.entity.js';
import { ToolImportService } from './tool-import.service.js';
import { ToolInventoryExportService } from './tool-inventory-export.service.js';
import { ToolInventoryFilesController } from './tool-inventory-files.controller.js';
import { UnitStaffingEntity } from './unit-staffing.entity.js';

/** The Assess phase's tool inventory, KPI baselines and unit staffing of a program. */
@Module({
  controllers: [ToolInventoryFilesController],
  providers: [
    AssessmentInventoryRepository,
    ToolInventoryExportService,
    ToolImportService,
    AssessmentInventoryService,
    AssessmentInventoryLoaders,
    ProgramToolResolver,
    AssessmentBaselineResolver,
    UnitStaffingResolver,
    ProgramAssessmentInventoryResolver,
    ProgramUnitAssessmentResolver,
  ],
  exports: [AssessmentInventoryRepository],
})
export class AssessmentInventoryModule {
  static readonly entities = [ProgramToolEntity, AssessmentBaselineEntity, UnitStaffingEntity];
}
