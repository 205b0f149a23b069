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
export function dataSourceOptions(url: string, entities: readonly Type[], limits: PoolTimeouts = POOL_TIMEOUTS): DataSourceOptions {
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
    extra: { max: 10, ...limits },
  };
}

/**
 * Every pool's limits, so a restarting or failed-over PostgreSQL makes requests fail fast (and
 * answer SERVICE_UNAVAILABLE) instead of hanging: connecting gives up after 3 s, the server
 * cancels statements after 5 s, and the client gives up on a silent server (dead TCP peer) after 6 s.
 */
export const POOL_TIMEOUTS: PoolTimeouts = {
  connectionTimeoutMillis: 3_000,
  statement_timeout: 5_000,
  query_timeout: 6_000,
  idle_in_transaction_session_timeout: 10_000,
  keepAlive: true,
};

/** pg client settings bounding how long a connection attempt or a statement may take (0 = no limit). */
export interface PoolTimeouts {
  connectionTimeoutMillis: number;
  statement_timeout: number;
  query_timeout: number;
  idle_in_transaction_session_timeout: number;
  keepAlive: boolean;
}

/** A pg pool for work outside TypeORM (sessions) with the same limits and no crash on a dropped connection. */
export function createPool(url: string, max: number, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, ...POOL_TIMEOUTS });
  pool.on('error', onError);
  // A checked-out client whose server goes away emits 'error' itself; unhandled, it would end the process.
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

