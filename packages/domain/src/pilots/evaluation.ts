import { daysBetween, isoWeekStart } from './pilot-dates.js';
import type { BaselineSource, MetricState, SuccessMetric } from './pilot.types.js';

// How a pilot's success metrics are judged. Pure: every input is an argument, `today` included.
//
// Weeks. Values are grouped into ISO weeks (Monday first). The week holding the start date is the
// first pilot week; values dated before that Monday are the "before" period (the baseline); values
// from that Monday up to min(end date, today) are the pilot period; later values are ignored.
// A group's weekly value is the mean over its units of each unit's mean that week, so a unit that
// reports daily weighs as much as one that reports weekly. Weeks without values are skipped.
//
// Thresholds (see `metricState`):
// - not_enough_data: no baseline, or fewer than MIN_WEEKS_FOR_STATE (2) weekly values in the pilot period;
// - met: the latest weekly value reaches the target (direction-aware);
// - off_track: progress ≤ 0, i.e. no improvement on the baseline or worse;
// - on_track: progress ≥ elapsed share of the pilot period − ON_TRACK_SLACK (0.10);
// - at_risk: some progress, but behind that schedule.
// Guardrails: breached when worse than the baseline by more than the tolerance (then off_track).

/** Fewest weekly values in the pilot period before a metric is judged. */
export const MIN_WEEKS_FOR_STATE = 2;

/**
 * How far progress may trail the elapsed share of the pilot period and still be on track
 * (0.10 = ten percentage points of the baseline→target gap).
 */
export const ON_TRACK_SLACK = 0.1;

// Tolerance for floating-point comparisons ("reaches the target", "worse by more than").
const EPSILON = 1e-9;

/** Two-sided 95 % critical values of Student's t, t(0.975, df), for df = 1..30. */
export const T_975: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093,
  2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t(0.975, df) from `T_975` for df 1..30, 1.96 (the normal value) beyond; NaN below 1. */
export function tCritical975(df: number): number {
  if (!Number.isInteger(df) || df < 1) return Number.NaN;
  return T_975[df - 1] ?? 1.96;
}

/** The metric fields an evaluation reads. */
export type EvaluatedMetric = Pick<SuccessMetric, 'id' | 'name' | 'unit' | 'direction' | 'kind' | 'baseline' | 'target' | 'tolerance' | 'weight'>;

/** One measured value of the evaluated metric. */
export interface MeasuredValue {
  unitId: string;
  date: string;
  value: number;
}

/** Everything needed to evaluate one success metric. */
export interface MetricEvaluationInput {
  metric: EvaluatedMetric;
  /** Values of this metric; values of units in neither group are ignored. */
  measurements: readonly MeasuredValue[];
  pilotUnitIds: readonly string[];
  comparisonUnitIds?: readonly string[];
  startDate: string;
  endDate: string;
  today: string;
}

/** The pilot group's and the comparison group's value in one week (null: no values). */
export interface WeeklyPoint {
  weekStart: string;
  pilot: number | null;
  comparison: number | null;
}

/**
 * Difference-in-differences estimate of the pilot's effect, in the metric's unit: how much more the
 * pilot units moved from their baseline than the comparison units moved from theirs.
 */
export interface DidEstimate {
  /** Mean of the weekly differences = pilotChange − comparisonChange. */
  effect: number;
  /** ~95 % interval: effect ± t(0.975, n−1)·sd/√n over the n weekly differences; null when n < 2. */
  interval: { low: number; high: number } | null;
  /** Pilot-period weeks in which both groups have values (n). */
  weeks: number;
  /** Mean pilot weekly value over those weeks − pilot baseline. */
  pilotChange: number;
  /** Mean comparison weekly value over those weeks − comparison baseline. */
  comparisonChange: number;
  comparisonBaseline: number;
  /**
   * improved / worsened: the interval excludes zero on the good / bad side (direction-aware);
   * inconclusive: it contains zero; null: no interval.
   */
  verdict: 'improved' | 'worsened' | 'inconclusive' | null;
}

/** A metric in one pilot unit, so a unit's self-reported status can be checked against its data. */
export interface UnitMetricEvaluation {
  unitId: string;
  baseline: number | null;
  current: number | null;
  progress: number | null;
  weeksWithData: number;
  state: MetricState;
}

