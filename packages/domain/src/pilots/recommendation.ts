import { formatCalendarDate } from '../common/calendar-date.js';
import type { EvaluationStage, MetricEvaluation } from './evaluation.js';
import { describeEvaluation } from './evaluation-wording.js';
import { formatMetricChange } from './metric-format.js';
import { GATE_DECISION_LABELS, type GateDecision, type RagStatus } from './pilot.types.js';

export { describeCertainty, describeEvaluation } from './evaluation-wording.js';

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
  /**
   * The decision if it were taken today. Never scale before the planned end unless every primary
   * effect has cleared its sequential boundary; while too early to call, extend (keep running).
   */
  decision: GateDecision;
  /** interim: before the planned end; final: at or after it. */
  stage: EvaluationStage;
  /** Interim and not yet a call: the data lean towards `onCourseFor`, but may still change. */
  tooEarly: boolean;
  /** While too early to call: the decision the data lean towards today; otherwise null. */
  onCourseFor: GateDecision | null;
  /** One sentence naming the rule that decided, e.g. "Extend: Win rate needs more data." */
  summary: string;
  /** While too early to call: what would change the call before the end; otherwise null. */
  whatWouldChange: string | null;
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
const verb = (list: readonly unknown[], one: string, many: string) => (list.length > 1 ? many : one);

/** What the rules conclude from the data as they stand, before the stage is taken into account. */
interface Call {
  /** The decision at the final look. */
  decision: GateDecision;
  /** What the data lean towards before the end (differs from `decision` only where the effect is still unclear). */
  lean?: GateDecision;
  why: string;
  /** Whether the call may stand before the planned end: a breached guardrail, or effects past their boundary. */
  actsAtOnce: boolean;
  /** Interim: what would change it. */
  change?: string;
}

function boundaryWords(e: MetricEvaluation): string {
  const effect = e.effect;
  if (!effect?.boundary) return `${e.metric.name} needs two weeks of values in both groups for a first look`;
  const unit = e.metric.unit;
  return `${e.metric.name} would need an effect beyond ${formatMetricChange(effect.boundary, unit, true)} (it is ${formatMetricChange(effect.effect, unit, true)})`;
}

function callFor(evaluations: readonly MetricEvaluation[]): Call {
  const primary = evaluations.filter((e) => e.metric.kind === 'primary');
  const breached = evaluations.filter((e) => e.metric.kind === 'guardrail' && e.guardrailBreached === true);
  const offTrack = primary.filter((e) => e.state === 'off_track');
  const noData = primary.filter((e) => e.state === 'not_enough_data');

  if (breached.length > 0) {
    const guardrails = `the guardrail${breached.length > 1 ? 's' : ''} ${namesOf(breached)} ${verb(breached, 'was', 'were')} breached`;
    if (offTrack.length > 0) return { decision: 'stop', why: `${guardrails} and ${namesOf(offTrack)} ${verb(offTrack, 'is', 'are')} off track`, actsAtOnce: true };
    return { decision: 'adjust', why: guardrails, actsAtOnce: true };
  }
  // More weeks cannot fix a pilot with nothing to judge it by: said at once.
  if (primary.length === 0) return { decision: 'extend', why: 'the pilot has no primary success metric to judge it by', actsAtOnce: true };
  if (noData.length > 0) {
    return {
      decision: 'extend',
      why: `${namesOf(noData)} ${verb(noData, 'needs', 'need')} more data`,
      actsAtOnce: false,
      change: 'The first call comes once every primary metric has two weeks of values.',
    };
  }
  if (primary.every(isOnTrack)) {
    const unclear = primary.filter((e) => e.effect !== null && e.effect.verdict !== 'improved' && e.effect.verdict !== 'worsened');
    const worse = primary.filter((e) => e.effect?.verdict === 'worsened');
    if (unclear.length > 0) {
      return {
        decision: 'extend',
        lean: 'scale',
        why: `${namesOf(unclear)} improved, but not clearly more than in the comparison units`,
        actsAtOnce: false,
        change: `To scale before the end, ${unclear.map(boundaryWords).join('; ')}.`,
      };
    }
    if (worse.length > 0) return { decision: 'adjust', why: `the comparison units improved ${namesOf(worse)} more than the pilot did`, actsAtOnce: false };
    // Without comparison units there is no boundary to clear, so only the final look scales.
    const compared = primary.every((e) => e.effect !== null);
    return {
      decision: 'scale',
      why: compared ? 'every primary metric is met or on track and clearly better than in the comparison units' : 'every primary metric is met or on track',
      actsAtOnce: compared,
      change: compared ? undefined : 'Without comparison units a company-wide trend cannot be ruled out, so only the final look can scale.',
    };
  }
  if (offTrack.length > 0 && !primary.some(isOnTrack)) {
    return { decision: 'stop', why: `${namesOf(offTrack)} ${verb(offTrack, 'is', 'are')} off track and no primary metric is on track`, actsAtOnce: false };
  }
  const behind = primary.filter((e) => !isOnTrack(e));
  return { decision: 'adjust', why: `${namesOf(behind)} ${verb(behind, 'is', 'are')} behind while others are on track`, actsAtOnce: false };
}

