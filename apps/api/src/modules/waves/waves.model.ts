import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MetricUnit, RagStatus, ReadinessPart, WaveMetricState, WaveUnitStage } from '@rollout/domain';
import { MetricUnitEnum } from '../metrics/metrics.enums.js';
import { RagStatusEnum } from '../check-ins/check-ins.enums.js';
import { ReadinessPartEnum, RolloutForecastKindEnum, WaveMetricStateEnum, WaveUnitStageEnum } from './waves.enums.js';

@ObjectType('ReadinessPartScore', { description: 'One part of a unit’s readiness, 0–100, with its weight.' })
export class ReadinessPartModel {
  @Field(() => ReadinessPartEnum, { description: 'Which part.' })
  part: ReadinessPart;

  @Field({ description: 'The part in words.' })
  label: string;

  @Field(() => Float, { nullable: true, description: '0–100; null when there is no figure (it is then left out and the others weigh more).' })
  value: number | null;

  @Field(() => Float, { description: 'Its weight in the score, as the program set it.' })
  weight: number;
}

@ObjectType('Readiness', { description: 'A unit’s readiness to go live, 0–100, and its parts.' })
export class ReadinessModel {
  @Field(() => Int, { description: 'The weighted score, 0–100.' })
  score: number;

  @Field(() => [ReadinessPartModel], { description: 'Each part with its value and weight.' })
  parts: ReadinessPartModel[];
}

@ObjectType('ReadinessWeight', { description: 'The weight of one part of the readiness score.' })
export class ReadinessWeightModel {
  @Field(() => ReadinessPartEnum, { description: 'Which part.' })
  part: ReadinessPart;

  @Field({ description: 'The part in words.' })
  label: string;

  @Field(() => Float, { description: 'Its weight (0–100).' })
  weight: number;
}

@ObjectType('ChecklistItem', { description: 'An item of a unit’s readiness checklist.' })
export class ChecklistItemModel {
  @Field({ description: 'What has to be done.' })
  label: string;

  @Field({ description: 'Whether it is done.' })
  done: boolean;
}

@ObjectType('WaveUnitMove', { description: 'A move of a unit through the roll-out, with who made it, when and why.' })
export class WaveUnitMoveModel {
  @Field(() => ID, { description: 'The move.' })
  id: string;

  @Field(() => WaveUnitStageEnum, { description: 'The stage it left.' })
  fromStage: WaveUnitStage;

  @Field(() => WaveUnitStageEnum, { description: 'The stage it reached.' })
  toStage: WaveUnitStage;

  @Field({ description: 'Why (blocking, rolling back and going live before ready need one).' })
  reason: string;

  @Field({ description: 'Went live before the unit was ready, on a program lead’s word.' })
  override: boolean;

  @Field({ description: 'Who moved it.' })
  movedByName: string;

  @Field({ description: 'When.' })
  movedAt: Date;
}

@ObjectType('CheckInSummary', { description: 'A unit’s latest check-in, in short.' })
export class CheckInSummaryModel {
  @Field(() => RagStatusEnum, { description: 'Its red/amber/green status.' })
  status: RagStatus;

  @Field({ description: 'The week it reports on (Monday, YYYY-MM-DD).' })
  weekStart: string;
}

@ObjectType('NotYetComparison', { description: 'A wave unit’s change on one metric beside the change of the units not yet in any wave over the same weeks.' })
export class NotYetComparisonModel {
  @Field(() => ID, { description: 'The success metric.' })
  metricId: string;

  @Field({ description: 'Its name.' })
  metricName: string;

  @Field(() => MetricUnitEnum, { description: 'Its unit of measure.' })
  metricUnit: MetricUnit;

  @Field(() => Float, { description: 'The unit’s mean since its wave started minus its mean in the weeks before.' })
  ownChange: number;

  @Field(() => Float, { description: 'The same, averaged over the units not yet in a wave.' })
  othersChange: number;

  @Field(() => Float, { description: 'How much more the unit improved than they did, in the metric’s unit; positive = better.' })
  effect: number;

  @Field(() => Int, { description: 'Units not yet in a wave compared (those with values before and since).' })
  others: number;
}

