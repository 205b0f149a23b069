import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { attentionItems, isOpenRequest, isoWeekStart, portfolioDigest, requestNumber, type AttentionItem } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { LoaderRegistry, type RequestLoaders } from '../../common/graphql/loaders.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { today as serverToday } from '../../common/time/today.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { BACKLOG_BY_PROGRAM } from '../backlog/backlog.loaders.js';
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
    private readonly registry: LoaderRegistry,
    private readonly jobs: JobQueue,
    private readonly inbox: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PORTFOLIO_DIGEST, cron: '0 7 * * 1', maxAttempts: 3, run: async () => void (await this.sendDigests()) });
  }

  /** The attention list of an organization on `day`; a request's service level is derived with its backlog, by the backlog's own rule. */
  async attention(orgId: string, loaders: RequestLoaders, day = serverToday()): Promise<AttentionItem[]> {
    const { programsWithOpenRequests, ...facts } = await this.portfolio.attentionFacts(orgId, day);
    const backlogs = await loaders.get(BACKLOG_BY_PROGRAM).loadMany(programsWithOpenRequests.map((program) => program.id));
    const nameOf = new Map(programsWithOpenRequests.map((program) => [program.id, program.name]));
    const breachedRequests = backlogs.flatMap((backlog) =>
      backlog instanceof Error
        ? []
        : backlog.requests.flatMap(({ row, sla }) =>
            sla.breach !== null && isOpenRequest(row.status) ? [{ id: row.id, programId: row.program_id, programName: nameOf.get(row.program_id) ?? '', label: requestNumber(row.number), problem: row.problem, breach: sla.breach }] : [],
          ),
    );
    return attentionItems({ ...facts, breachedRequests }, day);
  }

  /**
   * Writes each organization's weekly digest to its active executives (once a week: its key), who
   * get it in the app and, by their preferences, by email. Returns the notifications written.
   */
  async sendDigests(day = serverToday()): Promise<number> {
    let written = 0;
    for (const { orgId, executiveIds, deliveredLastWeek } of await this.portfolio.digestAudiences(day)) {
      const items = await this.attention(orgId, this.registry.forRequest(), day);
      const digest = portfolioDigest(items, deliveredLastWeek, isoWeekStart(day));
      written += await writeTransaction(this.dataSource, null, async (em) => {
        await this.inbox.tell(em, digest, { orgId, programId: null, userIds: executiveIds });
        return executiveIds.length;
      });
    }
    return written;
  }
}
