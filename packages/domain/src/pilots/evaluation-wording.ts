import { formatCalendarDate } from '../common/calendar-date.js';
import type { MetricEvaluation } from './evaluation.js';
import { sense } from './metric-state.js';
import { formatChangeRange, formatMetricChange, formatMetricValue } from './metric-format.js';
import { METRIC_STATE_LABELS } from './pilot.types.js';

// A metric's evaluation in plain English: what moved, against what, and how sure we are.

function movement(from: number, to: number, format: (value: number) => string): string {
  if (format(from) === format(to)) return `stayed at ${format(to)}`;
  return `${to > from ? 'rose' : 'fell'} from ${format(from)} to ${format(to)}`;
}

function changeWords(delta: number, format: (value: number) => string): string {
  const size = format(Math.abs(delta));
  if (size === format(0)) return 'did not change';
  return `${delta > 0 ? 'rose' : 'fell'} ${size}`;
}

/** "the weeks of Jan 12, 2026 and Jan 19, 2026" */
function weekList(isoWeeks: readonly string[]): string {
  const weeks = isoWeeks.map(formatCalendarDate);
  if (weeks.length === 1) return `the week of ${weeks[0] ?? ''}`;
  return `the weeks of ${weeks.slice(0, -1).join('; ')} and ${weeks.at(-1) ?? ''}`;
}

/** "3 unit-weeks are missing (the weeks of …), which weakens the evidence", or null when none is. */
function missingWords(e: MetricEvaluation): string | null {
  if (e.missingWeeks.length === 0) return null;
  const unitWeeks = e.missingWeeks.reduce((n, w) => n + w.unitIds.length, 0);
  return `${unitWeeks} unit-week${unitWeeks === 1 ? ' is' : 's are'} missing (${weekList(e.missingWeeks.map((w) => w.weekStart))}), which weakens the evidence`;
}

/** What makes the evidence weaker than it could be. */
function weaknesses(e: MetricEvaluation): string[] {
  const reasons: string[] = [];
  if (e.effect?.method === 'weeks') reasons.push('with a single unit in a group the range rests on week-to-week swings, so the evidence is weaker');
  if (e.effect?.method === 'entered') reasons.push("the pilot's baseline was entered, not measured, so the evidence is weaker");
  const missing = missingWords(e);
  if (missing) reasons.push(missing);
  return reasons;
}

/**
 * How sure the estimate against the comparison units is, in words a program manager reads:
 * "Very likely improved by 2.1 to 10.9 h." / "Could be no effect (between 3.7 points worse and
 * 5.7 points better)." Names what weakens the evidence (one unit in a group, an entered baseline,
 * missing weeks). Null without an effect estimate.
 */
export function describeCertainty(e: MetricEvaluation): string | null {
  if (!e.effect) return null;
  const change = (v: number) => formatMetricChange(v, e.metric.unit);
  const range = (from: number, to: number) => formatChangeRange(from, to, e.metric.unit);
  const { interval, verdict } = e.effect;
  let words: string;
  if (!interval || verdict === null) {
    words = 'Too few weeks in both groups for a range yet';
  } else {
    const s = sense(e.metric);
    // Both ends turned so that "better" is positive, whatever the direction.
    const low = Math.min(s * interval.low, s * interval.high);
    const high = Math.max(s * interval.low, s * interval.high);
    if (verdict === 'improved') words = `Very likely improved by ${range(low, high)}`;
    else if (verdict === 'worsened') words = `Very likely worse by ${range(-high, -low)}`;
    else words = `Could be no effect (between ${change(-low)} worse and ${change(high)} better)`;
  }
  const weak = weaknesses(e);
  return `${words}${weak.length > 0 ? `; ${weak.join('; ')}` : ''}.`;
}

/**
 * One plain-English sentence about a metric, e.g. "Lead response time fell from 18 h to 6 h,
 * target 8 h: met; on average the pilot units fell 8.5 h and the comparison units fell 2 h, so the
 * pilot's effect is about −6.5 h: very likely improved by 2.1 to 10.9 h."
 */
export function describeEvaluation(e: MetricEvaluation): string {
  const { metric } = e;
  const value = (v: number) => formatMetricValue(v, metric.unit);
  const change = (v: number) => formatMetricChange(v, metric.unit);
  const label = metric.kind === 'guardrail' ? `${metric.name} (guardrail)` : metric.name;

  if (e.baseline === null) return `${label}: no baseline yet; enter one or record values from before the start.`;
  if (e.current === null) return `${label}: no values in the pilot period yet (baseline ${value(e.baseline)}).`;

  const moved = `${label} ${movement(e.baseline, e.current, value)}`;
  const fewWeeks =
    e.state === 'not_enough_data'
      ? `only ${e.weeksWithData} week${e.weeksWithData === 1 ? '' : 's'} of values in the pilot period, at least 2 are needed to judge it`
      : null;

  let judgement: string;
  if (metric.kind === 'guardrail') {
    const tolerance = change(metric.tolerance ?? 0);
    if (e.guardrailBreached === true) {
      judgement = `: breached, worse than the baseline by more than its tolerance of ${tolerance}`;
    } else {
      judgement = fewWeeks ? `; ${fewWeeks}` : `: within its tolerance of ${tolerance}`;
    }
  } else {
    const target = metric.target === null ? '' : `, target ${value(metric.target)}`;
    judgement = `${target}: ${fewWeeks ?? METRIC_STATE_LABELS[e.state].toLowerCase()}`;
  }

  const certainty = describeCertainty(e);
  if (!e.effect || certainty === null) {
    const missing = missingWords(e);
    return `${moved}${judgement}${missing ? `; ${missing}` : ''}.`;
  }
  const sure = certainty.charAt(0).toLowerCase() + certainty.slice(1);
  return (
    `${moved}${judgement}; on average the pilot units ${changeWords(e.effect.pilotChange, change)} and the comparison units ` +
    `${changeWords(e.effect.comparisonChange, change)}, so the pilot's effect is about ${formatMetricChange(e.effect.effect, metric.unit, true)}: ${sure}`
  );
}
