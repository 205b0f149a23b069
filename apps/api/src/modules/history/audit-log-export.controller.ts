import { Controller, Get, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor } from '@rollout/domain';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { HistoryService } from './history.service.js';

/**
 * `GET /api/audit-log.csv?actorId=&recordType=&from=&to=` — the organization's audit log as CSV,
 * newest first, with the filters of the audit-log page (each optional). Admins only, like the page.
 * Columns: time (ISO 8601, UTC), user, change (a sentence with names and labels), record_type,
 * record, program. Errors are JSON `{ code, message }`: 400 BAD_USER_INPUT, 401, 403.
 */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class AuditLogExportController {
  constructor(private readonly history: HistoryService) {}

  @Get('audit-log.csv')
  @Roles('admin')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { actorId, recordType, from, to } = query;
    const body = await this.history.exportCsv(actor, { actorId, recordType, from, to });
    res.setHeader('Cache-Control', 'no-store');
    const day = new Date().toISOString().slice(0, 10);
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="audit-log-${day}.csv"`, length: body.length });
  }
}
