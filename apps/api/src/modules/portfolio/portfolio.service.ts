import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { attentionItems, isoWeekStart, portfolioDigest, requestNumber, type AttentionItem } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { today as serverToday } from '../../common/time/today.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { BacklogRepository } from '../backlog/backlog.repository.js';
import { slaOf } from '../backlog/backlog.view.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PortfolioRepository } from './portfolio.repository.js';

/** The job that tells each organization's executives, on Monday mornings, what the portfolio needs. */
export const PORTFOLIO_DIGEST = 'portfolio_digest';

/** What needs attention across the portfolio, for the executive's landing page and the weekly digest alike. */
@Injectable()
export class PortfolioService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly portfolio: PortfolioRepository,
    private readonly backlog: BacklogRepository,
    private readonly jobs: JobQueue,
    private readonly inbox: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PORTFOLIO_DIGEST, cron: '0 7 * * 1', maxAttempts: 3, run: async () => void (await this.sendDigests()) });
  }

  /**
   * The attention list of an organization on `day`. Requests past a service level: SQL narrows to
   * the open ones filed longer ago than a target, and the backlog's own rule decides and words them.
   */
  async attention(orgId: string, day = serverToday()): Promise<AttentionItem[]> {
    const [facts, candidates] = await Promise.all([this.portfolio.attentionFacts(orgId, day), this.backlog.breachCandidates(orgId, day)]);
    const breachedRequests = candidates.flatMap((row) => {
      const { breach } = slaOf(row, day);
      return breach === null ? [] : [{ id: row.id, programId: row.program_id, programName: row.program_name, label: requestNumber(row.number), problem: row.problem, breach }];
    });
    return attentionItems({ ...facts, breachedRequests }, day);
  }

  /**
   * Writes each organization's weekly digest to its active executives (once a week: its key), who
   * get it in the app and, by their preferences, by email. Returns the notifications written.
   */
  async sendDigests(day = serverToday()): Promise<number> {
    let written = 0;
    for (const { orgId, executiveIds, deliveredLastWeek } of await this.portfolio.digestAudiences(day)) {
      const items = await this.attention(orgId, day);
      const digest = portfolioDigest(items, deliveredLastWeek, isoWeekStart(day));
      written += await writeTransaction(this.dataSource, null, async (em) => {
        await this.inbox.tell(em, digest, { orgId, programId: null, userIds: executiveIds });
        return executiveIds.length;
      });
    }
    return written;
  }
}
