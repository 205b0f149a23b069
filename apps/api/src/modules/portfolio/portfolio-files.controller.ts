import { Controller, Get, Param, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { invalidField, type Actor } from '@rollout/domain';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { filterFromQuery, PortfolioExportService } from './portfolio-export.service.js';

/**
 * The portfolio over plain HTTP, for everyone (as the view), narrowed by the view's own address
 * parameters (`region`, `businessUnit`, `owner`, `phase`):
 * - `GET /api/portfolio.xlsx` — the whole view: programs, pilots, heat map and what needs attention, a sheet each.
 * - `GET /api/portfolio/<list>.csv` and `.xlsx` — one list: `programs`, `pilots`, `heat-map` or `attention`.
 */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class PortfolioFilesController {
  constructor(private readonly exports: PortfolioExportService) {}

  @Get('portfolio.xlsx')
  @Roles(...ALL_ROLES)
  async workbook(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.workbook(actor, filterFromQuery(query)), res);
  }

  @Get('portfolio/:file')
  @Roles(...ALL_ROLES)
  async list(@CurrentActor() actor: Actor, @Param('file') file: string, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const [, list = '', format] = /^(.+)\.(csv|xlsx)$/.exec(file) ?? [];
    if (format !== 'csv' && format !== 'xlsx') throw invalidField('file', 'Ask for a .csv or .xlsx file.');
    return attachment(await this.exports.list(actor, list, filterFromQuery(query), format), res);
  }
}
