import { z } from 'zod';

/** A calendar date without time, `YYYY-MM-DD`, that exists on the calendar. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'This date does not exist.');

/** Trimmed text with a length range and human messages. */
export function text(label: string, min: number, max: number) {
  const base = z.string().trim();
  const withMin = min > 0 ? base.min(min, min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`) : base;
  return withMin.max(max, `${label} can have at most ${max} characters.`);
}

/**
 * A record id (`message` when it is not one): a UUID in its canonical, lower-case spelling. Ids are compared as strings
 * everywhere (`row.id === actor.id`, `includes`, `Set`, Map keys), so `8BD4…` and `8bd4…` must
 * become the same string before anything compares them.
 */
export function canonicalId(message: string) {
  return z.uuid(message).transform((value) => value.toLowerCase());
}

export const id = canonicalId('Not a valid id.');

/** The version the user saw; an update with a stale one is refused with CONFLICT. */
export const expectedVersion = z.number().int().min(1);

/** A record id with the version the user saw, for archive/restore style mutations. */
export const versionedIdSchema = z.object({ id, expectedVersion });
