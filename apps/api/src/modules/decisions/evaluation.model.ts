import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BaselineSource, EffectMethod, EffectVerdict, EvaluationStage, GateDecision, MetricState } from '@rollout/domain';
import { BaselineSourceEnum, EffectMethodEnum, EffectVerdictEnum, EvaluationStageEnum, GateDecisionEnum, MetricStateEnum } from './decisions.enums.js';
import { SuccessMetricModel } from '../pilots/pilot.model.js';

@ObjectType('WeeklyPoint', { description: 'The pilot group’s and the comparison group’s value in one week.' })
export class WeeklyPointModel {
  @Field({ description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => Float, { nullable: true, description: 'Mean over pilot units; null without values.' })
  pilot: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean over comparison units; null without values.' })
  comparison: number | null;
}

@ObjectType('EffectLook', { description: 'The effect against the comparison units as seen at one weekly look.' })
export class EffectLookModel {
  @Field({ description: 'Monday of the latest pilot week the look includes, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => Float, { description: 'Pilot change minus comparison change since baseline, with the weeks up to this one.' })
  effect: number;

  @Field(() => Float, { nullable: true, description: 'Low end of the interval at this look’s boundary; null before the second week.' })
  low: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of the interval at this look’s boundary; null before the second week.' })
  high: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The effect the estimate had to pass at this look to count as better, signed like an improvement (negative when lower is better); null before the second week.',
  })
  boundary: number | null;

  @Field(() => EffectVerdictEnum, { nullable: true, description: 'What this look’s interval said; null without one.' })
  verdict: EffectVerdict | null;
}

@ObjectType('EffectEstimate', { description: 'Difference-in-differences estimate of the pilot’s effect, in the metric’s unit.' })
export class EffectEstimateModel {
  @Field(() => Float, { description: 'Pilot change minus comparison change since baseline.' })
  effect: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Low end of the interval at the current look’s boundary (wider at early looks, so that looking every week keeps a false “better” at 2.5 % over the pilot); null with fewer than 2 weeks.',
  })
  low: number | null;

  @Field(() => Float, { nullable: true, description: 'High end of that interval; null with fewer than 2 weeks.' })
  high: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The effect the estimate must pass at this look to count as better, signed like an improvement; null with fewer than 2 weeks.',
  })
  boundary: number | null;

  @Field(() => EffectMethodEnum, { description: 'How the effect was estimated; weeks and entered mean weaker evidence.' })
  method: EffectMethod;

  @Field({ description: 'Whether it was adjusted for each unit’s level before the start (regression on the pre-period).' })
  adjusted: boolean;

  @Field(() => Int, { description: 'Pilot units analysed (those with values before and during the pilot).' })
  pilotUnits: number;

  @Field(() => Int, { description: 'Comparison units analysed.' })
  comparisonUnits: number;

  @Field(() => Float, { description: 'Share of the final look’s information this look has, 0–1.' })
  informationFraction: number;

  @Field(() => [EffectLookModel], { description: 'Every weekly look so far, oldest first; the last is the current one.' })
  looks: EffectLookModel[];

  @Field(() => Int, { description: 'Weeks in which both groups have values.' })
  weeks: number;

  @Field(() => Float, { description: 'How much the pilot units moved from their baseline.' })
  pilotChange: number;

  @Field(() => Float, { description: 'How much the comparison units moved from theirs.' })
  comparisonChange: number;

  @Field(() => Float, { description: 'The comparison units’ baseline.' })
  comparisonBaseline: number;

  @Field(() => EffectVerdictEnum, { nullable: true, description: 'What the interval says; null without one.' })
  verdict: EffectVerdict | null;
}

@ObjectType('MissingWeek', { description: 'A pilot week that is over in which some pilot or comparison units have no value (missing, never zero).' })
export class MissingWeekModel {
  @Field({ description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  /** Resolved to `units` by a field resolver. */
  @Field(() => [ID], { description: 'The units without a value that week.' })
  unitIds: string[];
}

@ObjectType('UnitMetricEvaluation', { description: 'A metric in one pilot unit.' })
export class UnitMetricEvaluationModel {
  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Float, { nullable: true, description: 'Baseline used for this unit.' })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'Latest weekly value.' })
  current: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the baseline→target gap closed.' })
  progress: number | null;

  @Field(() => Int, { description: 'Pilot weeks with values.' })
  weeksWithData: number;

  @Field(() => MetricStateEnum, { description: 'State in this unit.' })
  state: MetricState;
}

@ObjectType('MetricEvaluation', { description: 'The judgement of one success metric.' })
export class MetricEvaluationModel {
  @Field(() => SuccessMetricModel, { description: 'The metric.' })
  metric: SuccessMetricModel;

