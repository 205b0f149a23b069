import { describe, expect, it } from 'vitest';
import { chartReferences, chartScale, describeChart, formatShortWeek, type ChartMetric } from './chart-data';

const responseTime: ChartMetric = { name: 'Lead response time', unit: 'hours', kind: 'primary', direction: 'lower_is_better', target: 8, tolerance: null };
const winRate: ChartMetric = { name: 'Win rate', unit: 'percent', kind: 'guardrail', direction: 'higher_is_better', target: 24, tolerance: 2 };

describe('chartReferences', () => {
  it('draws the baseline and the target of a primary metric', () => {
    expect(chartReferences(responseTime, 18)).toEqual([
      { label: 'Baseline', value: 18, color: 'gray' },
      { label: 'Target', value: 8, color: 'green' },
    ]);
    expect(chartReferences(responseTime, null)).toEqual([{ label: 'Target', value: 8, color: 'green' }]);
  });

  it('draws a guardrail’s limit on its worse side instead of a target', () => {
    expect(chartReferences(winRate, 24)).toEqual([
      { label: 'Baseline', value: 24, color: 'gray' },
      { label: 'Limit', value: 22, color: 'red' },
    ]);
    expect(chartReferences({ ...winRate, direction: 'lower_is_better' }, 24)[1]?.value).toBe(26);
  });
});

describe('chartScale', () => {
  it('covers the values and the lines with round ends and round ticks, not below zero for positive data', () => {
    const { domain, ticks } = chartScale(
      [
        { weekStart: '2026-01-05', pilot: 18.4, comparison: 17.9 },
        { weekStart: '2026-01-12', pilot: 6.1, comparison: null },
      ],
      [{ label: 'Target', value: 8, color: 'green' }],
    );
    const [low, high] = domain;
    expect(low).toBeLessThanOrEqual(6.1);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeGreaterThanOrEqual(18.4);
    expect(ticks).toEqual([5, 10, 15, 20]);
    expect(ticks[0]).toBe(low);
    expect(ticks.at(-1)).toBe(high);
  });

  it('has a range when every value is the same', () => {
    const { domain, ticks } = chartScale([{ weekStart: '2026-01-05', pilot: 85, comparison: 85 }], []);
    expect(domain[0]).toBeLessThan(85);
    expect(domain[1]).toBeGreaterThan(85);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
  });
});

describe('describeChart', () => {
  it('sums up both series and the lines in one sentence', () => {
    const points = [
      { weekStart: '2026-01-05', pilot: 18.4, comparison: 17.9 },
      { weekStart: '2026-01-12', pilot: null, comparison: 17.1 },
      { weekStart: '2026-01-19', pilot: 6.1, comparison: 16.2 },
    ];
    expect(describeChart(responseTime, points, chartReferences(responseTime, 18))).toBe(
      'Lead response time per week: pilot units from 18.4 h (week of Jan 5) to 6.1 h (week of Jan 19); comparison units from 17.9 h (week of Jan 5) to 16.2 h (week of Jan 19). Lines mark the baseline 18 h and the target 8 h.',
    );
    expect(formatShortWeek('2026-03-02')).toBe('Mar 2');
  });
});