/** The judgement of one success metric. */
export interface MetricEvaluation {
  metric: EvaluatedMetric;
  /** The entered baseline, else the mean of the pilot units' weekly values before the start; null if neither. */
  baseline: number | null;
  baselineSource: BaselineSource | null;
  /** The pilot units' mean in their latest week with values in the pilot period. */
  current: number | null;
  currentWeek: string | null;
  /** Share of the baseline→target gap closed, direction-aware: 0 = no change, 1 = target, > 1 beyond, < 0 worse. */
  progress: number | null;
  /** Least-squares slope of the pilot's weekly values per week in the pilot period; null with < 2 weeks. */
  trend: number | null;
  /** Share of the pilot period elapsed by `today`, 0..1. */
  elapsedShare: number;
  /** Weeks of the pilot period with pilot-unit values. */
  weeksWithData: number;
  state: MetricState;
  /** Guardrails: worse than the baseline by more than the tolerance; null for primary metrics or without data. */
  guardrailBreached: boolean | null;
  /** Null without comparison units, or when either group lacks a baseline or pilot-period values. */
  effect: DidEstimate | null;
  /** Pilot-period weeks, oldest first, with the pilot and comparison weekly values. */
  weekly: WeeklyPoint[];
  byUnit: UnitMetricEvaluation[];
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** +1 when higher is better, −1 when lower is better: multiplying a change by it makes "better" positive. */
function sense(metric: Pick<EvaluatedMetric, 'direction'>): 1 | -1 {
  return metric.direction === 'higher_is_better' ? 1 : -1;
}

type WeekValue = MeasuredValue & { week: string };

/** Tags each value with its ISO week, parsing each distinct date once. */
function withWeeks(values: readonly MeasuredValue[]): WeekValue[] {
  const weeks = new Map<string, string>();
  return values.map((m) => {
    let week = weeks.get(m.date);
    if (week === undefined) {
      week = isoWeekStart(m.date);
      weeks.set(m.date, week);
    }
    return { ...m, week };
  });
}

/** Weekly group values: per week, the mean over units of each unit's mean that week. Sorted by week. */
function weeklyMeans(values: readonly WeekValue[], unitIds: ReadonlySet<string>): Map<string, number> {
  const byWeek = new Map<string, Map<string, { sum: number; count: number }>>();
  for (const { unitId, week, value } of values) {
    if (!unitIds.has(unitId)) continue;
    let units = byWeek.get(week);
    if (!units) {
      units = new Map();
      byWeek.set(week, units);
    }
    const total = units.get(unitId) ?? { sum: 0, count: 0 };
    units.set(unitId, { sum: total.sum + value, count: total.count + 1 });
  }
  const result = new Map<string, number>();
  for (const week of [...byWeek.keys()].sort()) {
    const weekMean = mean([...(byWeek.get(week)?.values() ?? [])].map((total) => total.sum / total.count));
    if (weekMean !== null) result.set(week, weekMean);
  }
  return result;
}

/** Least-squares slope of y over x; null with fewer than 2 distinct x. */
function slope(points: readonly { x: number; y: number }[]): number | null {
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  if (points.length < 2 || mx === null || my === null) return null;
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? null : sxy / sxx;
}

/** Splits values into the "before" period and the pilot period (see the top of this file). */
function splitPeriods(values: readonly MeasuredValue[], startDate: string, endDate: string, today: string) {
  const firstWeek = isoWeekStart(startDate);
  const lastDay = endDate < today ? endDate : today;
  const tagged = withWeeks(values);
  return {
    firstWeek,
    before: tagged.filter((m) => m.date < firstWeek),
    during: tagged.filter((m) => m.date >= firstWeek && m.date <= lastDay),
  };
}

/**
 * The baseline computed from measurements: the mean of the units' weekly values in the weeks
 * before the week holding `startDate`; null when there are none.
 */
export function computeBaseline(measurements: readonly MeasuredValue[], unitIds: readonly string[], startDate: string): number | null {
  const { before } = splitPeriods(measurements, startDate, startDate, startDate);
  return mean([...weeklyMeans(before, new Set(unitIds)).values()]);
}

/** Share of the pilot period from `startDate` to `endDate` elapsed by `today`, clamped to 0..1. */
export function elapsedShare(startDate: string, endDate: string, today: string): number {
  const total = daysBetween(startDate, endDate);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(startDate, today) / total));
}

/**
 * Share of the baseline→target gap closed by `current`, direction-aware; null when the target is
 * not on the better side of the baseline (there is no gap to close).
 */
export function metricProgress(metric: Pick<EvaluatedMetric, 'direction' | 'target'>, baseline: number, current: number): number | null {
  const s = sense(metric);
  const gap = s * (metric.target - baseline);
  return gap > EPSILON ? (s * (current - baseline)) / gap : null;
}

