import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Logger, parseCronItems, run, runMigrations, runOnce, type Runner, type Task, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { createPool } from '../../database/data-source.js';
import { logger } from '../logging/logger.js';

/** How a job's name, payload and schedule are declared by the module that owns the work. */
export interface JobDefinition {
  name: string;
  /** `attempt` counts from 1; `lastAttempt` is true when a failure now is final. */
  run: (payload: unknown, attempt: { number: number; lastAttempt: boolean }) => Promise<void>;
  /** A crontab schedule (`*\/15 * * * *`) for work nobody enqueues: the queue adds it itself, once across processes. */
  cron?: string;
  /** Attempts before it counts as failed (exponential backoff between them); 25 by default. */
  maxAttempts?: number;
}

const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');
interface JobsOptions {
  databaseUrl: string;
  /** Whether this process works the queue (tests leave it off and run jobs on purpose). */
  work: boolean;
}

/**
 * The durable job queue, on the app's PostgreSQL (graphile-worker): jobs are rows, so they survive
 * restarts, run once however many API processes work the queue (`SKIP LOCKED`), retry with
 * exponential backoff and keep their last error. Modules register their jobs; `common/` knows none.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly jobs = new Map<string, JobDefinition>();
  private pool: pg.Pool | undefined;
  private runner: Runner | undefined;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {}

  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice.`);
    this.jobs.set(job.name, job);
  }

  /** Installs the queue's own schema (idempotent, locked by graphile-worker) and, when this process works it, starts working. */
  async start(): Promise<void> {
    this.pool ??= createPool(this.options.databaseUrl, 4, (error) => logger.warn({ err: error }, 'job queue pool client error'));
    await runMigrations({ pgPool: this.pool, logger: QUIET });
    if (!this.options.work) return;
    this.runner = await run({ pgPool: this.pool, taskList: this.taskList(), parsedCronItems: this.cronItems(), concurrency: 2, noHandleSignals: true, pollInterval: 2000, logger: QUIET });
  }

  /** Whether this process works the queue (else jobs wait for another process, or for `runDue`). */
  get working(): boolean {
    return this.options.work;
  }

  /** Runs every job due now (of the named jobs only, when given), then returns (tests, and scripts that should not wait for a worker). */
  async runDue(names?: readonly string[]): Promise<void> {
    if (!this.pool) throw new Error('The job queue has not started.');
    const tasks = this.taskList();
    const taskList = names ? Object.fromEntries(Object.entries(tasks).filter(([name]) => names.includes(name))) : tasks;
    await runOnce({ pgPool: this.pool, taskList, noHandleSignals: true, logger: QUIET });
  }

  /** Enqueues a job inside the caller's transaction: it exists only if the transaction commits. */
  async enqueue(em: EntityManager, name: string, payload: object, options: { key?: string; maxAttempts?: number; runAt?: Date } = {}): Promise<void> {
    const maxAttempts = options.maxAttempts ?? this.jobs.get(name)?.maxAttempts ?? null;
    await em.query(`SELECT graphile_worker.add_job($1, $2::json, job_key => $3, max_attempts => $4, run_at => $5)`, [name, JSON.stringify(payload), options.key ?? null, maxAttempts, options.runAt ?? null]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
    await this.pool?.end();
    this.runner = undefined;
    this.pool = undefined;
  }

  private taskList(): TaskList {
    return Object.fromEntries([...this.jobs.values()].map((job): [string, Task] => [job.name, async (payload, helpers) => job.run(payload, { number: helpers.job.attempts, lastAttempt: helpers.job.attempts >= helpers.job.max_attempts })]));
  }

  private cronItems() {
    return parseCronItems([...this.jobs.values()].flatMap((job) => (job.cron ? [{ task: job.name, match: job.cron, identifier: job.name }] : [])));
  }
}

// graphile-worker's own log lines (each poll, each job) go to debug; failures are kept on the job and read by admins.
const QUIET = new Logger(() => (level, message) => {
  if (String(level) === 'error' || String(level) === 'warning') logger.warn({ source: 'job-queue' }, message);
  else logger.debug({ source: 'job-queue' }, message);
});

/** Makes the queue available to every feature module. */
@Global()
@Module({})
export class JobQueueModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return { module: JobQueueModule, providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobQueue], exports: [JobQueue] };
  }
}
