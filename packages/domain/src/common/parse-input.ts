import { z } from 'zod';
import { DomainError, type FieldError } from './errors.js';
import { id } from './fields.js';

/** Converts zod issues into field errors with dotted paths, one per issue. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '_',
    message: issue.message,
  }));
}

/** GraphQL sends `null` for omitted nullable inputs; zod `.optional()` wants `undefined`. */
function dropNullKeys(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

/** Paths of strings holding NUL, which PostgreSQL text cannot store. */
function nulPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.') || '_'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulPaths(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nulPaths(item, [...path, key]));
  return [];
}

/**
 * Validates input against a domain schema and returns the parsed value, or throws a
 * `BAD_USER_INPUT` DomainError listing every invalid field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const withNul = nulPaths(input);
  if (withNul.length > 0) {
    const message = 'Remove the invisible control character (NUL).';
    throw new DomainError('BAD_USER_INPUT', 'Some fields are not valid.', withNul.map((field) => ({ field, message })));
  }
  const result = schema.safeParse(dropNullKeys(input));
  if (!result.success) {
    throw new DomainError('BAD_USER_INPUT', 'Some fields are not valid.', toFieldErrors(result.error));
  }
  return result.data;
}

/** Validates a bare id argument and returns its canonical (lower-case) spelling; errors name `field` (default `id`). */
export function parseId(value: unknown, field = 'id'): string {
  const result = id.safeParse(value);
  if (!result.success) throw new DomainError('BAD_USER_INPUT', 'Not a valid id.', [{ field, message: 'Not a valid id.' }]);
  return result.data;
}
