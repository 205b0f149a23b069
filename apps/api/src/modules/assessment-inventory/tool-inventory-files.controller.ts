import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { TOOL_INVENTORY_EXPORTERS, type Actor } from '@rollout/domain';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { ToolInventoryExportService } from './tool-inventory-export.service.js';

/**
 * The tool inventory as a file, over plain HTTP (GraphQL carries no files):
 * `GET /api/programs/:programId/tool-inventory.csv` and `.xlsx` — `TOOL_INVENTORY_EXPORTERS`. Errors are JSON
 * `{ code, message }` as for measurements.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class ToolInventoryFilesController {
  constructor(private readonly exports: ToolInventoryExportService) {}

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
}
