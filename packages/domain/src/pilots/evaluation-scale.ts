import type { EffectLook } from './statistics/difference-in-differences.js';
import type { MetricEvaluation, MetricEvaluationInput } from './evaluation.js';

// Keeps the evaluation total. Values near the largest double (±1.7e308) overflow as soon as two are
// added, and squares overflow far sooner, so a metric whose values, baseline or target exceed
// SAFE_MAGNITUDE is evaluated in units of a power of two (exact: only the exponent changes) and its
// results are scaled back, saturating at ±Number.MAX_VALUE where the true figure is beyond any double.
// Values that are not finite numbers are ignored like values of units in neither group.

const SAFE_MAGNITUDE = 1e100;

const saturate = (value: number) => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, value));

function largestMagnitude(input: MetricEvaluationInput): number {
  const { baseline, target, tolerance } = input.metric;
  let largest = Math.max(Math.abs(baseline ?? 0), Math.abs(target ?? 0), Math.abs(tolerance ?? 0));
  for (const m of input.measurements) if (Number.isFinite(m.value)) largest = Math.max(largest, Math.abs(m.value));
  for (const value of Object.values(input.assessmentBaselines ?? {})) largest = Math.max(largest, Math.abs(value));
  return largest;
}

function scaleLook<T extends EffectLook>(look: T, up: (value: number) => number): T {
  return {
    ...look,
    effect: up(look.effect),
    interval: look.interval && { low: up(look.interval.low), high: up(look.interval.high) },
    boundary: look.boundary === null ? null : up(look.boundary),
  };
}

/** `evaluate(input)`, run in a scale where no sum or square can overflow when the input needs it. */
export function withFiniteValues(input: MetricEvaluationInput, evaluate: (input: MetricEvaluationInput) => MetricEvaluation): MetricEvaluation {
  const largest = largestMagnitude(input);
  if (!(largest > SAFE_MAGNITUDE)) return evaluate(input);
  // 2^1023 is the largest power of two a double holds.
  const factor = 2 ** Math.min(1023, Math.ceil(Math.log2(largest)));
  const down = (value: number) => value / factor;
  const up = (value: number) => saturate(value * factor);
  const upOrNull = (value: number | null) => (value === null ? null : up(value));
  const { metric } = input;
  const scaled = evaluate({
    ...input,
    metric: {
      ...metric,
      baseline: metric.baseline === null ? null : down(metric.baseline),
      target: metric.target === null ? null : down(metric.target),
      tolerance: metric.tolerance === null ? null : down(metric.tolerance),
    },
    measurements: input.measurements.map((m) => ({ ...m, value: down(m.value) })),
    assessmentBaselines: input.assessmentBaselines && Object.fromEntries(Object.entries(input.assessmentBaselines).map(([unitId, value]) => [unitId, down(value)])),
  });
  const effect = scaled.effect && {
    ...scaleLook(scaled.effect, up),
    pilotChange: up(scaled.effect.pilotChange),
    comparisonChange: up(scaled.effect.comparisonChange),
    comparisonBaseline: up(scaled.effect.comparisonBaseline),
    standardError: upOrNull(scaled.effect.standardError),
    looks: scaled.effect.looks.map((look) => scaleLook(look, up)),
  };
  return {
    ...scaled,
    metric,
    baseline: upOrNull(scaled.baseline),
    current: upOrNull(scaled.current),
    trend: upOrNull(scaled.trend),
    effect,
    weekly: scaled.weekly.map((w) => ({ ...w, pilot: upOrNull(w.pilot), comparison: upOrNull(w.comparison) })),
    byUnit: scaled.byUnit.map((u) => ({ ...u, baseline: upOrNull(u.baseline), current: upOrNull(u.current) })),
  };
}
