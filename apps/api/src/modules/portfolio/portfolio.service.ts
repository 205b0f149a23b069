import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ATTENTION_KINDS,
  attentionItems,
  compareNames,
  evaluateWaveUnit,
  firstBreachesInListOrder,
  isoWeekStart,
  portfolioDigest,
  requestNumber,
  requestSla,
  wavePause,
  type AttentionFacts,
  type AttentionItem,
  type AttentionKind,
  type MeasuredValue,
  type SlaInput,
} from '@rollout/domain';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { groupBy } from '../../common/group-by.js';
import { today as serverToday } from '../../common/time/today.js';
import { writeTransaction } from '../../database/write-transaction.js';
import { BacklogRepository, type BreachCandidateRow } from '../backlog/backlog.repository.js';
import { PilotEvaluationService } from '../decisions/pilot-evaluation.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PortfolioRepository, type AttentionPilotRow } from './portfolio.repository.js';

const slaInputOf = (row: BreachCandidateRow, typeName = ''): SlaInput => ({
  status: row.status,
  typeName,
  triageDays: row.triage_days,
  deliverDays: row.deliver_days,
  filedOn: row.filed_on,
  triagedOn: row.triaged_on,
  deliveredOn: row.delivered_on,
});

const isListedBefore = (kind: AttentionKind, other: AttentionKind) => ATTENTION_KINDS.indexOf(kind) < ATTENTION_KINDS.indexOf(other);

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
    private readonly evaluation: PilotEvaluationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PORTFOLIO_DIGEST, cron: '0 7 * * 1', maxAttempts: 3, run: async () => void (await this.sendDigests()) });
  }

  /**
   * The attention list of an organization on `day`, its first `first` items (all by default) and how
   * many there are. Requests past a service level are counted per program in SQL; only those the page
   * has room for are read, and the backlog's own rule words them.
   */
  async attention(orgId: string, day = serverToday(), first = Number.POSITIVE_INFINITY): Promise<{ items: AttentionItem[]; totalCount: number }> {
    const [facts, breachCounts, pausedWaves] = await Promise.all([this.portfolio.attentionFacts(orgId, day), this.backlog.breachCountsByProgram(orgId, day), this.pausedWaves(orgId)]);
    const greenOffTrack = await this.greenOffTrack(
      facts.pilots.filter((pilot) => pilot.status === 'running'),
      day,
    );
    // The list is ordered by kind first: requests get the room the kinds before theirs leave on the page.
    const others = attentionItems({ ...facts, breachedRequests: [], greenOffTrack, pausedWaves }, day);
    const room = Math.max(0, first - others.filter((item) => isListedBefore(item.kind, 'request_breached')).length);
    const breachedRequests = await this.breachedRequests(orgId, day, breachCounts, room);
    const items = attentionItems({ ...facts, breachedRequests, greenOffTrack, pausedWaves }, day);
    const breachedCount = breachCounts.reduce((sum, program) => sum + program.count, 0);
    return { items: items.slice(0, first), totalCount: items.length + breachedCount - breachedRequests.length };
  }

  /**
   * The first `room` requests past a service level in the list's order (and any tied with the last),
   * worded. The list orders them by program name, so only the first programs holding that many are read.
   */
  private async breachedRequests(orgId: string, day: string, counts: readonly { programId: string; programName: string; count: number }[], room: number): Promise<AttentionFacts['breachedRequests']> {
    const programIds: string[] = [];
    let held = 0;
    let lastName: string | null = null;
    for (const program of [...counts].sort((a, b) => compareNames(a.programName, b.programName))) {
      // Programs of the same name interleave their requests: all of them or none.
      if (held >= room && (lastName === null || compareNames(program.programName, lastName) !== 0)) break;
      programIds.push(program.programId);
      held += program.count;
      lastName = program.programName;
    }
    if (programIds.length === 0) return [];
    const candidates = await this.backlog.breachCandidates(orgId, day, programIds);
    const listed = firstBreachesInListOrder(
      candidates.map((row) => ({ id: row.id, programId: row.program_id, programName: row.program_name, label: requestNumber(row.number), row })),
      room,
    );
    const wording = await this.backlog.wordingOf(listed.map((request) => request.id));
    return listed.map(({ row, ...request }) => {
      const { problem = '', typeName = '' } = wording.get(request.id) ?? {};
      return { ...request, problem, breach: requestSla(slaInputOf(row, typeName), day).breach ?? '' };
    });
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
  private async greenOffTrack(pilots: readonly AttentionPilotRow[], day: string): Promise<AttentionFacts['greenOffTrack']> {
    // The names of every unit of these pilots, read beside the evaluations rather than after them for the flagged few.
    const [evaluations, names] = await Promise.all([this.evaluation.evaluate(pilots, day), this.portfolio.unitNames([...new Set(pilots.flatMap((pilot) => pilot.unitIds))])]);
    return pilots.flatMap((pilot, i) => {
      const evaluated = evaluations[i];
      if (!evaluated || evaluated instanceof Error) return [];
      return evaluated.recommendation.flags.map((flag) => ({
        pilotId: pilot.id,
        pilotName: pilot.name,
        programId: pilot.programId,
        programName: pilot.programName,
        unitId: flag.unitId,
        unitName: names.get(flag.unitId) ?? '',
        message: flag.message,
      }));
    });
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
