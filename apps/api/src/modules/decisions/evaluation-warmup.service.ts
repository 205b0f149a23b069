import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { today } from '../../common/time/today.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { toPilotModel } from '../pilots/pilot.mapper.js';
import { PilotsRepository } from '../pilots/pilots.repository.js';
import { PilotEvaluationService } from './pilot-evaluation.service.js';

/** The job that evaluates every running pilot early each day, before anyone opens the portfolio. */
export const EVALUATION_WARMUP = 'evaluation_warmup';
/** Pilots evaluated together: their weekly values are read in one statement. */
const BATCH = 10;

/**
 * Evaluations are cached by day and data version, so the first reader of a day would pay for every
 * running pilot at once (about two seconds for forty pilots of a year each). This fills the cache
 * instead: when the process starts (if it works the job queue) and daily at 00:05. The cache is
 * the process's own; with several API processes, the one that runs the job is warm.
 */
@Injectable()
export class EvaluationWarmupService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(EvaluationWarmupService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pilots: PilotsRepository,
    private readonly evaluation: PilotEvaluationService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: EVALUATION_WARMUP, cron: '5 0 * * *', maxAttempts: 1, run: async () => void (await this.warm()) });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs) setImmediate(() => void this.warm().catch((error: unknown) => this.logger.warn(`Evaluation warm-up failed: ${String(error)}`)));
  }

  /** Evaluates every running or in-review pilot of active programs for today; returns how many. */
  async warm(day = today()): Promise<number> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT pl.id FROM pilot pl JOIN program p ON p.id = pl.program_id AND p.archived_at IS NULL WHERE pl.status IN ('running', 'in_review') ORDER BY pl.id`,
    );
    for (let i = 0; i < rows.length; i += BATCH) {
      const pilots = (await this.pilots.byIds(rows.slice(i, i + BATCH).map((row) => row.id))).map(toPilotModel);
      await this.evaluation.evaluate(pilots, day);
    }
    return rows.length;
  }
}