@ObjectType('WaveUnit', { description: 'A unit in a roll-out wave: its stage, readiness, metrics against its own baseline, and its moves.' })
export class WaveUnitModel {
  @Field(() => ID, { description: 'The unit’s place in the wave.' })
  id: string;

  @Field(() => Int, { description: 'Send it back to change the unit’s stage, wave or readiness.' })
  version: number;

  @Field(() => ID, { description: 'The wave it is in.' })
  waveId: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'The unit’s name.' })
  unitName: string;

  @Field({ description: 'Its region (nearest region above it in the unit tree).' })
  region: string;

  @Field(() => WaveUnitStageEnum, { description: 'Its stage in the wave.' })
  stage: WaveUnitStage;

  @Field({ description: 'The stage in words.' })
  stageLabel: string;

  @Field(() => WaveUnitStageEnum, { nullable: true, description: 'Blocked: the stage it was blocked from (unblocking returns there).' })
  blockedFrom: WaveUnitStage | null;

  @Field(() => String, { nullable: true, description: 'Blocked or rolled back: why.' })
  stageReason: string | null;

  @Field(() => [ChecklistItemModel], { description: 'Its readiness checklist.' })
  checklist: ChecklistItemModel[];

  @Field(() => Int, { description: 'People the new model changes work for.' })
  peopleInScope: number;

  @Field(() => Int, { description: 'Of those, people trained.' })
  peopleTrained: number;

  @Field({ description: 'The named local sponsor; empty when none.' })
  sponsorName: string;

  @Field(() => ReadinessModel, { description: 'Its readiness score and parts.' })
  readiness: ReadinessModel;

  @Field(() => WaveMetricStateEnum, { description: 'How it does on the pilot’s success metrics against its own baseline.' })
  metricState: WaveMetricState;

  @Field({ description: 'The metric state in words.' })
  metricStateLabel: string;

  @Field(() => Int, { description: 'Weeks in a row, back from the latest, with every primary metric at the unit’s target.' })
  weeksMet: number;

  @Field(() => [String], { description: 'Guardrails worse than the unit’s baseline by more than their tolerance in its latest week.' })
  breachedGuardrails: string[];

  @Field(() => [NotYetComparisonModel], { description: 'Per metric, its change beside that of the units not yet in a wave (where they have values before and since).' })
  comparisons: NotYetComparisonModel[];

  @Field({ description: 'Live, with the primary metrics met for the weeks the program asks: adopted is proposed, for a program lead to confirm.' })
  adoptionProposed: boolean;

  @Field(() => CheckInSummaryModel, { nullable: true, description: 'Its latest check-in; null before the first.' })
  lastCheckIn: CheckInSummaryModel | null;

  @Field({ description: 'Rolling out (preparing to live) with no check-in for more than 7 days since its wave started.' })
  checkInStale: boolean;

  @Field(() => String, { nullable: true, description: 'Its report and its figures disagree, e.g. a green check-in while a guardrail is breached.' })
  flag: string | null;

  @Field(() => String, { nullable: true, description: 'A pilot lesson that flags a risk for this unit (it does the activity locally today).' })
  riskFlag: string | null;

  @Field(() => [WaveUnitMoveModel], { description: 'Its moves, oldest first.' })
  moves: WaveUnitMoveModel[];
}

@ObjectType('RolloutProgress', { description: 'How many units are live and adopted.' })
export class RolloutProgressModel {
  @Field(() => Int, { description: 'Units counted.' })
  units: number;

  @Field(() => Int, { description: 'Units live or adopted.' })
  live: number;

  @Field(() => Int, { description: 'Units adopted.' })
  adopted: number;
}

@ObjectType('RolloutWave', { description: 'A wave of the roll-out: planned and actual dates, its units, progress, and whether a breached guardrail paused it.' })
export class RolloutWaveModel {
  @Field(() => ID, { description: 'The wave.' })
  id: string;

