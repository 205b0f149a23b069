import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor, GridImportPreview, GridImportResult } from '@rollout/domain';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { runTableImportStep, uploadedFile } from '../../common/http/uploaded-file.js';
import { AssessmentExportService } from './assessment-export.service.js';
import { AssessmentImportService } from './assessment-import.service.js';

/**
 * The assessment grid as a file, over plain HTTP (GraphQL carries no files):
 * - `GET /api/programs/:programId/assessment-grid.csv` and `.xlsx` — any signed-in user; regional
 *   partners get their units' rows only.
 * - `POST /api/programs/:programId/assessment-grid-imports/preview` and `/commit` — body: the CSV or
 *   XLSX file as for measurement imports (multipart part, or the bytes named by `fileName` /
 *   `x-file-name`); `mapping` query parameter: JSON `{ activity, unit, performer, maturity, note }`
 *   of header names (guessed when absent). Preview → 200 with per-row errors; commit → 200
 *   `{ written, unchanged }`, or 400 when any row has an error (nothing written). The program's
 *   leads, admins, and regional partners for their units' rows. Listed in `UPLOAD_ROUTES`.
 *
 * Errors are JSON `{ code, message }` as for measurements.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class AssessmentFilesController {
  constructor(
    private readonly exports: AssessmentExportService,
    private readonly imports: AssessmentImportService,
  ) {}

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

  @Post('assessment-grid-imports/:step')
  @HttpCode(200)
  @Roles('admin', 'program_manager', 'regional_partner')
  async import(
    @CurrentActor() actor: Actor,
    @Param('programId') programId: string,
    @Param('step') step: string,
    @Headers('x-file-name') headerFileName: string | undefined,
    @Query('fileName') queryFileName: unknown,
    @Query('mapping') mapping: unknown,
    @Req() req: Request,
  ): Promise<GridImportPreview | GridImportResult> {
    return runTableImportStep(step, { ...uploadedFile(req, headerFileName, queryFileName), mapping }, {
      preview: (upload) => this.imports.preview(actor, programId, upload),
      commit: (upload) => this.imports.commit(actor, programId, upload),
    });
  }
}
