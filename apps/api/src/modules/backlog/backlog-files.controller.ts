import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor } from '@rollout/domain';
import type { Request, Response } from 'express';
import { ALL_ROLES, CurrentActor, Public, Roles } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { attachment } from '../../common/files/spreadsheet-export.js';
import { RoadmapExportService } from './roadmap-export.service.js';
import { InboundRequestService } from './inbound-request.service.js';

/**
 * The backlog over plain HTTP:
 * - `GET /api/programs/:programId/roadmap.csv` and `.xlsx` — anyone who reads the program: one row
 *   per committed, in-progress or delivered request, by team and quarter.
 * - `POST /api/programs/:programId/requests/inbound` — files a request from another tool: a JSON
 *   body (see `inboundRequestSchema`) signed in `Rollout-Signature` (`t=<unix seconds>,v1=<hex
 *   HMAC-SHA256 of "<t>.<body>">` with the backlog's inbound secret). No session: the signature is
 *   the credential and the named requester's permissions apply. 201 with the request's id and
 *   label; 401 for a missing, wrong or stale signature. Its raw body parser is in configure-http.
 */
@Controller('api/programs/:programId')
@UseFilters(HttpErrorFilter)
export class BacklogFilesController {
  constructor(
    private readonly exports: RoadmapExportService,
    private readonly inbound: InboundRequestService,
  ) {}

  @Get('roadmap.csv')
  @Roles(...ALL_ROLES)
  async csv(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'csv'), res);
  }

  @Get('roadmap.xlsx')
  @Roles(...ALL_ROLES)
  async xlsx(@CurrentActor() actor: Actor, @Param('programId') programId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(await this.exports.export(actor, programId, 'xlsx'), res);
  }

  @Post('requests/inbound')
  @Public()
  @HttpCode(201)
  async receive(@Param('programId') programId: string, @Headers('rollout-signature') signature: string | undefined, @Req() req: Request): Promise<{ id: string; label: string; status: string }> {
    const request = await this.inbound.receive(programId, req.body as Buffer | undefined, signature);
    return { id: request.id, label: request.label, status: request.status };
  }
}
