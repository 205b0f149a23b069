import type { MetricUnit } from './metric-catalog.js';

/** The values a metric can sensibly take, inclusive. */
export interface ValueRange {
  min: number;
  max: number;
}

/** No metric's value, baseline or target goes beyond ± this, whatever its unit. */
export const METRIC_VALUE_LIMIT = 1_000_000_000_000;
const TRILLION = METRIC_VALUE_LIMIT;

/**
 * Bounds per unit: a share is 0–100 %, a duration at most ten years (in hours: one year), money
 * at most a trillion either way, a count at most a billion. Far beyond any real RevOps figure, and
 * far from the largest double, so no sum or square in the evaluation can overflow.
 */
export const METRIC_UNIT_RANGES: Record<MetricUnit, ValueRange> = {
  percent: { min: 0, max: 100 },
  hours: { min: 0, max: 8_760 },
  days: { min: 0, max: 3_650 },
  currency: { min: -TRILLION, max: TRILLION },
  currency_per_day: { min: -TRILLION, max: TRILLION },
  count: { min: 0, max: 1_000_000_000 },
};

// Catalog percentages that are ratios, not shares: net revenue retention of 120 % is healthy and
// forecasts can miss by more than 100 %.
const CATALOG_RANGES: Partial<Record<string, ValueRange>> = {
  net_revenue_retention: { min: 0, max: 1_000 },
  forecast_variance: { min: 0, max: 1_000 },
};

/** The range of a metric's values, baseline and target: its catalog entry's, else its unit's. */
export function metricValueRange(metric: { unit: MetricUnit; catalogKey?: string | null }): ValueRange {
  return (metric.catalogKey ? CATALOG_RANGES[metric.catalogKey] : undefined) ?? METRIC_UNIT_RANGES[metric.unit];
}

const UNIT_WORDS: Record<MetricUnit, string> = {
  percent: '%',
  hours: 'hours',
  days: 'days',
  currency: '$',
  currency_per_day: '$/day',
  count: '',
};

const formatBound = (value: number) => value.toLocaleString('en-US');

/** "from 0 to 100 %": the range in words, for field errors and hints. */
export function describeValueRange(metric: { unit: MetricUnit; catalogKey?: string | null }): string {
  const { min, max } = metricValueRange(metric);
  return `from ${formatBound(min)} to ${formatBound(max)}${UNIT_WORDS[metric.unit] ? ` ${UNIT_WORDS[metric.unit]}` : ''}`;
}

/** Why `value` cannot be a value of the metric (not a finite number, or out of its range); null when it can. */
export function metricValueProblem(metric: { unit: MetricUnit; catalogKey?: string | null }, value: number): string | null {
  const { min, max } = metricValueRange(metric);
  if (!Number.isFinite(value)) return 'Enter a number.';
  return value < min || value > max ? `Enter a value ${describeValueRange(metric)}.` : null;
}
