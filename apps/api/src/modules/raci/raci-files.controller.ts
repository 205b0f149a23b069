import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor, RaciImportPreview, RaciImportResult } from '@rollout/domain';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { runTableImportStep, uploadedFile } from '../../common/http/uploaded-file.js';
import { RaciExportService } from './raci-export.service.js';
import { RaciImportService } from './raci-import.service.js';

/**
 * The RACI as a file, over plain HTTP (GraphQL carries no files):
 * - `GET /api/programs/:programId/raci.csv` and `.xlsx` — any signed-in user: a `Domain` column,
 *   then one column per role holding R, A, C, I or nothing.
 * - `POST /api/programs/:programId/raci-imports/preview` and `/commit` — body and `mapping` (JSON
 *   `{ domain }`) as for the grid import; preview → 200 with per-row errors and `cellsChanged`,
 *   commit → 200 `{ written, unchanged }` or 400 when any row has an error (nothing written), or
 *   while the RACI is final. The program's leads and admins. Listed in `UPLOAD_ROUTES`.
 *
 * Errors are JSON `{ code, message }` as for measurements.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class RaciFilesController {
  constructor(
    private readonly exports: RaciExportService,
    private readonly imports: RaciImportService,
  ) {}

  @Get('raci.csv')
  @Roles(...ALL_ROLES)
  async csv(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'csv'), res);
  }

  @Get('raci.xlsx')
  @Roles(...ALL_ROLES)
  async xlsx(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'xlsx'), res);
  }

  @Post('raci-imports/:step')
  @HttpCode(200)
  @Roles('admin', 'program_manager')
  async import(
    @CurrentActor() actor: Actor,
    @Param('programId') programId: string,
    @Param('step') step: string,
    @Headers('x-file-name') headerFileName: string | undefined,
    @Query('fileName') queryFileName: unknown,
    @Query('mapping') mapping: unknown,
    @Req() req: Request,
  ): Promise<RaciImportPreview | RaciImportResult> {
    return runTableImportStep(step, { ...uploadedFile(req, headerFileName, queryFileName), mapping }, {
      preview: (upload) => this.imports.preview(actor, programId, upload),
      commit: (upload) => this.imports.commit(actor, programId, upload),
    });
  }
}