/** Whether `current` reaches the target: at or above it when higher is better, at or below when lower is. */
export function reachesTarget(metric: Pick<EvaluatedMetric, 'direction' | 'target'>, current: number): boolean {
  return sense(metric) * (current - metric.target) >= -EPSILON;
}

/** Whether a guardrail is worse than its baseline by more than its tolerance (null counts as 0). */
export function isGuardrailBreached(metric: Pick<EvaluatedMetric, 'direction' | 'tolerance'>, baseline: number, current: number): boolean {
  return sense(metric) * (current - baseline) < -(metric.tolerance ?? 0) - EPSILON;
}

interface StateInput {
  baseline: number | null;
  current: number | null;
  weeks: number;
  elapsed: number;
}

/**
 * The state of a metric, in this order:
 * 1. guardrail breached (worse than baseline by more than the tolerance) → off_track, whatever the data volume;
 * 2. no baseline, or fewer than 2 weekly values in the pilot period → not_enough_data;
 * 3. latest weekly value reaches the target → met;
 * 4. guardrail: worse than the baseline (within tolerance) → at_risk, otherwise on_track;
 * 5. primary: progress ≤ 0 (no improvement or worse; also when the target is not better than the baseline) → off_track;
 * 6. progress ≥ elapsed share − 0.10 → on_track;
 * 7. otherwise → at_risk.
 */
function metricState(metric: EvaluatedMetric, input: StateInput): MetricState {
  const { baseline, current } = input;
  if (metric.kind === 'guardrail' && baseline !== null && current !== null && isGuardrailBreached(metric, baseline, current)) return 'off_track';
  if (baseline === null || current === null || input.weeks < MIN_WEEKS_FOR_STATE) return 'not_enough_data';
  if (reachesTarget(metric, current)) return 'met';
  if (metric.kind === 'guardrail') return sense(metric) * (current - baseline) < -EPSILON ? 'at_risk' : 'on_track';
  const progress = metricProgress(metric, baseline, current);
  if (progress === null || progress <= 0) return 'off_track';
  return progress >= input.elapsed - ON_TRACK_SLACK ? 'on_track' : 'at_risk';
}

function differenceInDifferences(
  metric: EvaluatedMetric,
  pilotWeeks: ReadonlyMap<string, number>,
  comparisonWeeks: ReadonlyMap<string, number>,
  pilotBaseline: number,
  comparisonBaseline: number,
): DidEstimate | null {
  const paired = [...pilotWeeks.entries()].flatMap(([week, pilot]) => {
    const comparison = comparisonWeeks.get(week);
    return comparison === undefined ? [] : [{ pilot, comparison }];
  });
  const n = paired.length;
  const baselineGap = pilotBaseline - comparisonBaseline;
  const differences = paired.map((p) => p.pilot - p.comparison - baselineGap);
  const effect = mean(differences);
  const pilotMean = mean(paired.map((p) => p.pilot));
  const comparisonMean = mean(paired.map((p) => p.comparison));
  if (effect === null || pilotMean === null || comparisonMean === null) return null;

  let interval: DidEstimate['interval'] = null;
  let verdict: DidEstimate['verdict'] = null;
  if (n >= 2) {
    const variance = differences.reduce((sum, d) => sum + (d - effect) ** 2, 0) / (n - 1);
    const half = (tCritical975(n - 1) * Math.sqrt(variance)) / Math.sqrt(n);
    interval = { low: effect - half, high: effect + half };
    // Turn the interval so that "better" is positive, whatever the direction.
    const s = sense(metric);
    const betterLow = Math.min(s * interval.low, s * interval.high);
    const betterHigh = Math.max(s * interval.low, s * interval.high);
    verdict = betterLow > 0 ? 'improved' : betterHigh < 0 ? 'worsened' : 'inconclusive';
  }
  return {
    effect,
    interval,
    weeks: n,
    pilotChange: pilotMean - pilotBaseline,
    comparisonChange: comparisonMean - comparisonBaseline,
    comparisonBaseline,
    verdict,
  };
}

function lastEntry(weeks: ReadonlyMap<string, number>): [string, number] | null {
  return [...weeks.entries()].at(-1) ?? null;
}

/**
 * Evaluates one success metric of a pilot: baseline, current value, progress, trend, state, the
 * guardrail check, the difference-in-differences effect against comparison units, and the same
 * judgement per pilot unit. See the top of this file for the weeks and thresholds.
 */
