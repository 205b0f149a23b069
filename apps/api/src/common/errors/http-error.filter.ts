import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type ErrorCode } from '@rollout/domain';
import type { Response } from 'express';
import { currentRequestId } from '../http/request-context.js';
import { logger } from '../logging/logger.js';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable } from './service-unavailable.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  TLS_REQUIRED: 403,
  QUERY_TOO_COMPLEX: 400,
};

/**
 * For REST controllers (file uploads and downloads): the same typed errors as GraphQL, as JSON
 * `{ code, message, fieldErrors? }` with the matching HTTP status; nothing internal leaks.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message, fieldErrors: exception.fieldErrors });
    } else if (exception instanceof AppError) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
    } else if (isDatabaseUnavailable(exception)) {
      const { code, message } = serviceUnavailable(exception);
      res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS)).json({ code, message });
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : 'BAD_USER_INPUT';
      res.status(status).json({ code, message: exception.message });
    } else {
      const requestId = currentRequestId();
      logger.error({ err: exception, requestId }, 'unexpected error in HTTP request');
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Please try again.', requestId });
    }
  }
}
