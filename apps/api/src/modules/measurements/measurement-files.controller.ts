import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor } from '@rollout/domain';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { uploadedFile } from '../../common/http/uploaded-file.js';
import { attachment, type ExportFormat } from '../../common/files/spreadsheet-export.js';
import { MeasurementExportService } from './measurement-export.service.js';
import { MeasurementImportService, type UploadResult } from './measurement-import.service.js';

/**
 * Files in and out of a pilot's measurements, over plain HTTP (GraphQL carries no files). The
 * upload route is listed in `UPLOAD_ROUTES` (common/http/raw-upload.ts), which gives it its body parser.
 *
 * - `POST /api/pilots/:pilotId/measurement-imports` — body: the CSV or XLSX file (≤ 20 MB) as a
 *   multipart/form-data file part (its file name is used), or as the bytes themselves (any other
 *   content type) named by the `fileName` query parameter or the `x-file-name` header (URI-encoded
 *   when not ASCII) → 201
 *   `{ importId, fileName, format, rowsTotal }`; then `previewMeasurementImport` and
 *   `commitMeasurementImport` in GraphQL. Program owner, leads, admins.
 * - `GET /api/pilots/:pilotId/measurements.csv` and `.xlsx` — the pilot's values as an attachment;
 *   any signed-in user.
 *
 * Errors are JSON `{ code, message }`: 400 BAD_USER_INPUT, 401 UNAUTHENTICATED, 403 FORBIDDEN,
 * 404 NOT_FOUND, 413 (file too large). The session cookie authenticates; it is SameSite=Lax, so a
 * cross-site form post arrives without it and is refused before its body is read.
 */
@Controller('api/pilots/:pilotId')
@UseFilters(HttpErrorFilter)
export class MeasurementFilesController {
  constructor(
    private readonly imports: MeasurementImportService,
    private readonly exports: MeasurementExportService,
  ) {}

  @Post('measurement-imports')
  @HttpCode(201)
  @Roles('admin', 'program_manager')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('pilotId') pilotId: string,
    @Headers('x-file-name') headerFileName: string | undefined,
    @Query('fileName') queryFileName: unknown,
    @Req() req: Request,
  ): Promise<UploadResult> {
    const file = uploadedFile(req, headerFileName, queryFileName);
    return this.imports.upload(actor, pilotId, file.fileName, file.bytes);
  }

  @Get('measurements.csv')
  @Roles(...ALL_ROLES)
  async csv(@CurrentActor() actor: Actor, @Param('pilotId') pilotId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return this.download(actor, pilotId, 'csv', res);
  }

  @Get('measurements.xlsx')
  @Roles(...ALL_ROLES)
  async xlsx(@CurrentActor() actor: Actor, @Param('pilotId') pilotId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return this.download(actor, pilotId, 'xlsx', res);
  }

  private async download(actor: Actor, pilotId: string, format: ExportFormat, res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, pilotId, format), res);
  }
}
