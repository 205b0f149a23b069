/** Error codes a client can branch on; the API sends them as GraphQL `extensions.code`. */
/** TLS_REQUIRED: a sign-in over plain HTTP where the session cookie is Secure-only (production without TLS or TRUST_PROXY). */
/** QUERY_TOO_COMPLEX: an operation costs more than the limit (extensions `cost` and `limit`). */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'TLS_REQUIRED', 'QUERY_TOO_COMPLEX'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid input field: `field` is a dotted path into the input (e.g. `targetDate`). */
export interface FieldError {
  field: string;
  message: string;
}

/** A business rule said no. Thrown by the domain, mapped to a typed GraphQL error by the API. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A single-field validation failure, the most common domain error. */
export function invalidField(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, [{ field, message }]);
}
