import { describe, expect, it } from 'vitest';
import { countOf, formatUsd, oneDecimal } from './wording.js';

describe('design wording', () => {
  it('spells dollars with separators, ratios with at most one decimal, and counts with the noun that fits', () => {
    expect(formatUsd(1_200_000)).toBe('$1,200,000');
    expect(formatUsd(1_500_000.4)).toBe('$1,500,000');
    expect([24, 9.6, 5.619, 3.25].map(oneDecimal)).toEqual(['24', '9.6', '5.6', '3.3']);
    expect([countOf(1, 'person', 'people'), countOf(0, 'person', 'people'), countOf(2, 'person', 'people')]).toEqual(['1 person', '0 people', '2 people']);
  });
});
