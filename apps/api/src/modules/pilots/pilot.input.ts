import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { MetricDirection, MetricUnit, PilotStatus, SuccessMetricKind } from '@rollout/domain';
import { MetricDirectionEnum, MetricUnitEnum } from '../metrics/metrics.enums.js';
import { PilotStatusEnum, SuccessMetricKindEnum } from './pilots.enums.js';

@InputType('CreatePilotInput', { description: 'A new pilot in a program; it starts as planned.' })
export class CreatePilotInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Name (3–120 characters).' })
  name: string;

  @Field({ description: 'What the pilot should show (1–2,000 characters).' })
  hypothesis: string;

  @Field(() => [ID], { description: 'Units that run the change (at least one).' })
  unitIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Comparison units that do not change; none of the pilot units.' })
  comparisonUnitIds?: string[] | null;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, after the start; default four whole ISO weeks (a Monday start + 27 days).' })
  endDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Steering committee members.' })
  steeringMemberIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Capabilities or processes the pilot changes.' })
  capabilities?: string[] | null;
}

@InputType('UpdatePilotInput', { description: 'New values for a pilot’s details.' })
export class UpdatePilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field({ description: 'Name (3–120 characters).' })
  name: string;

  @Field({ description: 'What the pilot should show.' })
  hypothesis: string;

  @Field(() => [ID], { description: 'Units that run the change (at least one).' })
  unitIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Comparison units.' })
  comparisonUnitIds?: string[] | null;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; default start + 28 days.' })
  endDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Steering committee members.' })
  steeringMemberIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Capabilities or processes the pilot changes.' })
  capabilities?: string[] | null;
}

@InputType('ChangePilotStatusInput', { description: 'Move a pilot one step: planned → running → in review (decided comes from the gate review).' })
export class ChangePilotStatusInput {
  @Field(() => ID, { description: 'The pilot.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => PilotStatusEnum, { description: 'The next status.' })
  status: PilotStatus;
}

@InputType('SuccessMetricInput', { description: 'A success metric: from the catalog (catalogKey) or custom (name, unit and direction).' })
export class SuccessMetricInput {
  @Field(() => String, { nullable: true, description: 'Catalog key; unit and direction then come from the catalog.' })
  catalogKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Name; defaults to the catalog’s.' })
  name?: string | null;

  @Field(() => MetricUnitEnum, { nullable: true, description: 'Unit (custom metrics).' })
  unit?: MetricUnit | null;

  @Field(() => MetricDirectionEnum, { nullable: true, description: 'Direction (custom metrics).' })
  direction?: MetricDirection | null;

  @Field(() => SuccessMetricKindEnum, { nullable: true, description: 'Primary (default) or guardrail.' })
  kind?: SuccessMetricKind | null;

  @Field(() => Float, { nullable: true, description: 'Baseline; omit to compute it from measurements before the start.' })
  baseline?: number | null;

  @Field(() => Float, { description: 'Target, on the better side of the baseline.' })
  target: number;

  @Field(() => Float, { nullable: true, description: 'Guardrails: how much worse than the baseline is acceptable (required, ≥ 0).' })
  tolerance?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight 0–100 among primary metrics.' })
  weight?: number | null;
}

@InputType('AddSuccessMetricInput', { description: 'A success metric to add to a planned pilot.' })
export class AddSuccessMetricInput extends SuccessMetricInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;
}

@InputType('UpdateSuccessMetricInput', { description: 'New values for a success metric of a planned pilot.' })
export class UpdateSuccessMetricInput extends SuccessMetricInput {
  @Field(() => ID, { description: 'The metric.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}
