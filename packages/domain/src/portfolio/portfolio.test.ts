import { describe, expect, it } from 'vitest';
import { computedHealth, keyMetricOf, subtreeOf, trendWeeks, unitTreeRows } from './portfolio.js';

const tree = [
  { id: 'emea', name: 'EMEA', parentId: null },
  { id: 'uk', name: 'UK', parentId: 'emea' },
  { id: 'dach', name: 'DACH', parentId: 'emea' },
  { id: 'berlin', name: 'Berlin', parentId: 'dach' },
  { id: 'amer', name: 'Americas', parentId: null },
  { id: 'us', name: 'US', parentId: 'amer' },
];

describe('the portfolio', () => {
  it('shows the units programs work with under the units above them, depth first, siblings by name', () => {
    expect(unitTreeRows(tree, new Set(['berlin', 'uk'])).map((row) => `${'-'.repeat(row.depth)}${row.name}`)).toEqual(['EMEA', '-DACH', '--Berlin', '-UK']);
    expect(unitTreeRows(tree, new Set(['us', 'uk'])).map((row) => row.name)).toEqual(['Americas', 'US', 'EMEA', 'UK']);
  });

  it('finds a unit’s subtree for the region and business unit filters', () => {
    expect([...subtreeOf(tree, 'emea')].sort()).toEqual(['berlin', 'dach', 'emea', 'uk']);
    expect([...subtreeOf(tree, 'us')]).toEqual(['us']);
  });

  it('leaves a program on hold or completed as set, and computes the health of the others', () => {
    const input = { units: [{ name: 'Berlin', blocked: true }], pilots: [] };
    expect(computedHealth('on_hold', input)).toBeNull();
    expect(computedHealth('completed', input)).toBeNull();
    expect(computedHealth('on_track', input)).toEqual({ health: 'at_risk', reason: 'At risk: Berlin is blocked.' });
  });

  it('speaks for a pilot with its first primary metric', () => {
    const guardrail = { metric: { kind: 'guardrail' as const, name: 'Data completeness' } };
    const primary = { metric: { kind: 'primary' as const, name: 'Win rate' } };
    expect(keyMetricOf([guardrail, primary])).toBe(primary);
    expect(keyMetricOf([guardrail])).toBe(guardrail);
    expect(keyMetricOf([])).toBeNull();
  });

  it('trends over the twelve weeks ending with this one', () => {
    const weeks = trendWeeks('2026-12-09');
    expect(weeks).toHaveLength(12);
    expect([weeks[0], weeks[11]]).toEqual(['2026-09-21', '2026-12-07']);
  });
});
