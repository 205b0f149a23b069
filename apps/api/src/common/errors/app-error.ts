import type { ErrorCode, FieldError } from '@rollout/domain';

type Extensions = Record<string, unknown>;

/** An error the API reports with a typed `extensions.code`; `formatError` passes it through. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Extensions = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} not found.`, { entity, id });
  }
}

/**
 * The record changed since the caller read it: `currentVersion` and the current values let the
 * client show the other person's change and offer to reapply its own.
 */
export class ConflictError extends AppError {
  constructor(entity: string, currentVersion: number, current: Record<string, unknown> = {}) {
    super('CONFLICT', `Someone else changed this ${entity.toLowerCase()} since you opened it.`, { entity, currentVersion, current });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Please sign in.') {
    super('UNAUTHENTICATED', message);
  }
}

export type { FieldError };
