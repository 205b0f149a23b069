import { DomainError, type FieldError } from './errors.js';

/**
 * Patch semantics of every update (architecture rule 12b): a field left out keeps its current
 * value; `null` clears a field that may be empty (one of `clearable`; the schema then applies its
 * empty value or default) and is refused with a field error on any other field. Returns the current
 * values overlaid with the input, ready for the same schema a create uses, so one set of rules
 * checks the whole record. Input keys that are not values of the record (`id`, `expectedVersion`)
 * pass through unchanged.
 */
export function applyPatch<T extends object>(current: T, input: object, clearable: readonly (keyof T & string)[]): Record<string, unknown> {
  const refused: FieldError[] = [];
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null && key in current && !(clearable as readonly string[]).includes(key)) {
      refused.push({ field: key, message: 'This field cannot be empty; leave it out to keep its current value.' });
    }
    merged[key] = value;
  }
  if (refused.length > 0) throw new DomainError('BAD_USER_INPUT', 'Some fields cannot be cleared.', refused);
  return merged;
}
