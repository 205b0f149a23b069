import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor } from '@rollout/domain';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { TargetModelExportService } from './target-model-export.service.js';

/**
 * `GET /api/programs/:programId/target-model.xlsx` — the target model summary as a workbook (Summary,
 * Placements, RACI, Headcount, Guidance, Changes, Open risks); anyone who reads the program. Errors
 * are JSON `{ code, message }` as for the other files.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class TargetModelFilesController {
  constructor(private readonly exports: TargetModelExportService) {}

  @Get('target-model.xlsx')
  @Roles(...ALL_ROLES)
  async xlsx(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId), res);
  }
}
