import { describe, expect, it } from 'vitest';
import { METRIC_CATALOG } from './metric-catalog.js';
import { describeValueRange, metricValueProblem, metricValueRange } from './metric-range.js';

describe('metric value ranges', () => {
  it('bounds a share to 0–100 % but lets ratios such as net revenue retention exceed 100 %', () => {
    expect(metricValueProblem({ unit: 'percent', catalogKey: 'win_rate' }, 100)).toBeNull();
    expect(metricValueProblem({ unit: 'percent', catalogKey: 'win_rate' }, 100.5)).toBe('Enter a value from 0 to 100 %.');
    expect(metricValueProblem({ unit: 'percent', catalogKey: null }, -1)).toBe('Enter a value from 0 to 100 %.');
    expect(metricValueProblem({ unit: 'percent', catalogKey: 'net_revenue_retention' }, 135)).toBeNull();
    expect(metricValueProblem({ unit: 'percent', catalogKey: 'forecast_variance' }, 140)).toBeNull();
  });

  it('gives durations, amounts and counts sane limits and refuses non-finite numbers', () => {
    expect(describeValueRange({ unit: 'hours' })).toBe('from 0 to 8,760 hours');
    expect(describeValueRange({ unit: 'days' })).toBe('from 0 to 3,650 days');
    expect(describeValueRange({ unit: 'count' })).toBe('from 0 to 1,000,000,000');
    expect(metricValueProblem({ unit: 'currency' }, -5_000)).toBeNull();
    expect(metricValueProblem({ unit: 'currency' }, 1.7e308)).toBe('Enter a value from -1,000,000,000,000 to 1,000,000,000,000 $.');
    expect(metricValueProblem({ unit: 'currency_per_day' }, Number.NaN)).toBe('Enter a number.');
    expect(metricValueProblem({ unit: 'count' }, Number.POSITIVE_INFINITY)).toBe('Enter a number.');
  });

  it('has a range for every catalog metric that holds the usual values', () => {
    for (const metric of METRIC_CATALOG) {
      const { min, max } = metricValueRange({ unit: metric.unit, catalogKey: metric.key });
      expect(min).toBeLessThan(max);
      expect(metricValueProblem({ unit: metric.unit, catalogKey: metric.key }, 1)).toBeNull();
    }
  });
});
