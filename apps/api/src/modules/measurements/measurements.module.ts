import { UsersModule } from '../users/users.module.js';
import { Module } from '@nestjs/common';
import { PilotsModule } from '../pilots/pilots.module.js';
import { MeasurementExportService } from './measurement-export.service.js';
import { MeasurementFilesController } from './measurement-files.controller.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementImportService } from './measurement-import.service.js';
import { MeasurementEntity } from './measurement.entity.js';
import { MeasurementsRepository } from './measurements.repository.js';
import { MeasurementsResolver } from './measurements.resolver.js';
import { MeasurementsService } from './measurements.service.js';

/** Success-metric values: entered by hand, imported from files, exported. */
@Module({
  imports: [PilotsModule, UsersModule],
  controllers: [MeasurementFilesController],
  providers: [MeasurementsRepository, MeasurementsService, MeasurementImportService, MeasurementExportService, MeasurementsResolver],
  exports: [MeasurementsRepository, MeasurementImportService],
})
export class MeasurementsModule {
  static readonly entities = [MeasurementEntity, MeasurementImportEntity];
}
