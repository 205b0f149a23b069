import type { MetricEvaluation } from './evaluation.js';
import { formatMetricChange, formatMetricValue, formatSignedNumber } from './metric-format.js';
import { GATE_DECISION_LABELS, METRIC_STATE_LABELS, type GateDecision, type RagStatus } from './pilot.types.js';

/** The part of a check-in the gate recommendation reads. */
export interface GateCheckIn {
  unitId: string;
  weekStart: string;
  status: RagStatus;
}

/** A unit whose self-reported status contradicts its metrics. */
export interface GateFlag {
  unitId: string;
  message: string;
}

/** What `recommendGate` suggests, and why. */
export interface GateRecommendation {
  decision: GateDecision;
  /** One sentence naming the rule that decided, e.g. "Extend: Win rate needs more data." */
  summary: string;
  /** One plain-English sentence per metric, in the order of the evaluations. */
  reasons: string[];
  /** Units whose latest check-in is green while one of their primary metrics is off track. */
  flags: GateFlag[];
  /**
   * Weighted mean of the primary metrics' progress, each capped at 1 (weight null counts as 1,
   * weight 0 leaves a metric out); null when none has progress. For display: the rules ignore it.
   */
  weightedProgress: number | null;
}

function namesOf(evaluations: readonly MetricEvaluation[]): string {
  const names = evaluations.map((e) => e.metric.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

const isOnTrack = (e: MetricEvaluation) => e.state === 'met' || e.state === 'on_track';

/**
 * Recommends a gate decision from a pilot's metric evaluations. The rules, first match wins:
 * 1. A guardrail is breached → adjust; stop instead if a primary metric is also off track
 *    (the change does harm and does not work).
 * 2. No primary metric → extend: there is nothing to judge the pilot by.
 * 3. A primary metric has not enough data → extend: decide on data, not a guess.
 * 4. Every primary metric is met or on track:
 *    a. a comparison-unit interval of one of them crosses zero → extend: the improvement may be a
 *       company-wide trend, so never scale on it (inconclusive);
 *    b. an interval lies wholly on the bad side → adjust: the comparison units did better;
 *    c. otherwise (every interval excludes zero on the good side, or there is none) → scale.
 * 5. Some primary metric is off track and none is met or on track → stop.
 * 6. Anything else (mixed or at-risk results) → adjust.
 * Check-ins only add flags: a unit whose latest check-in is green while one of its own primary
 * metrics is off track.
 */
export function recommendGate(evaluations: readonly MetricEvaluation[], checkIns: readonly GateCheckIn[] = []): GateRecommendation {
  const primary = evaluations.filter((e) => e.metric.kind === 'primary');
  const breached = evaluations.filter((e) => e.metric.kind === 'guardrail' && e.guardrailBreached === true);
  const offTrack = primary.filter((e) => e.state === 'off_track');
  const noData = primary.filter((e) => e.state === 'not_enough_data');

  const decide = (decision: GateDecision, why: string) => ({ decision, summary: `${GATE_DECISION_LABELS[decision]}: ${why}.` });
  let outcome: { decision: GateDecision; summary: string };
  if (breached.length > 0) {
    const guardrails = `the guardrail${breached.length > 1 ? 's' : ''} ${namesOf(breached)} ${breached.length > 1 ? 'were' : 'was'} breached`;
    outcome =
      offTrack.length > 0
        ? decide('stop', `${guardrails} and ${namesOf(offTrack)} ${offTrack.length > 1 ? 'are' : 'is'} off track`)
        : decide('adjust', guardrails);
  } else if (primary.length === 0) {
    outcome = decide('extend', 'the pilot has no primary success metric to judge it by');
  } else if (noData.length > 0) {
    outcome = decide('extend', `${namesOf(noData)} ${noData.length > 1 ? 'need' : 'needs'} more data`);
  } else if (primary.every(isOnTrack)) {
    const inconclusive = primary.filter((e) => e.effect?.verdict === 'inconclusive');
    const worse = primary.filter((e) => e.effect?.verdict === 'worsened');
    if (inconclusive.length > 0) {
      outcome = decide('extend', `${namesOf(inconclusive)} improved, but not clearly more than in the comparison units`);
    } else if (worse.length > 0) {
      outcome = decide('adjust', `the comparison units improved ${namesOf(worse)} more than the pilot did`);
    } else {
      outcome = decide('scale', 'every primary metric is met or on track');
    }
  } else if (offTrack.length > 0 && !primary.some(isOnTrack)) {
    outcome = decide('stop', `${namesOf(offTrack)} ${offTrack.length > 1 ? 'are' : 'is'} off track and no primary metric is on track`);
  } else {
    const behind = primary.filter((e) => !isOnTrack(e));
    outcome = decide('adjust', `${namesOf(behind)} ${behind.length > 1 ? 'are' : 'is'} behind while others are on track`);
  }

  return {
    ...outcome,
    reasons: evaluations.map(describeEvaluation),
    flags: greenButOffTrack(primary, checkIns),
    weightedProgress: weightedProgress(primary),
  };
}

function weightedProgress(primary: readonly MetricEvaluation[]): number | null {
  let total = 0;
  let weights = 0;
  for (const e of primary) {
    const weight = e.metric.weight ?? 1;
    if (e.progress === null || weight <= 0) continue;
    total += weight * Math.min(1, e.progress);
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}

function greenButOffTrack(primary: readonly MetricEvaluation[], checkIns: readonly GateCheckIn[]): GateFlag[] {
  const latest = new Map<string, GateCheckIn>();
  for (const checkIn of checkIns) {
    const seen = latest.get(checkIn.unitId);
    if (!seen || checkIn.weekStart > seen.weekStart) latest.set(checkIn.unitId, checkIn);
  }
  const flags: GateFlag[] = [];
  for (const [unitId, checkIn] of latest) {
    if (checkIn.status !== 'green') continue;
    const failing = primary.filter((e) => e.byUnit.some((u) => u.unitId === unitId && u.state === 'off_track'));
    if (failing.length === 0) continue;
    flags.push({
      unitId,
      message: `Reports green for the week of ${checkIn.weekStart}, but ${namesOf(failing)} ${failing.length > 1 ? 'are' : 'is'} off track in this unit.`,
    });
  }
  return flags;
}

function movement(from: number, to: number, format: (value: number) => string): string {
  if (format(from) === format(to)) return `stayed at ${format(to)}`;
  return `${to > from ? 'rose' : 'fell'} from ${format(from)} to ${format(to)}`;
}

function changeWords(delta: number, format: (value: number) => string): string {
  const size = format(Math.abs(delta));
  if (size === format(0)) return 'did not change';
  return `${delta > 0 ? 'rose' : 'fell'} ${size}`;
}

/**
 * One plain-English sentence about a metric, e.g. "Lead response time fell from 18 h to 6 h,
 * target 8 h: met; on average the pilot units fell 8.5 h and the comparison units fell 2 h, so the
 * pilot's effect is about −6.5 h (−10.7 to −2.3)."
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
    judgement = `, target ${value(metric.target)}: ${fewWeeks ?? METRIC_STATE_LABELS[e.state].toLowerCase()}`;
  }

  let comparison = '';
  if (e.effect) {
    const { effect, interval, verdict } = e.effect;
    const range = interval
      ? `(${formatSignedNumber(interval.low, metric.unit)} to ${formatSignedNumber(interval.high, metric.unit)})`
      : '(too few weeks for a range)';
    const caveat =
      verdict === 'inconclusive' ? ', which could also be no effect at all' : verdict === 'worsened' ? ', worse than the comparison units' : '';
    comparison =
      `; on average the pilot units ${changeWords(e.effect.pilotChange, change)} and the comparison units ${changeWords(e.effect.comparisonChange, change)},` +
      ` so the pilot's effect is about ${formatMetricChange(effect, metric.unit, true)} ${range}${caveat}`;
  }
  return `${moved}${judgement}${comparison}.`;
}
