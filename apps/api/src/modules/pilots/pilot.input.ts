import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { MetricDirection, MetricUnit, PilotStatus, SuccessMetricKind } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
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

  @Field(() => [ID], { nullable: true, description: 'Activities of the program’s catalog the pilot changes (at most 20).' })
  activityIds?: string[] | null;
}

@InputType('UpdatePilotInput', { description: patchInput('New values for a pilot’s details; once running, its units and start date are fixed.') })
export class UpdatePilotInput {
  @Field(() => ID, { description: 'The pilot.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Name (3–120 characters); cannot be cleared.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the pilot should show; cannot be cleared.' })
  hypothesis?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Units that run the change (at least one); cannot be cleared.' })
  unitIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Comparison units; null removes them all.' })
  comparisonUnitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; cannot be cleared.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null resets it to four whole ISO weeks from the start.' })
  endDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Steering committee members; null removes them all.' })
  steeringMemberIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Activities of the program’s catalog the pilot changes (at most 20); null removes them all.' })
  activityIds?: string[] | null;
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

  @Field(() => Float, { nullable: true, description: 'Target, on the better side of the baseline: required for primary metrics, optional for guardrails.' })
  target?: number | null;

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

@InputType('UpdateSuccessMetricInput', { description: patchInput('New values for a success metric of a planned pilot.') })
export class UpdateSuccessMetricInput {
  @Field(() => ID, { description: 'The metric.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Catalog key; another one brings its unit, direction and name; null makes the metric custom.' })
  catalogKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Name; null resets a catalog metric to the catalog’s name.' })
  name?: string | null;

  @Field(() => MetricUnitEnum, { nullable: true, description: 'Unit (custom metrics); cannot be cleared.' })
  unit?: MetricUnit | null;

  @Field(() => MetricDirectionEnum, { nullable: true, description: 'Direction (custom metrics); cannot be cleared.' })
  direction?: MetricDirection | null;

  @Field(() => SuccessMetricKindEnum, { nullable: true, description: 'Primary or guardrail; cannot be cleared.' })
  kind?: SuccessMetricKind | null;

  @Field(() => Float, { nullable: true, description: 'Baseline; null clears it (then computed from measurements before the start).' })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: 'Target, on the better side of the baseline; null clears it on a guardrail (a primary metric keeps one).' })
  target?: number | null;

  @Field(() => Float, { nullable: true, description: 'Guardrails: how much worse than the baseline is acceptable (≥ 0); cannot be cleared on a guardrail.' })
  tolerance?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight 0–100 among primary metrics; null clears it.' })
  weight?: number | null;
}
