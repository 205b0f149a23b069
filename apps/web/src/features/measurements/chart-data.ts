import type { MantineColor } from '@mantine/core';
import { formatMetricValue, type MetricDirection, type MetricUnit, type SuccessMetricKind } from '@rollout/domain';

/** One week on a metric chart: the pilot units' and the comparison units' means (null: no values). */
export interface ChartPoint {
  weekStart: string;
  pilot: number | null;
  comparison: number | null;
}

/** A horizontal line on a metric chart: the baseline, the target or a guardrail's limit. */
export interface ChartReference {
  label: 'Baseline' | 'Target' | 'Limit';
  value: number;
  color: MantineColor;
}

export interface ChartMetric {
  name: string;
  unit: MetricUnit;
  kind: SuccessMetricKind;
  direction: MetricDirection;
  target: number | null;
  tolerance: number | null;
}

/** The value axis's title per unit. */
export const AXIS_LABELS: Record<MetricUnit, string> = {
  hours: 'Hours',
  days: 'Days',
  percent: 'Percent',
  currency: 'US dollars',
  currency_per_day: 'US dollars per day',
  count: 'Count',
};

const shortWeek = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** `2026-03-02` → `Mar 2`. */
export function formatShortWeek(value: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : shortWeek.format(date);
}

/**
 * The lines a reader measures the series against: the baseline, and the target of a primary metric
 * or the limit of a guardrail (the baseline made worse by its tolerance).
 */
export function chartReferences(metric: ChartMetric, baseline: number | null): ChartReference[] {
  const references: ChartReference[] = [];
  if (baseline !== null) references.push({ label: 'Baseline', value: baseline, color: 'gray' });
  if (metric.kind === 'guardrail') {
    if (baseline !== null && metric.tolerance !== null) {
      const limit = metric.direction === 'higher_is_better' ? baseline - metric.tolerance : baseline + metric.tolerance;
      references.push({ label: 'Limit', value: limit, color: 'red' });
    }
  } else if (metric.target !== null && metric.target !== baseline) {
    references.push({ label: 'Target', value: metric.target, color: 'green' });
  }
  return references;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export interface ChartScale {
  domain: [number, number];
  /** Round values from the low to the high end, one "nice" step apart. */
  ticks: number[];
}

const round = (value: number) => Number(value.toFixed(6));

/**
 * A value axis from a round number below everything drawn to one above it, with ticks at round
 * steps (5, 10, 15 rather than 5, 8.75, 12.5); never below zero for positive data.
 */
export function chartScale(points: readonly ChartPoint[], references: readonly ChartReference[]): ChartScale {
  const values = [
    ...points.flatMap((point) => [point.pilot, point.comparison]).filter((value): value is number => value !== null),
    ...references.map((reference) => reference.value),
  ];
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A flat series still gets an axis around it: a tenth of its size (at least 1) each side.
  const spread = max - min || Math.max(Math.abs(max) * 0.1, 1);
  const step = niceStep((spread * 1.2) / 4);
  let low = Math.floor((min - spread * 0.05) / step) * step;
  const high = Math.ceil((max + spread * 0.05) / step) * step;
  if (min >= 0 && low < 0) low = 0;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(round(tick));
  return { domain: [round(low), round(high)], ticks };
}

function seriesSentence(points: readonly ChartPoint[], key: 'pilot' | 'comparison', unit: MetricUnit): string | null {
  const present = points.filter((point) => point[key] !== null);
  const first = present[0];
  const last = present.at(-1);
  if (!first || !last) return null;
  const who = key === 'pilot' ? 'pilot units' : 'comparison units';
  const value = (point: ChartPoint) => formatMetricValue(point[key] ?? 0, unit);
  if (first === last) return `${who} ${value(first)} in the week of ${formatShortWeek(first.weekStart)}`;
  return `${who} from ${value(first)} (week of ${formatShortWeek(first.weekStart)}) to ${value(last)} (week of ${formatShortWeek(last.weekStart)})`;
}

/** What the chart shows, in one sentence, for screen readers (the table has every value). */
export function describeChart(metric: ChartMetric, points: readonly ChartPoint[], references: readonly ChartReference[]): string {
  const series = [seriesSentence(points, 'pilot', metric.unit), seriesSentence(points, 'comparison', metric.unit)].filter(Boolean);
  const lines = references.map((reference) => `${reference.label.toLowerCase()} ${formatMetricValue(reference.value, metric.unit)}`);
  const body = series.length > 0 ? series.join('; ') : 'no weekly values yet';
  return `${metric.name} per week: ${body}${lines.length > 0 ? `. Lines mark the ${lines.join(' and the ')}` : ''}.`;
}