export function evaluateMetric(input: MetricEvaluationInput): MetricEvaluation {
  const { metric, startDate, endDate, today } = input;
  const { firstWeek, before, during } = splitPeriods(input.measurements, startDate, endDate, today);
  const pilotUnits = new Set(input.pilotUnitIds);
  const comparisonUnits = new Set((input.comparisonUnitIds ?? []).filter((unitId) => !pilotUnits.has(unitId)));
  const elapsed = elapsedShare(startDate, endDate, today);

  const measuredBaseline = mean([...weeklyMeans(before, pilotUnits).values()]);
  const baseline = metric.baseline ?? measuredBaseline;
  const baselineSource: BaselineSource | null = metric.baseline !== null ? 'entered' : measuredBaseline !== null ? 'measured' : null;

  const pilotWeeks = weeklyMeans(during, pilotUnits);
  const comparisonWeeks = weeklyMeans(during, comparisonUnits);
  const latest = lastEntry(pilotWeeks);
  const current = latest ? latest[1] : null;
  const trend = slope([...pilotWeeks.entries()].map(([week, y]) => ({ x: daysBetween(firstWeek, week) / 7, y })));
  const progress = baseline !== null && current !== null ? metricProgress(metric, baseline, current) : null;
  const guardrailBreached =
    metric.kind === 'guardrail' && baseline !== null && current !== null ? isGuardrailBreached(metric, baseline, current) : null;

  let effect: DidEstimate | null = null;
  const comparisonBaseline = mean([...weeklyMeans(before, comparisonUnits).values()]);
  if (baseline !== null && comparisonBaseline !== null) {
    effect = differenceInDifferences(metric, pilotWeeks, comparisonWeeks, baseline, comparisonBaseline);
  }

  const weeks = [...new Set([...pilotWeeks.keys(), ...comparisonWeeks.keys()])].sort();
  const weekly = weeks.map((week) => ({ weekStart: week, pilot: pilotWeeks.get(week) ?? null, comparison: comparisonWeeks.get(week) ?? null }));

  const byUnit = input.pilotUnitIds.map((unitId): UnitMetricEvaluation => {
    const only = new Set([unitId]);
    const unitBaseline = metric.baseline ?? mean([...weeklyMeans(before, only).values()]);
    const unitWeeks = weeklyMeans(during, only);
    const unitLatest = lastEntry(unitWeeks);
    const unitCurrent = unitLatest ? unitLatest[1] : null;
    return {
      unitId,
      baseline: unitBaseline,
      current: unitCurrent,
      progress: unitBaseline !== null && unitCurrent !== null ? metricProgress(metric, unitBaseline, unitCurrent) : null,
      weeksWithData: unitWeeks.size,
      state: metricState(metric, { baseline: unitBaseline, current: unitCurrent, weeks: unitWeeks.size, elapsed }),
    };
  });

  return {
    metric,
    baseline,
    baselineSource,
    current,
    currentWeek: latest ? latest[0] : null,
    progress,
    trend,
    elapsedShare: elapsed,
    weeksWithData: pilotWeeks.size,
    state: metricState(metric, { baseline, current, weeks: pilotWeeks.size, elapsed }),
    guardrailBreached,
    effect,
    weekly,
    byUnit,
  };
}

/** Everything needed to evaluate all of a pilot's success metrics at once. */
export interface PilotEvaluationInput {
  metrics: readonly EvaluatedMetric[];
  /** Values of any of the metrics, tagged with `metricId`. */
  measurements: readonly (MeasuredValue & { metricId: string })[];
  pilotUnitIds: readonly string[];
  comparisonUnitIds?: readonly string[];
  startDate: string;
  endDate: string;
  today: string;
}

/** Evaluates each of a pilot's metrics with `evaluateMetric`, in the order given. */
export function evaluatePilotMetrics(input: PilotEvaluationInput): MetricEvaluation[] {
  const byMetric = new Map<string, MeasuredValue[]>();
  for (const m of input.measurements) {
    const list = byMetric.get(m.metricId);
    if (list) list.push(m);
    else byMetric.set(m.metricId, [m]);
  }
  return input.metrics.map((metric) =>
    evaluateMetric({
      metric,
      measurements: byMetric.get(metric.id) ?? [],
      pilotUnitIds: input.pilotUnitIds,
      comparisonUnitIds: input.comparisonUnitIds ?? [],
      startDate: input.startDate,
      endDate: input.endDate,
      today: input.today,
    }),
  );
}
