import type { Logger } from 'typeorm';
import { countStatement } from '../common/http/request-context.js';
import { logger } from '../common/logging/logger.js';

/** TypeORM logger that counts statements per request and logs failures through pino. */
export class StatementCountingLogger implements Logger {
  logQuery(): void {
    countStatement();
  }

  logQueryError(error: string | Error, query: string): void {
    countStatement();
    logger.debug({ err: error, query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    logger.warn({ time, query }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn({ typeorm: message }, 'typeorm');
  }
}
