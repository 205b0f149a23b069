import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MetricDirection, MetricUnit, PilotStatus, SuccessMetricKind } from '@rollout/domain';
import { MetricDirectionEnum, MetricUnitEnum } from '../metrics/metrics.enums.js';
import { PilotStatusEnum, SuccessMetricKindEnum } from './pilots.enums.js';

@ObjectType('Pilot', { description: 'A time-boxed trial of the target operating model in some units of a program.' })
export class PilotModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The program it belongs to.' })
  programId: string;

  @Field({ description: 'Pilot name.' })
  name: string;

  @Field({ description: 'What the pilot should show, in plain words.' })
  hypothesis: string;

  @Field(() => [ID], { description: 'Units that run the change.' })
  unitIds: string[];

  @Field(() => [ID], { description: 'Units that do not change (a control), to tell the pilot’s effect from a company-wide trend.' })
  comparisonUnitIds: string[];

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  endDate: string;

  @Field(() => [ID], { description: 'Steering committee members.' })
  steeringMemberIds: string[];

  @Field(() => [ID], { description: 'Activities of the program’s catalog the pilot changes.' })
  activityIds: string[];

  @Field(() => PilotStatusEnum, { description: 'Where the pilot is in its life cycle.' })
  status: PilotStatus;

  @Field(() => Int, { description: 'Version for optimistic concurrency; send it back as expectedVersion.' })
  version: number;

  @Field({ description: 'When the pilot was created.' })
  createdAt: Date;

  @Field({ description: 'When the pilot last changed.' })
  updatedAt: Date;
}

@ObjectType('SuccessMetric', { description: 'A metric a pilot is judged on, from the catalog or custom.' })
export class SuccessMetricModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => String, { nullable: true, description: 'Key in the metric catalog; null for a custom metric.' })
  catalogKey: string | null;

  @Field({ description: 'Metric name.' })
  name: string;

  @Field(() => MetricUnitEnum, { description: 'Unit of the values.' })
  unit: MetricUnit;

  @Field(() => MetricDirectionEnum, { description: 'Whether higher or lower is better.' })
  direction: MetricDirection;

  @Field(() => SuccessMetricKindEnum, { description: 'Primary (to improve) or guardrail (must not get worse).' })
  kind: SuccessMetricKind;

  @Field(() => Float, { nullable: true, description: 'Entered baseline; null means computed from measurements before the start.' })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'Target value; always set on primary metrics, optional on guardrails.' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'Guardrails: how much worse than the baseline is still acceptable.' })
  tolerance: number | null;

  @Field(() => Float, { nullable: true, description: 'Relative importance 0–100 among primary metrics; null counts as 1.' })
  weight: number | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}
