import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { attentionItems, breachesInListOrder, evaluateWaveUnit, isoWeekStart, portfolioDigest, requestNumber, wavePause, type AttentionFacts, type AttentionItem, type MeasuredValue } from '@rollout/domain';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { groupBy } from '../../common/group-by.js';
import { today as serverToday } from '../../common/time/today.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { BacklogRepository } from '../backlog/backlog.repository.js';
import { slaOf } from '../backlog/backlog.view.js';
import { PilotEvaluationService } from '../decisions/pilot-evaluation.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { toPilotModel } from '../pilots/pilot.mapper.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
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
    private readonly pilots: PilotsRepository,
    private readonly evaluation: PilotEvaluationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PORTFOLIO_DIGEST, cron: '0 7 * * 1', maxAttempts: 3, run: async () => void (await this.sendDigests()) });
  }

  /**
   * The attention list of an organization on `day`, its first `first` items (all by default) and how
   * many there are. Requests past a service level: SQL narrows to the open ones filed longer ago than
   * a target, the backlog's own rule decides, and only those the page can show are read and worded.
   */
  async attention(orgId: string, day = serverToday(), first = Number.POSITIVE_INFINITY): Promise<{ items: AttentionItem[]; totalCount: number }> {
    const [facts, candidates, pausedWaves] = await Promise.all([this.portfolio.attentionFacts(orgId, day), this.backlog.breachCandidates(orgId, day), this.pausedWaves(orgId)]);
    const greenOffTrack = await this.greenOffTrack(facts.pilots.filter((pilot) => pilot.status === 'running'), day);
    const breached = breachesInListOrder(
      candidates.flatMap((row) => {
        const { breach } = slaOf(row, day);
        return breach === null ? [] : [{ id: row.id, programId: row.program_id, programName: row.program_name, label: requestNumber(row.number), breach }];
      }),
    );
    // A kind's first items are the only ones of it a page of `first` can hold.
    const listed = breached.slice(0, first);
    const problems = await this.backlog.problemsOf(listed.map((request) => request.id));
    const breachedRequests = listed.map((request) => ({ ...request, problem: problems.get(request.id) ?? '' }));
    const items = attentionItems({ ...facts, breachedRequests, greenOffTrack, pausedWaves }, day);
    return { items: items.slice(0, first), totalCount: items.length + breached.length - listed.length };
  }

  /** Waves paused by a guardrail breached in one of their units on the new model, by the roll-out's own rules. */
  private async pausedWaves(orgId: string): Promise<AttentionFacts['pausedWaves']> {
    const { units, guardrails, weekly } = await this.portfolio.waveGuardrails(orgId);
    const values = groupBy(weekly, (row) => `${row.metricId}/${row.unitId}`);
    const valuesOf = (metricId: string, unitId: string): MeasuredValue[] => (values.get(`${metricId}/${unitId}`) ?? []).map((row) => ({ unitId, date: row.week, value: row.value }));
    return [...groupBy(units, (unit) => unit.waveId).values()].flatMap((members) => {
      const pause = wavePause(
        members.map((unit) => {
          const metrics = guardrails.filter((metric) => metric.pilotId === unit.pilotId);
          const { breachedGuardrails } = evaluateWaveUnit(metrics, unit.baselines, new Map(metrics.map((metric) => [metric.id, valuesOf(metric.id, unit.unitId)])), unit.since);
          return { name: unit.unitName, stage: unit.stage, blockedFrom: unit.blockedFrom, breachedGuardrails };
        }),
      );
      const [first] = members;
      return pause && first ? [{ programId: first.programId, programName: first.programName, waveName: first.waveName, breaches: pause.breaches }] : [];
    });
  }

  /** The gate's green-but-off-track flags of running pilots, from their (cached) evaluations. */
  private async greenOffTrack(pilots: AttentionFacts['pilots'], day: string): Promise<AttentionFacts['greenOffTrack']> {
    const models = (await this.pilots.byIds(pilots.map((pilot) => pilot.id))).map(toPilotModel);
    const evaluations = await this.evaluation.evaluate(models, day);
    const flags = models.flatMap((model, i) => {
      const evaluated = evaluations[i];
      const pilot = pilots.find((row) => row.id === model.id);
      if (!evaluated || evaluated instanceof Error || !pilot) return [];
      return evaluated.recommendation.flags.map((flag) => ({ pilotId: pilot.id, pilotName: pilot.name, programId: pilot.programId, programName: pilot.programName, unitId: flag.unitId, message: flag.message }));
    });
    const names = await this.portfolio.unitNames(flags.map((flag) => flag.unitId));
    return flags.map((flag) => ({ ...flag, unitName: names.get(flag.unitId) ?? '' }));
  }

  /**
   * Writes each organization's weekly digest to its active executives (once a week: its key), who
   * get it in the app and, by their preferences, by email. Returns the notifications written.
   */
  async sendDigests(day = serverToday()): Promise<number> {
    let written = 0;
    for (const { orgId, executiveIds, deliveredLastWeek } of await this.portfolio.digestAudiences(day)) {
      const { items } = await this.attention(orgId, day);
      const digest = portfolioDigest(items, deliveredLastWeek, isoWeekStart(day));
      written += await writeTransaction(this.dataSource, null, async (em) => {
        await this.inbox.tell(em, digest, { orgId, programId: null, userIds: executiveIds });
        return executiveIds.length;
      });
    }
    return written;
  }
}
