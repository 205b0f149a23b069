import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { StatementCountingLogger } from './statement-counter.logger.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Options shared by the app, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new StatementCountingLogger(),
    maxQueryExecutionTime: 1_000,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 5_000,
      idle_in_transaction_session_timeout: 10_000,
    },
  };
}

/** For the TypeORM CLI (`migration:generate`): uses DATABASE_URL. */
export const cliDataSource = new DataSource(dataSourceOptions(loadConfig().databaseUrl ?? 'postgres://localhost/rollout'));
