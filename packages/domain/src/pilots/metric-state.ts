import type { MetricState, SuccessMetric } from './pilot.types.js';

// How far a metric has come and what state it is in, from its baseline, latest value and target.
//
// Thresholds (see `metricState`):
// - not_enough_data: no baseline, or fewer than MIN_WEEKS_FOR_STATE (2) weekly values in the pilot period;
// - met: the latest weekly value reaches the target (direction-aware);
// - off_track: progress ≤ 0, i.e. no improvement on the baseline or worse;
// - on_track: progress ≥ elapsed share of the pilot period − ON_TRACK_SLACK (0.10);
// - at_risk: some progress, but behind that schedule.
// Guardrails: breached when worse than the baseline by more than the tolerance (then off_track);
// otherwise on track: the tolerance is the room the pilot may use, and the sentence (evaluation-wording)
// says "within its tolerance", so the badge must not say "At risk".

/** The metric fields an evaluation reads. */
export type EvaluatedMetric = Pick<SuccessMetric, 'id' | 'name' | 'unit' | 'direction' | 'kind' | 'baseline' | 'target' | 'tolerance' | 'weight'>;

/** Fewest weekly values in the pilot period before a metric is judged. */
export const MIN_WEEKS_FOR_STATE = 2;

/**
 * How far progress may trail the elapsed share of the pilot period and still be on track
 * (0.10 = ten percentage points of the baseline→target gap).
 */
export const ON_TRACK_SLACK = 0.1;

// Tolerance for floating-point comparisons ("reaches the target", "worse by more than").
const EPSILON = 1e-9;

/** +1 when higher is better, −1 when lower is better: multiplying a change by it makes "better" positive. */
export function sense(metric: Pick<EvaluatedMetric, 'direction'>): 1 | -1 {
  return metric.direction === 'higher_is_better' ? 1 : -1;
}

/**
 * Share of the baseline→target gap closed by `current`, direction-aware; null when there is no
 * target or it is not on the better side of the baseline (there is no gap to close).
 */
export function metricProgress(metric: Pick<EvaluatedMetric, 'direction' | 'target'>, baseline: number, current: number): number | null {
  if (metric.target === null) return null;
  const s = sense(metric);
  const gap = s * (metric.target - baseline);
  return gap > EPSILON ? (s * (current - baseline)) / gap : null;
}

/** Whether `current` reaches the target: at or above it when higher is better, at or below when lower is. */
export function reachesTarget(metric: Pick<EvaluatedMetric, 'direction' | 'target'>, current: number): boolean {
  return metric.target !== null && sense(metric) * (current - metric.target) >= -EPSILON;
}

/** Whether a guardrail is worse than its baseline by more than its tolerance (null counts as 0). */
export function isGuardrailBreached(metric: Pick<EvaluatedMetric, 'direction' | 'tolerance'>, baseline: number, current: number): boolean {
  return sense(metric) * (current - baseline) < -(metric.tolerance ?? 0) - EPSILON;
}

export interface StateInput {
  baseline: number | null;
  current: number | null;
  weeks: number;
  elapsed: number;
}

/**
 * The state of a metric, in this order:
 * 1. guardrail breached (worse than baseline by more than the tolerance) → off_track, whatever the data volume;
 * 2. no baseline, or fewer than 2 weekly values in the pilot period → not_enough_data;
 * 3. latest weekly value reaches the target (a guardrail may have none) → met;
 * 4. guardrail (not breached, so within its tolerance) → on_track;
 * 5. primary: progress ≤ 0 (no improvement or worse; also when the target is not better than the baseline) → off_track;
 * 6. progress ≥ elapsed share − 0.10 → on_track;
 * 7. otherwise → at_risk.
 */
export function metricState(metric: EvaluatedMetric, input: StateInput): MetricState {
  const { baseline, current } = input;
  if (metric.kind === 'guardrail' && baseline !== null && current !== null && isGuardrailBreached(metric, baseline, current)) return 'off_track';
  if (baseline === null || current === null || input.weeks < MIN_WEEKS_FOR_STATE) return 'not_enough_data';
  if (reachesTarget(metric, current)) return 'met';
  if (metric.kind === 'guardrail') return 'on_track';
  const progress = metricProgress(metric, baseline, current);
  if (progress === null || progress <= 0) return 'off_track';
  return progress >= input.elapsed - ON_TRACK_SLACK ? 'on_track' : 'at_risk';
}
