import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@rollout/domain';
import type { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { logger } from '../logging/logger.js';
import { currentRequestId } from '../http/request-context.js';
import { AppError } from './app-error.js';
import { isDatabaseUnavailable, serviceUnavailable } from './service-unavailable.js';

/** Codes Apollo itself assigns to malformed requests; they are safe to pass through. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function postgresCode(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError: unknown = error.driverError;
  return typeof driverError === 'object' && driverError !== null && 'code' in driverError
    ? String(driverError.code)
    : undefined;
}

/**
 * The one place that turns thrown errors into client errors: typed codes, field errors for
 * validation, and no stack traces or internal messages for anything unexpected.
 */
export function formatError(formatted: GraphQLFormattedError, thrown: unknown): GraphQLFormattedError {
  const error = unwrapResolverError(thrown);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (error instanceof DomainError) {
    return { ...base, message: error.message, extensions: { code: error.code, fieldErrors: error.fieldErrors } };
  }
  if (error instanceof AppError) {
    return { ...base, message: error.message, extensions: { ...error.extensions, code: error.code } };
  }
  if (isDatabaseUnavailable(error)) {
    const unavailable = serviceUnavailable(error);
    return { ...base, message: unavailable.message, extensions: { ...unavailable.extensions, code: unavailable.code } };
  }
  const pgCode = postgresCode(error);
  if (pgCode === '23505') {
    return { ...base, message: 'This conflicts with an existing record.', extensions: { code: 'CONFLICT' } };
  }
  if (pgCode === '23503') {
    return { ...base, message: 'This refers to a record that does not exist.', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [] } };
  }
  const code = formatted.extensions?.code;
  if (code === 'QUERY_TOO_COMPLEX') {
    return { ...base, extensions: { code, cost: formatted.extensions?.cost, limit: formatted.extensions?.limit } };
  }
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  const requestId = currentRequestId();
  logger.error({ err: error, requestId }, 'unexpected error in GraphQL operation');
  return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}
