import { z } from 'zod';

/** The first and last day any date in Rollout may be: the calendar's edges break date arithmetic. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
export const DATE_RANGE_MESSAGE = `Pick a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`;

/** Whether a `YYYY-MM-DD` string lies from EARLIEST_DATE to LATEST_DATE (ISO strings sort as dates). */
export const isWithinDateRange = (value: string) => value >= EARLIEST_DATE && value <= LATEST_DATE;

/** A calendar date without time, `YYYY-MM-DD`, that exists on the calendar, from 2000-01-01 to 2100-12-31. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'This date does not exist.')
  .refine(isWithinDateRange, DATE_RANGE_MESSAGE);

/** Trimmed text with a length range and human messages. */
export function text(label: string, min: number, max: number) {
  const base = z.string().trim();
  const withMin = min > 0 ? base.min(min, min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`) : base;
  return withMin.max(max, `${label} can have at most ${max} characters.`);
}

// Bidirectional embedding, override and isolate controls can make a name read backwards
// ("Trojan Source": "invoice\u202Eslx.exe" shows as "invoiceexe.xls"); a lone UTF-16 surrogate is
// half a character that no database or file format can store faithfully.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be a name or file name (a lone surrogate or a bidi control character); null when it can. */
export function hiddenCharacterProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return 'Remove the broken character (half of an emoji or symbol).';
  if (BIDI_CONTROL.test(value)) return 'Remove the invisible character that reverses the text direction (U+202A–U+202E, U+2066–U+2069).';
  return null;
}

/** A name: `text` without lone surrogates or bidi control characters, which could disguise it. */
export function nameText(label: string, min: number, max: number) {
  return text(label, min, max).superRefine((value, ctx) => {
    const problem = hiddenCharacterProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
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
