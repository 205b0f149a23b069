import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { changeDaysFor, type Actor } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { GovernanceRepository } from './governance.repository.js';
import { toOccurrenceModels } from './governance.mapper.js';
import type { CalendarFeedModel } from './governance.model.js';
import { buildCalendar } from './ical.js';

/** How far back and ahead a feed reaches. */
const FEED_DAYS_BACK = 60;
const FEED_DAYS_AHEAD = 365;
const DAY_MS = 86_400_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/** Each user's secret calendar address: made, revoked, and read by calendar apps without a session. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly governance: GovernanceRepository,
  ) {}

  async status(actor: Actor): Promise<CalendarFeedModel> {
    const feed = await this.governance.feedOf(actor.id);
    return { createdAt: feed?.createdAt ?? null, url: null };
  }

  /** Makes a new address (the old one stops working) and answers with it, the only time it is shown. */
  async create(actor: Actor, origin: string): Promise<CalendarFeedModel> {
    const token = randomBytes(24).toString('base64url');
    return writeTransaction(this.dataSource, actor, async (em) => {
      const feed = await this.governance.saveFeed(em, { userId: actor.id, orgId: actor.orgId, tokenHash: hashOf(token) });
      return { createdAt: feed.createdAt, url: `${origin}/api/calendar/${token}.ics` };
    });
  }

  async revoke(actor: Actor): Promise<boolean> {
    return writeTransaction(this.dataSource, actor, (em) => this.governance.deleteFeed(em, actor.id));
  }

  /** The feed of the token's user: the meetings of the forums they attend, from two months back to a year ahead. */
  async feed(token: string, now = new Date()): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{32}$/.test(token) ? await this.governance.feedByTokenHash(hashOf(token)) : null;
    if (!feed) throw new NotFoundError('Calendar feed', 'this address');
    const forums = await this.governance.forumsAttendedBy(feed.userId, feed.orgId);
    const from = new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS);
    const to = new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS);
    const meetings = await this.governance.meetingsOfForums(forums.map((forum) => forum.id), changeDaysFor(from, to));
    const events = forums.flatMap((forum) => {
      const rows = meetings.filter((meeting) => meeting.forumId === forum.id);
      const versions = new Map(rows.map((meeting) => [meeting.occursOn, meeting.version]));
      return toOccurrenceModels(forum, rows, from, to).map((occurrence) => ({
        uid: `${forum.id}-${occurrence.occursOn}@rollout`,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        summary: forum.name,
        description: occurrence.cancelledReason ? `Cancelled: ${occurrence.cancelledReason}` : forum.purpose,
        // The forum's and the meeting's versions both move when anything about the event changes.
        sequence: forum.version + (versions.get(occurrence.occursOn) ?? 0),
        cancelled: occurrence.cancelledReason !== null,
      }));
    });
    return buildCalendar('Rollout meetings', events, now);
  }
}
