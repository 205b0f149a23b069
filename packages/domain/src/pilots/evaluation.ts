import { daysBetween } from './pilot-dates.js';
import type { BaselineSource, MetricState } from './pilot.types.js';
import { isGuardrailBreached, metricProgress, metricState, sense, type EvaluatedMetric } from './metric-state.js';
import { firstPilotWeek, isFinalLook, missingWeeks, plannedWeeks, unitWeeks, type MeasuredValue, type MissingWeek, type PilotCalendar } from './pilot-weeks.js';
import { mean, slope } from './statistics/descriptive.js';
import { differenceInDifferences, groupWeeks, type DidEstimate } from './statistics/difference-in-differences.js';
import { withFiniteValues } from './evaluation-scale.js';
import { assessmentBaselineFor, type KpiBaselineValue } from '../assessment-inventory/baselines.js';

// How a pilot's success metrics are judged. Pure: every input is an argument, `today` included.
// Weeks and missing weeks: see pilot-weeks.ts; states and thresholds: metric-state.ts; the effect
// against comparison units and its interval at each weekly look: statistics/difference-in-differences.ts.

export type { EvaluatedMetric } from './metric-state.js';
export type { MeasuredValue, MissingWeek } from './pilot-weeks.js';

/** Everything needed to evaluate one success metric. */
export interface MetricEvaluationInput extends PilotCalendar {
  metric: EvaluatedMetric;
  /** Values of this metric; values of units in neither group are ignored. */
  measurements: readonly MeasuredValue[];
  pilotUnitIds: readonly string[];
  comparisonUnitIds?: readonly string[];
  /** The program's assessment baseline of the metric per pilot unit, used when the pilot has none of its own. */
  assessmentBaselines?: Readonly<Record<string, number>>;
}

/** The pilot group's and the comparison group's value in one week (null: no values). */
export interface WeeklyPoint {
  weekStart: string;
  pilot: number | null;
  comparison: number | null;
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

/** interim: before the planned end, every look must clear the sequential boundary; final: at or after it. */
export const EVALUATION_STAGES = ['interim', 'final'] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

export const EVALUATION_STAGE_DESCRIPTIONS: Record<EvaluationStage, string> = {
  interim: 'Before the planned end: a look that may call the pilot only past the sequential boundary.',
  final: 'At or after the planned end: the final analysis.',
};

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
  /** Weeks the pilot is planned to run. */
  plannedWeeks: number;
  stage: EvaluationStage;
  state: MetricState;
  /** Guardrails: worse than the baseline by more than the tolerance; null for primary metrics or without data. */
  guardrailBreached: boolean | null;
  /** Null without comparison units, or when either group lacks a baseline or pilot-period values. */
  effect: DidEstimate | null;
  /** Pilot-period weeks, oldest first, with the pilot and comparison weekly values. */
  weekly: WeeklyPoint[];
  /** Pilot weeks that are over in which a pilot or comparison unit has no value. */
  missingWeeks: MissingWeek[];
  byUnit: UnitMetricEvaluation[];
}

/**
 * The baseline computed from measurements: the mean of the units' weekly values in the weeks
 * before the week holding `startDate`; null when there are none.
 */
export function computeBaseline(measurements: readonly MeasuredValue[], unitIds: readonly string[], startDate: string): number | null {
  const units = unitWeeks(measurements, unitIds, { startDate, endDate: startDate, today: startDate });
  return mean([...groupWeeks(units.values(), 'before').values()]);
}

/** Share of the pilot period from `startDate` to `endDate` elapsed by `today`, clamped to 0..1. */
export function elapsedShare(startDate: string, endDate: string, today: string): number {
  const total = daysBetween(startDate, endDate);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(startDate, today) / total));
}

function lastEntry(weeks: ReadonlyMap<string, number>): [string, number] | null {
  return [...weeks.entries()].at(-1) ?? null;
}

