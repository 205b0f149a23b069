import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FieldError } from '@rollout/domain';

/** Codes the API puts in `extensions.code` (architecture §4.1 rule 6). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'TLS_REQUIRED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'TLS_REQUIRED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
];

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && KNOWN_CODES.includes(value);
}

function graphQLErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first API error code in an Apollo error, if any. */
export function apiErrorCode(error: unknown): ApiErrorCode | undefined {
  for (const item of graphQLErrors(error)) {
    const code = item.extensions?.['code'];
    if (isApiErrorCode(code)) return code;
  }
  return undefined;
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrors(error).some((item) => item.extensions?.['code'] === code);
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['message'] === 'string';
}

/** `extensions.fieldErrors` of every BAD_USER_INPUT error. */
export function apiFieldErrors(error: unknown): FieldError[] {
  return graphQLErrors(error).flatMap((item) => {
    if (item.extensions?.['code'] !== 'BAD_USER_INPUT') return [];
    const list = item.extensions['fieldErrors'];
    return Array.isArray(list) ? list.filter(isFieldError) : [];
  });
}

/** A number in the `extensions` of the first error that has it, e.g. RATE_LIMITED's `retryAfterSeconds`. */
export function apiErrorNumber(error: unknown, key: string): number | undefined {
  for (const item of graphQLErrors(error)) {
    const value = item.extensions?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

const UNAVAILABLE_MESSAGE = 'Rollout is briefly unavailable. Please try again in a few seconds.';

export const CONFLICT_MESSAGE = 'Someone else changed this; reload to see their change.';

/** A sentence to show a person; never a stack trace or an internal detail. */
export function apiErrorMessage(error: unknown): string {
  const code = apiErrorCode(error);
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Please sign in again.';
    case 'FORBIDDEN':
      return 'You do not have permission to do this.';
    case 'NOT_FOUND':
      return 'This item does not exist or you cannot see it.';
    case 'CONFLICT':
      return CONFLICT_MESSAGE;
    case 'RATE_LIMITED':
      return 'Too many requests. Please wait a moment and try again.';
    case 'SERVICE_UNAVAILABLE':
      return UNAVAILABLE_MESSAGE;
    case 'TLS_REQUIRED':
    case 'BAD_USER_INPUT': {
      const first = graphQLErrors(error)[0];
      return first?.message ?? 'Some fields are not valid.';
    }
    case 'QUERY_TOO_COMPLEX':
      return 'This asks for too much at once. Ask for fewer items.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Please try again.';
    case undefined:
      break;
  }
  // The API answers a database restart or failover with HTTP 503, which Apollo reports as a ServerError.
  if (ServerError.is(error) && error.statusCode === 503) return UNAVAILABLE_MESSAGE;
  if (ServerError.is(error)) return `The server answered with an error (HTTP ${error.statusCode}). Please try again.`;
  if (error instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}

/** The message of the GraphQL error at exactly `path` (a field that failed on its own), if any. */
export function apiErrorAt(error: unknown, path: readonly (string | number)[]): string | undefined {
  return graphQLErrors(error).find((item) => item.path?.length === path.length && item.path.every((part, i) => part === path[i]))?.message;
}
