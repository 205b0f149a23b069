import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { logger } from '../common/logging/logger.js';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions, POOL_TIMEOUTS } from './data-source.js';
import { withMigrationLock } from './migration-lock.js';

/**
 * `node apps/api/dist/database/migrate.js`: applies pending migrations to DATABASE_URL and exits.
 * The Helm chart runs it once per release as a pre-install/pre-upgrade Job, while the pods start
 * with MIGRATE_ON_BOOT=false. Unlike requests, a migration may run longer than 5 s.
 */
async function migrate(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run migrations.');
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl, [], { ...POOL_TIMEOUTS, statement_timeout: 0, query_timeout: 0 }));
  await dataSource.initialize();
  try {
    const applied = await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
    logger.info({ applied: applied.map((migration) => migration.name) }, `applied ${applied.length} migration(s)`);
  } finally {
    await dataSource.destroy();
  }
}

try {
  await migrate();
} catch (error) {
  process.stderr.write(`\nMigration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