function evaluateFinite(input: MetricEvaluationInput): MetricEvaluation {
  const { metric } = input;
  const elapsed = elapsedShare(input.startDate, input.endDate, input.today);
  const pilot = unitWeeks(input.measurements, input.pilotUnitIds, input);
  const pilotIds = new Set(input.pilotUnitIds);
  const comparison = unitWeeks(
    input.measurements,
    (input.comparisonUnitIds ?? []).filter((id) => !pilotIds.has(id)),
    input,
  );

  const measuredBaseline = mean([...groupWeeks(pilot.values(), 'before').values()]);
  // The pilot's own baseline first (entered, then measured before the start); the assessment's only without one.
  const assessed = input.assessmentBaselines ?? {};
  const assessedBaseline = mean(input.pilotUnitIds.flatMap((unitId) => assessed[unitId] ?? []));
  const baseline = metric.baseline ?? measuredBaseline ?? assessedBaseline;
  const baselineSource: BaselineSource | null =
    metric.baseline !== null ? 'entered' : measuredBaseline !== null ? 'measured' : assessedBaseline !== null ? 'assessment' : null;

  const pilotWeeks = groupWeeks(pilot.values(), 'during');
  const comparisonWeeks = groupWeeks(comparison.values(), 'during');
  const latest = lastEntry(pilotWeeks);
  const current = latest ? latest[1] : null;
  const firstWeek = firstPilotWeek(input);
  const trend = slope([...pilotWeeks.entries()].map(([week, y]) => ({ x: daysBetween(firstWeek, week) / 7, y })));
  const progress = baseline !== null && current !== null ? metricProgress(metric, baseline, current) : null;
  const guardrailBreached =
    metric.kind === 'guardrail' && baseline !== null && current !== null ? isGuardrailBreached(metric, baseline, current) : null;

  const planned = plannedWeeks(input).length;
  const final = isFinalLook(input);
  const effect =
    comparison.size > 0 && baseline !== null
      ? differenceInDifferences({ pilot, comparison, enteredBaseline: baselineSource === 'assessment' ? baseline : metric.baseline, sense: sense(metric), plannedWeeks: planned, final })
      : null;

  const weeks = [...new Set([...pilotWeeks.keys(), ...comparisonWeeks.keys()])].sort();
  const weekly = weeks.map((week) => ({ weekStart: week, pilot: pilotWeeks.get(week) ?? null, comparison: comparisonWeeks.get(week) ?? null }));

  const byUnit = input.pilotUnitIds.map((unitId): UnitMetricEvaluation => {
    const unit = pilot.get(unitId);
    const unitBaseline = metric.baseline ?? mean([...(unit?.before.values() ?? [])]) ?? assessed[unitId] ?? null;
    const unitLatest = unit ? lastEntry(unit.during) : null;
    const unitCurrent = unitLatest ? unitLatest[1] : null;
    const weeksWithData = unit?.during.size ?? 0;
    return {
      unitId,
      baseline: unitBaseline,
      current: unitCurrent,
      progress: unitBaseline !== null && unitCurrent !== null ? metricProgress(metric, unitBaseline, unitCurrent) : null,
      weeksWithData,
      state: metricState(metric, { baseline: unitBaseline, current: unitCurrent, weeks: weeksWithData, elapsed }),
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
    plannedWeeks: planned,
    stage: final ? 'final' : 'interim',
    state: metricState(metric, { baseline, current, weeks: pilotWeeks.size, elapsed }),
    guardrailBreached,
    effect,
    weekly,
    missingWeeks: missingWeeks(pilot, comparison, input),
    byUnit,
  };
}

/**
 * Evaluates one success metric of a pilot: baseline, current value, progress, trend, state, the
 * guardrail check, the difference-in-differences effect against comparison units at every weekly
 * look, the missing weeks, and the same judgement per pilot unit. Total: every number it returns is
 * finite, whatever the input values (see evaluation-scale.ts).
 */
export function evaluateMetric(input: MetricEvaluationInput): MetricEvaluation {
  return withFiniteValues(input, evaluateFinite);
}

/** Everything needed to evaluate all of a pilot's success metrics at once. */
export interface PilotEvaluationInput extends PilotCalendar {
  metrics: readonly (EvaluatedMetric & { catalogKey?: string | null })[];
  /**
   * Values of any of the metrics, tagged with `metricId`: daily, or already reduced to one mean
   * per unit and ISO week (up to the end or today) dated on its Monday, as the API reads them;
   * the evaluation depends on weekly means only, so both give the same result.
   */
  measurements: readonly (MeasuredValue & { metricId: string })[];
  pilotUnitIds: readonly string[];
  comparisonUnitIds?: readonly string[];
  /** The program's assessment baselines: a catalog metric without a baseline of its own falls back to them. */
  assessmentBaselines?: readonly KpiBaselineValue[];
}

/** The assessment baseline per pilot unit (its own, else the program-wide one) of a catalog metric. */
function assessmentBaselinesByUnit(baselines: readonly KpiBaselineValue[], catalogKey: string | null | undefined, unitIds: readonly string[]): Record<string, number> {
  const byUnit: Record<string, number> = {};
  for (const unitId of unitIds) {
    const value = assessmentBaselineFor(baselines, catalogKey, [unitId]);
    if (value !== null) byUnit[unitId] = value;
  }
  return byUnit;
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
      assessmentBaselines: assessmentBaselinesByUnit(input.assessmentBaselines ?? [], metric.catalogKey, input.pilotUnitIds),
      startDate: input.startDate,
      endDate: input.endDate,
      today: input.today,
    }),
  );
}
