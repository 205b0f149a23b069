import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { TOOL_INVENTORY_EXPORTERS, type Actor, type ToolImportPreview, type ToolImportResult } from '@rollout/domain';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { runTableImportStep, uploadedFile } from '../../common/http/uploaded-file.js';
import { ToolImportService } from './tool-import.service.js';
import { ToolInventoryExportService } from './tool-inventory-export.service.js';

/**
 * The tool inventory as a file, over plain HTTP (GraphQL carries no files):
 * - `GET /api/programs/:programId/tool-inventory.csv` and `.xlsx` — `TOOL_INVENTORY_EXPORTERS`.
 * - `POST /api/programs/:programId/tool-inventory-imports/preview` and `/commit` — body and
 *   `mapping` as for the grid import (`{ name, category, units, annualCost, owner, renewalDate }`);
 *   the program's leads and admins. Listed in `UPLOAD_ROUTES`.
 *
 * Errors are JSON `{ code, message }` as for measurements.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class ToolInventoryFilesController {
  constructor(
    private readonly exports: ToolInventoryExportService,
    private readonly imports: ToolImportService,
  ) {}

  @Get('tool-inventory.csv')
  @Roles(...TOOL_INVENTORY_EXPORTERS)
  async csv(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'csv'), res);
  }

  @Get('tool-inventory.xlsx')
  @Roles(...TOOL_INVENTORY_EXPORTERS)
  async xlsx(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'xlsx'), res);
  }

  @Post('tool-inventory-imports/:step')
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
  ): Promise<ToolImportPreview | ToolImportResult> {
    return runTableImportStep(step, { ...uploadedFile(req, headerFileName, queryFileName), mapping }, {
      preview: (upload) => this.imports.preview(actor, programId, upload),
      commit: (upload) => this.imports.commit(actor, programId, upload),
    });
  }
}
