import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { ReadinessPart, WaveUnitStage } from '@rollout/domain';
import { ReadinessPartEnum, WaveUnitStageEnum } from './waves.enums.js';

@InputType('CreateRolloutPlanInput', { description: 'Starts a program’s roll-out from a pilot decided to scale; program owner, leads, admins.' })
export class CreateRolloutPlanInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'A pilot of the program whose latest gate decision is scale.' })
  pilotId: string;
}

@InputType('AddWaveInput', { description: 'Plans a wave with its units; each gets the pilot’s metrics (with its own baseline), the readiness checklist and the lessons.' })
export class AddWaveInput {
  @Field(() => ID, { description: 'The roll-out plan.' })
  planId: string;

  @Field({ description: 'The wave’s name (2–120 characters).' })
  name: string;

  @Field({ description: 'Planned first day, YYYY-MM-DD.' })
  plannedStart: string;

  @Field({ description: 'Planned last day, after the first, YYYY-MM-DD.' })
  plannedEnd: string;

  @Field(() => [ID], { description: 'Program units not yet in a wave and not in the scaled pilot (up to 100).' })
  unitIds: string[];
}

@InputType('UpdateWaveInput', { description: 'Renames a wave or moves its planned dates.' })
export class UpdateWaveInput {
  @Field(() => ID, { description: 'The wave.' })
  id: string;

  @Field({ description: 'The wave’s name (2–120 characters).' })
  name: string;

  @Field({ description: 'Planned first day, YYYY-MM-DD.' })
  plannedStart: string;

  @Field({ description: 'Planned last day, YYYY-MM-DD.' })
  plannedEnd: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('RemoveWaveInput', { description: 'Removes a wave none of whose units went live; its units leave the roll-out.' })
export class RemoveWaveInput {
  @Field(() => ID, { description: 'The wave.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('MoveWaveUnitInput', { description: 'Moves a unit to another stage of the roll-out; partners as far as ready and to blocked, program leads any.' })
export class MoveWaveUnitInput {
  @Field(() => ID, { description: 'The unit’s place in its wave.' })
  id: string;

  @Field(() => WaveUnitStageEnum, { description: 'The stage to move to.' })
  to: WaveUnitStage;

  @Field(() => String, { nullable: true, description: 'Why: needed (10 characters or more) to block, to roll back and to go live before ready.' })
  reason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Go live before ready (program leads, with a reason).' })
  override?: boolean | null;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('AssignWaveUnitInput', { description: 'Moves a unit to another wave of the same plan (a live or adopted unit stays where it is).' })
export class AssignWaveUnitInput {
  @Field(() => ID, { description: 'The unit’s place in its wave.' })
  id: string;

  @Field(() => ID, { description: 'The wave to move it to.' })
  waveId: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('ChecklistItemInput', { description: 'An item of a readiness checklist.' })
export class ChecklistItemInput {
  @Field({ description: 'What has to be done (1–200 characters).' })
  label: string;

  @Field({ description: 'Whether it is done.' })
  done: boolean;
}

@InputType('UpdateWaveUnitReadinessInput', { description: 'A unit’s readiness: checklist, people in scope and trained, local sponsor; its partners and the program’s leads.' })
export class UpdateWaveUnitReadinessInput {
  @Field(() => ID, { description: 'The unit’s place in its wave.' })
  id: string;

  @Field(() => [ChecklistItemInput], { description: 'The whole checklist (up to 30 items).' })
  checklist: ChecklistItemInput[];

  @Field(() => Int, { description: 'People the new model changes work for.' })
  peopleInScope: number;

  @Field(() => Int, { description: 'Of those, people trained (no more than in scope).' })
  peopleTrained: number;

  @Field(() => String, { nullable: true, description: 'The local sponsor’s name; empty for none.' })
  sponsorName?: string | null;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('ReadinessWeightInput', { description: 'The weight of one part of the readiness score.' })
export class ReadinessWeightInput {
  @Field(() => ReadinessPartEnum, { description: 'Which part.' })
  part: ReadinessPart;

  @Field(() => Float, { description: 'Its weight, 0–100.' })
  weight: number;
}

@InputType('UpdateRolloutSettingsInput', { description: 'The adoption rule and the readiness weights of a roll-out plan.' })
export class UpdateRolloutSettingsInput {
  @Field(() => ID, { description: 'The roll-out plan.' })
  id: string;

  @Field(() => Int, { description: 'Weeks in a row with every primary metric met before adopted is proposed (1–26).' })
  adoptionWeeks: number;

  @Field(() => [ReadinessWeightInput], { description: 'A weight for each of the five parts.' })
  readinessWeights: ReadinessWeightInput[];

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}
