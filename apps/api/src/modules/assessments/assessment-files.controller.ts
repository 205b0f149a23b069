import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor } from '@rollout/domain';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { AssessmentExportService } from './assessment-export.service.js';

/**
 * The assessment grid as a file, over plain HTTP (GraphQL carries no files):
 * `GET /api/programs/:programId/assessment-grid.csv` and `.xlsx` — any signed-in user; regional
 * partners get their units' rows only. Errors are JSON `{ code, message }` as for measurements.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class AssessmentFilesController {
  constructor(private readonly exports: AssessmentExportService) {}

  @Get('assessment-grid.csv')
  @Roles(...ALL_ROLES)
  async csv(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'csv'), res);
  }

  @Get('assessment-grid.xlsx')
  @Roles(...ALL_ROLES)
  async xlsx(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'xlsx'), res);
  }
}
