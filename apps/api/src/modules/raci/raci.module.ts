import { Module } from '@nestjs/common';
import { RaciCellEntity } from './raci-cell.entity.js';
import { RaciDomainEntity } from './raci-domain.entity.js';
import { RaciExportService } from './raci-export.service.js';
import { RaciFilesController } from './raci-files.controller.js';
import { RaciImportService } from './raci-import.service.js';
import { RaciMatrixEntity } from './raci-matrix.entity.js';
import { RaciRoleEntity } from './raci-role.entity.js';
import { RaciLoaders } from './raci.loaders.js';
import { RaciRepository } from './raci.repository.js';
import { ActivityRaciResolver, ProgramRaciResolver, RaciDomainResolver, RaciResolver } from './raci.resolver.js';
import { RaciService } from './raci.service.js';

/** Design: the program's decision rights, a RACI of domains × roles, its validation, sign-off and files. */
@Module({
  controllers: [RaciFilesController],
  providers: [RaciRepository, RaciService, RaciImportService, RaciExportService, RaciLoaders, RaciResolver, RaciDomainResolver, ActivityRaciResolver, ProgramRaciResolver],
  exports: [RaciRepository],
})
export class RaciModule {
  static readonly entities = [RaciMatrixEntity, RaciDomainEntity, RaciRoleEntity, RaciCellEntity];
}
