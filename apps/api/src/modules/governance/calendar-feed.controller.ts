import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { CalendarFeedService } from './calendar-feed.service.js';

/**
 * `GET /api/calendar/<secret>.ics` — a user's meetings as an iCalendar feed for Outlook, Google
 * or Apple Calendar to subscribe to. The secret in the address is the credential (calendar apps
 * send no cookie); an unknown or revoked one answers 404 NOT_FOUND.
 */
@Controller('api/calendar')
@Public()
@UseFilters(HttpErrorFilter)
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = await this.feeds.feed(file.replace(/\.ics$/, ''));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }
}
