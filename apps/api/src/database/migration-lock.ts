import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { logger } from '../common/logging/logger.js';

// Any fixed pair identifies "Rollout's schema changes" among the advisory locks of this database.
const LOCK_CLASS = 7_410_019;
const LOCK_OBJECT = 1;
const POLL_MS = 250;
const MAX_WAIT_MS = 10 * 60_000;

/**
 * Runs `work` (migrations, the demo seed) while holding a PostgreSQL session advisory lock, so API
 * replicas that start together, or the Helm migration job and a pod, take turns instead of racing
 * to create the same tables. Polls with `pg_try_advisory_lock` rather than blocking in
 * `pg_advisory_lock`, which the pool's statement timeout would cancel.
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    for (let waited = 0; ; waited += POLL_MS) {
      const rows = (await runner.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_CLASS, LOCK_OBJECT])) as { locked: boolean }[];
      if (rows[0]?.locked) break;
      if (waited === 0) logger.info('another process is migrating the database: waiting for it');
      if (waited >= MAX_WAIT_MS) throw new Error(`Another process has held the migration lock for ${MAX_WAIT_MS / 60_000} minutes; is a migration stuck?`);
      await sleep(POLL_MS);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS, LOCK_OBJECT]);
    }
  } finally {
    await runner.release();
  }
}