  @Field(() => Float, { nullable: true, description: 'Baseline used: entered, else measured before the start; null if neither.' })
  baseline: number | null;

  @Field(() => BaselineSourceEnum, { nullable: true, description: 'Where the baseline came from.' })
  baselineSource: BaselineSource | null;

  @Field(() => Float, { nullable: true, description: 'The pilot units’ mean in their latest week with values.' })
  current: number | null;

  @Field(() => String, { nullable: true, description: 'Monday of that week.' })
  currentWeek: string | null;

  @Field(() => Float, { nullable: true, description: 'Share of the baseline→target gap closed: 0 no change, 1 target, < 0 worse.' })
  progress: number | null;

  @Field(() => Float, { nullable: true, description: 'Change per week (least squares) during the pilot.' })
  trend: number | null;

  @Field(() => Float, { description: 'Share of the pilot period elapsed, 0–1.' })
  elapsedShare: number;

  @Field(() => Int, { description: 'Pilot weeks with values from pilot units.' })
  weeksWithData: number;

  @Field(() => Int, { description: 'Weeks the pilot is planned to run.' })
  plannedWeeks: number;

  @Field(() => EvaluationStageEnum, { description: 'Interim look (before the planned end) or final analysis.' })
  stage: EvaluationStage;

  @Field(() => [MissingWeekModel], { description: 'Pilot weeks that are over in which pilot or comparison units have no value, oldest first.' })
  missingWeeks: MissingWeekModel[];

  @Field(() => String, {
    nullable: true,
    description: 'How sure the effect against the comparison units is, in plain words (e.g. “Very likely improved by 2.1 to 10.9 h.”); null without comparison data.',
  })
  howSure: string | null;

  @Field(() => MetricStateEnum, { description: 'Met, on track, at risk, off track or not enough data.' })
  state: MetricState;

  @Field(() => Boolean, { nullable: true, description: 'Guardrails: worse than baseline by more than the tolerance.' })
  guardrailBreached: boolean | null;

  @Field(() => EffectEstimateModel, { nullable: true, description: 'Effect against comparison units; null without them or without data.' })
  effect: EffectEstimateModel | null;

  @Field(() => [WeeklyPointModel], { description: 'Weekly values, oldest first, from the first baseline week to the latest pilot week.' })
  weekly: WeeklyPointModel[];

  @Field(() => [UnitMetricEvaluationModel], { description: 'The metric per pilot unit.' })
  byUnit: UnitMetricEvaluationModel[];

  @Field({ description: 'The evaluation in one plain-English sentence.' })
  summary: string;
}

@ObjectType('GateFlag', { description: 'A unit whose self-reported status contradicts its metrics.' })
export class GateFlagModel {
  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'What contradicts what.' })
  message: string;
}

@ObjectType('GateRecommendation', { description: 'What Rollout suggests at the gate, and why.' })
export class GateRecommendationModel {
  @Field(() => GateDecisionEnum, { description: 'Suggested decision.' })
  decision: GateDecision;

  @Field(() => EvaluationStageEnum, { description: 'Interim look (before the planned end) or final analysis.' })
  stage: EvaluationStage;

  @Field({ description: 'Interim and not yet a call: the data lean towards onCourseFor, but may still change.' })
  tooEarly: boolean;

  @Field(() => GateDecisionEnum, { nullable: true, description: 'While too early to call: the decision the data lean towards today; otherwise null.' })
  onCourseFor: GateDecision | null;

  @Field(() => String, { nullable: true, description: 'While too early to call: what would change the call before the end; otherwise null.' })
  whatWouldChange: string | null;

  @Field({ description: 'The rule that decided, in one sentence (“Too early to call (week 2 of 4) — on course for …” before the end).' })
  summary: string;

  @Field(() => [String], { description: 'One sentence per metric.' })
  reasons: string[];

  @Field(() => [GateFlagModel], { description: 'Units reporting green while their metrics are off track.' })
  flags: GateFlagModel[];

  @Field(() => Float, { nullable: true, description: 'Weighted mean progress of the primary metrics (display only).' })
  weightedProgress: number | null;
}

@ObjectType('PilotEvaluation', { description: 'A pilot’s metrics judged as of a day, with the gate recommendation.' })
export class PilotEvaluationModel {
  @Field({ description: 'The day the evaluation is for, YYYY-MM-DD.' })
  asOf: string;

  @Field(() => [MetricEvaluationModel], { description: 'One evaluation per success metric, in the order they were added.' })
  metrics: MetricEvaluationModel[];

  @Field(() => GateRecommendationModel, { description: 'The suggested gate decision.' })
  recommendation: GateRecommendationModel;
}
