import { computeBaseline } from '../pilots/evaluation.js';
import { isGuardrailBreached, reachesTarget, sense, type EvaluatedMetric } from '../pilots/metric-state.js';
import { mean } from '../pilots/statistics/descriptive.js';
import { isoWeekStart } from '../pilots/pilot-dates.js';
import type { MeasuredValue } from '../pilots/pilot-weeks.js';
import { weeksMetInARow } from './wave-stage.js';

// How a unit in a roll-out wave does on the scaled pilot's success metrics, against its own
// baseline: each week, whether every primary metric reached the unit's target, and whether a
// guardrail is breached in its latest week.

/** The metric fields the wave evaluation reads. */
export type WaveMetric = Pick<EvaluatedMetric, 'id' | 'name' | 'direction' | 'kind' | 'baseline' | 'target' | 'tolerance'>;

/**
 * The unit's target for a metric: the improvement the pilot aimed for (target − the pilot's
 * baseline) added to the unit's own baseline, so a unit that starts lower is asked for the same
 * step, not the pilot units' level. The pilot's target itself when either baseline is unknown.
 */
export function unitTarget(metric: Pick<WaveMetric, 'baseline' | 'target'>, unitBaseline: number | null): number | null {
  if (metric.target === null) return null;
  if (metric.baseline === null || unitBaseline === null) return metric.target;
  return unitBaseline + (metric.target - metric.baseline);
}

export const WAVE_METRIC_STATES = ['no_data', 'improving', 'met', 'breached'] as const;
export type WaveMetricState = (typeof WAVE_METRIC_STATES)[number];

export const WAVE_METRIC_STATE_LABELS: Record<WaveMetricState, string> = {
  no_data: 'No values yet',
  improving: 'Not yet at target',
  met: 'Primary metrics met',
  breached: 'Guardrail breached',
};

export interface WaveUnitMetrics {
  /** Weeks (Mondays) from the wave's start with a value for every primary metric, oldest first. */
  weeks: { week: string; primaryMet: boolean }[];
  /** Weeks in a row, back from the latest, with every primary metric met. */
  weeksMet: number;
  /** Names of the guardrails worse than the unit's baseline by more than their tolerance in its latest week. */
  breachedGuardrails: string[];
  state: WaveMetricState;
}

/**
 * A wave unit's weekly picture from `since` (the wave's start) on. A unit's weekly value is the mean
 * of its values that week, as in a pilot; `baselines` are the unit's own, per metric id.
 */
export function evaluateWaveUnit(metrics: readonly WaveMetric[], baselines: Readonly<Record<string, number | null>>, values: ReadonlyMap<string, readonly MeasuredValue[]>, since: string): WaveUnitMetrics {
  const first = isoWeekStart(since);
  const weekly = new Map(metrics.map((metric) => [metric.id, weeklyMeans(values.get(metric.id) ?? [], first)]));
  const primaries = metrics.filter((metric) => metric.kind === 'primary');
  const allWeeks = [...new Set(primaries.flatMap((metric) => [...(weekly.get(metric.id)?.keys() ?? [])]))].sort();
  const weeks = primaries.length === 0 ? [] : allWeeks.filter((week) => primaries.every((metric) => weekly.get(metric.id)?.has(week)));
  const met = weeks.map((week) => ({
    week,
    primaryMet: primaries.every((metric) => {
      const target = unitTarget(metric, baselines[metric.id] ?? null);
      return reachesTarget({ direction: metric.direction, target }, weekly.get(metric.id)?.get(week) ?? Number.NaN);
    }),
  }));
  const breachedGuardrails = metrics
    .filter((metric) => metric.kind === 'guardrail')
    .filter((metric) => {
      const baseline = baselines[metric.id] ?? metric.baseline;
      const latest = [...(weekly.get(metric.id)?.entries() ?? [])].sort(([a], [b]) => b.localeCompare(a))[0];
      return baseline !== null && latest !== undefined && isGuardrailBreached(metric, baseline, latest[1]);
    })
    .map((metric) => metric.name);
  const weeksMet = weeksMetInARow(met);
  const state: WaveMetricState = breachedGuardrails.length > 0 ? 'breached' : met.length === 0 ? 'no_data' : weeksMet > 0 ? 'met' : 'improving';
  return { weeks: met, weeksMet, breachedGuardrails, state };
}

function weeklyMeans(values: readonly MeasuredValue[], firstWeek: string): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { date, value } of values) {
    const week = isoWeekStart(date);
    if (week < firstWeek) continue;
    const entry = sums.get(week) ?? { sum: 0, count: 0 };
    sums.set(week, { sum: entry.sum + value, count: entry.count + 1 });
  }
  return new Map([...sums].map(([week, { sum, count }]) => [week, sum / count]));
}

/** A wave unit's change on one metric beside the change of the units not yet in any wave over the same weeks. */
export interface NotYetComparison {
  metricId: string;
  /** The unit's mean since its wave started minus its mean in the weeks before. */
  ownChange: number;
  /** The same, averaged over the units not yet in a wave that have values before and since. */
  othersChange: number;
  /** How much more the unit improved than they did, direction-aware: positive = better. */
  effect: number;
  /** Units not yet in a wave that were compared. */
  others: number;
}

/** A unit's change from the weeks before `since` to the weeks from it on; null without values on either side. */
export function changeSince(values: readonly MeasuredValue[], unitId: string, since: string): number | null {
  const before = computeBaseline(values, [unitId], since);
  const after = mean([...weeklyMeans(values, isoWeekStart(since)).values()]);
  return before === null || after === null ? null : after - before;
}

/** The mean change of the units not yet in any wave (values per unit) around `since`, over those with values on both sides; null when none has. */
export function othersChangeSince(others: ReadonlyMap<string, readonly MeasuredValue[]>, since: string): { change: number; units: number } | null {
  const changes = [...others].map(([unitId, values]) => changeSince(values, unitId, since)).filter((change): change is number => change !== null);
  const change = mean(changes);
  return change === null ? null : { change, units: changes.length };
}

/**
 * Compares a wave unit with the units not yet in any wave (their mean change from `othersChangeSince`
 * over the same weeks). Null when the unit or the others lack values on one side, so nothing is said
 * without evidence.
 */
export function compareWithNotYet(metric: Pick<WaveMetric, 'id' | 'direction'>, unitId: string, own: readonly MeasuredValue[], others: { change: number; units: number } | null, since: string): NotYetComparison | null {
  const ownChange = changeSince(own, unitId, since);
  if (ownChange === null || others === null) return null;
  return { metricId: metric.id, ownChange, othersChange: others.change, effect: sense(metric) * (ownChange - others.change), others: others.units };
}
