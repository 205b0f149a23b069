import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { GtmComplexity, ToolCategory } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
import { GtmComplexityEnum, ToolCategoryEnum } from './assessment-inventory.enums.js';

@InputType('CreateProgramToolInput', { description: 'A tool to add to a program’s inventory (program owner, leads, admins).' })
export class CreateProgramToolInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Tool name (1–120 characters).' })
  name: string;

  @Field(() => ToolCategoryEnum, { description: 'Category.' })
  category: ToolCategory;

  @Field(() => [ID], { nullable: true, description: 'Units using the tool; none when left out.' })
  unitIds?: string[] | null;

  @Field(() => Int, { description: 'Annual cost in whole US dollars.' })
  annualCost: number;

  @Field(() => ID, { nullable: true, description: 'The user who owns the tool.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'A named person who owns the tool, when not a user.' })
  ownerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contract renewal date (YYYY-MM-DD).' })
  renewalDate?: string | null;
}

@InputType('UpdateProgramToolInput', { description: patchInput('Changes to a tool in a program’s inventory.') })
export class UpdateProgramToolInput {
  @Field(() => ID, { description: 'The tool.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Tool name.' })
  name?: string | null;

  @Field(() => ToolCategoryEnum, { nullable: true, description: 'Category.' })
  category?: ToolCategory | null;

  @Field(() => [ID], { nullable: true, description: 'Units using the tool; null clears them.' })
  unitIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Annual cost in whole US dollars.' })
  annualCost?: number | null;

  @Field(() => ID, { nullable: true, description: 'The user who owns the tool; null clears it.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'A named owner; null clears it.' })
  ownerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contract renewal date (YYYY-MM-DD); null clears it.' })
  renewalDate?: string | null;
}

@InputType('SetAssessmentBaselineInput', {
  description: 'Records a catalog KPI’s baseline for a unit (its regional partners too) or program-wide (program owner, leads, admins). Without expectedVersion it records a new one; with it, it replaces the one you saw.',
})
export class SetAssessmentBaselineInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'The metric’s key in the metric catalog.' })
  catalogKey: string;

  @Field(() => ID, { nullable: true, description: 'The unit; null or left out for a program-wide value.' })
  unitId?: string | null;

  @Field(() => Float, { description: 'The value, in the catalog metric’s unit.' })
  value: number;

  @Field({ description: 'When it was measured (YYYY-MM-DD).' })
  measuredOn: string;

  @Field({ description: 'Where the value comes from (1–200 characters).' })
  source: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw, when replacing a recorded baseline.' })
  expectedVersion?: number | null;
}

@InputType('SetUnitStaffingInput', {
  description: 'A unit’s staffing snapshot in a program (its regional partners, program owner, leads, admins). Without expectedVersion it records the first one; with it, it replaces the one you saw.',
})
export class SetUnitStaffingInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The unit (one of the program’s units).' })
  unitId: string;

  @Field(() => Int, { description: 'RevOps people (headcount).' })
  revopsPeople: number;

  @Field(() => Int, { description: 'Sellers (headcount).' })
  sellers: number;

  @Field(() => GtmComplexityEnum, { nullable: true, description: 'How complex the go-to-market is; standard when left out.' })
  complexity?: GtmComplexity | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw, when replacing a recorded snapshot.' })
  expectedVersion?: number | null;
}
