import { Module } from '@nestjs/common';
import { DesignVersionsModule } from '../design-versions/design-versions.module.js';
import { TargetModelExportService } from './target-model-export.service.js';
import { TargetModelFilesController } from './target-model-files.controller.js';
import { TargetModelLoaders } from './target-model.loaders.js';
import { TargetModelRepository } from './target-model.repository.js';
import { ModelChoiceResolver, ProgramTargetModelResolver } from './target-model.resolver.js';

/** Design: the target model summary the steering committee signs — why this model, what is open, and the workbook. */
@Module({
  imports: [DesignVersionsModule],
  controllers: [TargetModelFilesController],
  providers: [TargetModelRepository, TargetModelLoaders, TargetModelExportService, ProgramTargetModelResolver, ModelChoiceResolver],
})
export class TargetModelModule {
  static readonly entities = [];
}