  @Field(() => Int, { description: 'Send it back to change or remove the wave.' })
  version: number;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'Planned first day, YYYY-MM-DD.' })
  plannedStart: string;

  @Field({ description: 'Planned last day, YYYY-MM-DD.' })
  plannedEnd: string;

  @Field(() => String, { nullable: true, description: 'The day its first unit went live; null before.' })
  actualStart: string | null;

  @Field(() => String, { nullable: true, description: 'The day its last unit was adopted, once all are.' })
  actualEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Paused by itself while a guardrail is breached in one of its live units: why; null when running.' })
  pausedReason: string | null;

  @Field(() => RolloutProgressModel, { description: 'Its units live and adopted.' })
  progress: RolloutProgressModel;

  @Field(() => [WaveUnitModel], { description: 'Its units, in the order they joined.' })
  units: WaveUnitModel[];
}

@ObjectType('AdoptionWeek', { description: 'Units live and adopted at the end of a week.' })
export class AdoptionWeekModel {
  @Field({ description: 'The week (Monday, YYYY-MM-DD).' })
  week: string;

  @Field(() => Int, { description: 'Units live or adopted.' })
  live: number;

  @Field(() => Int, { description: 'Units adopted.' })
  adopted: number;
}

@ObjectType('RolloutForecast', { description: 'When the last wave completes (every unit adopted), from the pace so far.' })
export class RolloutForecastModel {
  @Field(() => RolloutForecastKindEnum, { description: 'Done, projected, or unknown yet.' })
  kind: 'done' | 'projected' | 'unknown';

  @Field(() => String, { nullable: true, description: 'Done: the day the last unit was adopted; projected: the day it would be.' })
  on: string | null;

  @Field(() => Float, { nullable: true, description: 'Projected: units adopted per week so far.' })
  unitsPerWeek: number | null;

  @Field(() => String, { nullable: true, description: 'Unknown: why.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The last wave’s planned end, to compare with.' })
  lastPlannedEnd: string | null;
}

@ObjectType('WaveCandidate', { description: 'A program unit not yet in a wave (nor in the scaled pilot), with its readiness.' })
export class WaveCandidateModel {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Its name.' })
  unitName: string;

  @Field({ description: 'Its region.' })
  region: string;

  @Field(() => ReadinessModel, { description: 'Its readiness from what is known before it joins (data quality).' })
  readiness: ReadinessModel;

  @Field(() => String, { nullable: true, description: 'A pilot lesson that flags a risk for it.' })
  riskFlag: string | null;
}

@ObjectType('SuggestedWaveUnit', { description: 'A unit in a suggested wave, with why it is there.' })
export class SuggestedWaveUnitModel {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Its name.' })
  unitName: string;

  @Field({ description: 'Why it is in this wave.' })
  reason: string;
}

@ObjectType('SuggestedWave', { description: 'A wave of the suggested order.' })
export class SuggestedWaveModel {
  @Field(() => Int, { description: 'Its number, counted after the waves already planned.' })
  number: number;

  @Field(() => [SuggestedWaveUnitModel], { description: 'Its units.' })
  units: SuggestedWaveUnitModel[];
}

@ObjectType('RolloutPlan', { description: 'A program’s roll-out of the piloted model, in waves: readiness, adoption, pauses, progress and forecast.' })
export class RolloutPlanModel {
  @Field(() => ID, { description: 'The plan.' })
  id: string;

  @Field(() => Int, { description: 'Send it back to change the settings.' })
  version: number;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `pilot` by a field resolver. */
  @Field(() => ID, { description: 'The pilot decided to scale.' })
  pilotId: string;

  @Field(() => Int, { description: 'Weeks in a row with every primary metric met before adopted is proposed.' })
  adoptionWeeks: number;

  @Field(() => [ReadinessWeightModel], { description: 'The readiness score’s weights.' })
  readinessWeights: ReadinessWeightModel[];

  @Field(() => [RolloutWaveModel], { description: 'The waves, by planned start.' })
  waves: RolloutWaveModel[];

  @Field(() => RolloutProgressModel, { description: 'Units live and adopted across the waves.' })
  progress: RolloutProgressModel;

  @Field(() => [AdoptionWeekModel], { description: 'Units live and adopted week by week since the first move.' })
  adoptionOverTime: AdoptionWeekModel[];

  @Field(() => RolloutForecastModel, { description: 'When the last wave completes, from the pace so far.' })
  forecast: RolloutForecastModel;

  @Field(() => [WaveCandidateModel], { description: 'Program units not in a wave yet (the scaled pilot’s own units run the model already), by name.' })
  candidates: WaveCandidateModel[];
}
