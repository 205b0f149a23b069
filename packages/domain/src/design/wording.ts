import { joinNames } from '../common/words.js';
// Small wording helpers the design sentences share, so every sentence spells amounts and counts alike.

/** Whole US dollars as people read them: 1200000 → "$1,200,000". */
export function formatUsd(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

/** A ratio or percent with at most one decimal: 24 → "24", 9.6 → "9.6", 2.45 → "2.5". */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1 person", "3 people": a count with the noun that fits it. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The first `shown` names joined ("A, B and C"), the rest counted ("A, B, C and 9 more"). */
export function namedList(names: readonly string[], shown: number): string {
  const named = names.slice(0, shown);
  const rest = names.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : joinNames(named);
}
