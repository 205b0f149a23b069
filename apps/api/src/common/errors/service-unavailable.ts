import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { logger } from '../logging/logger.js';
import { currentRequestId } from '../http/request-context.js';
import { AppError } from './app-error.js';

/** How long clients are asked to wait while the database restarts or fails over. */
export const RETRY_AFTER_SECONDS = 5;

const MESSAGE = 'The service is briefly unavailable. Please try again in a few seconds.';

// SQLSTATE class 08 (connection exception) and the "server is going away / not ready / full" codes.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg reports a vanished server, a connect timeout and a client-side query timeout only by message.
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error/i;

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * True when an error means "PostgreSQL cannot be reached right now" (restart, failover, network),
 * as opposed to a bad query. Looks through TypeORM's `driverError`, `cause` and AggregateErrors.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const code = fieldOf(error, 'code');
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_ERRNOS.has(code))) return true;
  if (error instanceof Error && UNAVAILABLE_MESSAGES.test(error.message)) return true;
  const nested: unknown[] = [fieldOf(error, 'driverError'), fieldOf(error, 'cause'), ...(error instanceof AggregateError ? (error.errors as unknown[]) : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The typed answer while the database is unreachable: clients retry after `retryAfterSeconds`. */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super('SERVICE_UNAVAILABLE', MESSAGE, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}

/** Logs the outage as a warning (it is expected during failover), not as a crash. */
export function serviceUnavailable(error: unknown): ServiceUnavailableError {
  logger.warn({ err: error, requestId: currentRequestId() }, 'database unavailable: answered SERVICE_UNAVAILABLE');
  return new ServiceUnavailableError();
}

/** GraphQL answers HTTP 200 by default; an outage answers 503 with `Retry-After` so proxies and clients back off. */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return Promise.resolve();
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        return Promise.resolve();
      },
    }),
};

/**
 * Express error middleware for work before GraphQL (the session store): an outage there answers
 * the same typed 503, shaped as a GraphQL response on `/graphql`.
 */
export function serviceUnavailableMiddleware(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!isDatabaseUnavailable(error)) return next(error);
  const { code, message, extensions } = serviceUnavailable(error);
  res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  if (req.path === '/graphql') res.json({ errors: [{ message, extensions: { ...extensions, code } }] });
  else res.json({ code, message });
}
