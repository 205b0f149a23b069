import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GtmComplexity, StaffingVerdict } from '@rollout/domain';
import { GtmComplexityEnum, StaffingVerdictEnum } from './assessment-inventory.enums.js';

@ObjectType('StaffingGuidance', { description: 'A unit’s staffing compared with the ratio guidance (1 RevOps person per 10–15 sellers, tighter as complexity grows). Guidance, never an error.' })
export class StaffingGuidanceModel {
  @Field(() => StaffingVerdictEnum, { description: 'Within, under or over the guidance.' })
  verdict: StaffingVerdict;

  @Field(() => Float, { nullable: true, description: 'Sellers per RevOps person; null without RevOps people or sellers.' })
  sellersPerRevops: number | null;

  @Field(() => Int, { description: 'RevOps headcount the guidance suggests at its loosest ratio.' })
  suggestedMin: number;

  @Field(() => Int, { description: 'RevOps headcount the guidance suggests at its tightest ratio.' })
  suggestedMax: number;

  @Field({ description: 'The comparison in one sentence.' })
  sentence: string;
}

@ObjectType('UnitStaffing', { description: 'A unit’s staffing snapshot in a program’s assessment.' })
export class UnitStaffingModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Int, { description: 'RevOps people (headcount).' })
  revopsPeople: number;

  @Field(() => Int, { description: 'Sellers (headcount).' })
  sellers: number;

  @Field(() => GtmComplexityEnum, { description: 'How complex the unit’s go-to-market is.' })
  complexity: GtmComplexity;

  @Field(() => StaffingGuidanceModel, { description: 'The staffing compared with the ratio guidance.' })
  guidance: StaffingGuidanceModel;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;

  @Field({ description: 'When the snapshot last changed.' })
  updatedAt: Date;
}
