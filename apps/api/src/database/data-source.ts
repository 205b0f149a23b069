import 'reflect-metadata';
import pg from 'pg';
import type { Type } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { StatementCountingLogger } from './statement-counter.logger.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Options shared by the app, the tests and the TypeORM CLI; `entities` come from the feature modules. */
export function dataSourceOptions(url: string, entities: readonly Type[]): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...entities],
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
