import { describe, expect, it } from 'vitest';
import { normaliseWeights, summariseWeights } from './weights.js';

const principles = [
  { id: 'a', name: 'Consistency' },
  { id: 'b', name: 'Speed' },
  { id: 'c', name: 'Cost' },
];

describe('normaliseWeights', () => {
  it('turns raw points into percent of their sum', () => {
    // 1 + 1 + 2 = 4 → 25 %, 25 %, 50 %
    expect(normaliseWeights(['a', 'b', 'c'], { a: 1, b: 1, c: 2 })).toEqual({ a: 25, b: 25, c: 50 });
  });

  it('counts a missing principle as 0', () => {
    // 30 + 10 = 40 → 75 %, 25 %, 0 %
    expect(normaliseWeights(['a', 'b', 'c'], { a: 30, b: 10 })).toEqual({ a: 75, b: 25, c: 0 });
  });

  it('gives equal shares when every weight is zero', () => {
    const equal = normaliseWeights(['a', 'b', 'c'], { a: 0, b: 0, c: 0 });
    expect(equal.a).toBeCloseTo(100 / 3, 9);
    expect(equal.c).toBeCloseTo(100 / 3, 9);
  });
});

describe('summariseWeights', () => {
  it('averages the normalised sets and finds where they disagree most', () => {
    // CFO 50/30/20 (sum 100) → 50, 30, 20; VP Sales 1/1/2 (sum 4) → 25, 25, 50
    // averages: a (50+25)/2 = 37.5, b (30+25)/2 = 27.5, c (20+50)/2 = 35
    // spreads:  a 50−25 = 25, b 30−25 = 5, c 50−20 = 30 → c is the most disputed
    const summary = summariseWeights(principles, [
      { stakeholder: 'CFO', weights: { a: 50, b: 30, c: 20 } },
      { stakeholder: 'VP Sales', weights: { a: 1, b: 1, c: 2 } },
    ]);
    expect(summary.averages).toEqual({ a: 37.5, b: 27.5, c: 35 });
    expect(summary.principles.map((row) => row.spread)).toEqual([25, 5, 30]);
    expect(summary.principles[2]).toMatchObject({ min: 20, max: 50 });
    expect(summary.mostDisputedId).toBe('c');
  });

  it('has no disputed principle with a single set, and equal averages with none', () => {
    expect(summariseWeights(principles, [{ stakeholder: 'CFO', weights: { a: 2, b: 1, c: 1 } }]).mostDisputedId).toBeNull();
    const none = summariseWeights(principles, []);
    expect(none.averages.a).toBeCloseTo(33.333333, 5);
    expect(none.principles.every((row) => row.spread === 0)).toBe(true);
  });
});