/**
 * Recommends a gate decision from a pilot's metric evaluations. The rules, first match wins:
 * 1. A guardrail is breached → adjust; stop instead if a primary metric is also off track
 *    (the change does harm and does not work). Acts at once, at any look.
 * 2. No primary metric → extend: there is nothing to judge the pilot by.
 * 3. A primary metric has not enough data → extend: decide on data, not a guess.
 * 4. Every primary metric is met or on track:
 *    a. a comparison-unit effect of one of them has not cleared its boundary (its interval crosses
 *       zero, or there is none yet) → extend: the improvement may be a company-wide trend;
 *    b. an effect is clearly on the bad side → adjust: the comparison units did better;
 *    c. otherwise → scale.
 * 5. Some primary metric is off track and none is met or on track → stop.
 * 6. Anything else (mixed or at-risk results) → adjust.
 * Before the planned end (interim) only rules 1 and 4c with every effect past its boundary make a
 * call; anything else is "too early to call — on course for …" with what would change it, and
 * recommends extend (keep running) where the data lean towards scale.
 * Check-ins only add flags: a unit whose latest check-in is green while one of its own primary
 * metrics is off track.
 */
export function recommendGate(evaluations: readonly MetricEvaluation[], checkIns: readonly GateCheckIn[] = []): GateRecommendation {
  const primary = evaluations.filter((e) => e.metric.kind === 'primary');
  const stage: EvaluationStage = evaluations.some((e) => e.stage === 'interim') ? 'interim' : 'final';
  const call = callFor(evaluations);
  const common = { stage, reasons: evaluations.map(describeEvaluation), flags: greenButOffTrack(primary, checkIns), weightedProgress: weightedProgress(primary) };

  if (stage === 'final' || call.actsAtOnce) {
    const { decision } = call;
    return { ...common, decision, tooEarly: false, onCourseFor: null, summary: `${GATE_DECISION_LABELS[decision]}: ${call.why}.`, whatWouldChange: null };
  }
  const week = Math.max(0, ...primary.map((e) => e.weeksWithData));
  const planned = Math.max(1, ...evaluations.map((e) => e.plannedWeeks));
  const leaning = call.lean ?? call.decision;
  const lean = leaning === 'extend' ? null : leaning;
  const onCourse = lean ? ` — on course for ${GATE_DECISION_LABELS[lean].toLowerCase()}` : '';
  return {
    ...common,
    decision: call.decision === 'scale' ? 'extend' : call.decision,
    tooEarly: true,
    onCourseFor: lean,
    summary: `Too early to call (week ${Math.min(week, planned)} of ${planned})${onCourse}: ${call.why}.`,
    whatWouldChange: call.change ?? 'The call becomes final at the planned end; the weekly values until then can still change it.',
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
      message: `Reports green for the week of ${formatCalendarDate(checkIn.weekStart)}, but ${namesOf(failing)} ${verb(failing, 'is', 'are')} off track in this unit.`,
    });
  }
  return flags;
}
