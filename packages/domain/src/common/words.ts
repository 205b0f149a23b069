/** `A`, `A and B`, `A, B and C`: names in a sentence. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * Compares names as `localeCompare` does, through one collator: `localeCompare` builds one per call,
 * which is most of the time of sorting hundreds of units or thousands of attention items.
 */
export const compareNames = new Intl.Collator().compare;
