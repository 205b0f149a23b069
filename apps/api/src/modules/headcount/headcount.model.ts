import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GUIDANCE_VERDICT_LABELS, GUIDANCE_VERDICTS, HEADCOUNT_CHECK_KINDS, HEADCOUNT_CHECK_LABELS, type GuidanceVerdict, type HeadcountCheckKind } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

export const GuidanceVerdictEnum = enumOf(GUIDANCE_VERDICTS);
registerEnumType(GuidanceVerdictEnum, { name: 'GuidanceVerdict', description: 'Where a planned figure sits against the staffing or budget guidance.', valuesMap: described(GUIDANCE_VERDICT_LABELS) });
export const HeadcountCheckKindEnum = enumOf(HEADCOUNT_CHECK_KINDS);
registerEnumType(HeadcountCheckKindEnum, { name: 'HeadcountCheckKind', description: 'What a headcount comparison compares.', valuesMap: described(HEADCOUNT_CHECK_LABELS) });

@ObjectType('PlannedRole', { description: 'A role of the target model’s headcount plan, in the hub or one unit’s spoke.' })
export class PlannedRoleModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The unit whose spoke the role sits in; null = the hub.' })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'That unit’s name; null for the hub.' })
  teamName: string | null;

  @Field({ description: 'The role’s title.' })
  title: string;

  @Field(() => Int, { description: 'People in this role.' })
  count: number;

  @Field(() => Int, { description: 'What one person costs a year, in whole US dollars.' })
  annualCostPerHead: number;

  @Field(() => ID, { nullable: true, description: 'The planned role this one reports to; null = none in the plan.' })
  reportsToId: string | null;

  @Field(() => String, { nullable: true, description: 'That role’s title.' })
  reportsToTitle: string | null;

  @Field({ description: 'Whether the role manages people (its span is compared with a manager per 3–4 people).' })
  isManager: boolean;

  @Field(() => Int, { description: 'Version; send it back as expectedVersion.' })
  version: number;
}

@ObjectType('HeadcountCheck', { description: 'One comparison of the plan with the guidance, in a sentence.' })
export class HeadcountCheckModel {
  @Field(() => HeadcountCheckKindEnum, { description: 'What is compared.' })
  kind: HeadcountCheckKind;

  @Field(() => GuidanceVerdictEnum, { description: 'Within, below or above the guidance, or figures missing.' })
  verdict: GuidanceVerdict;

  @Field({ description: 'The comparison in words, with names and figures.' })
  sentence: string;
}

@ObjectType('TeamHeadcount', { description: 'The hub or one unit’s spoke: heads, yearly cost, and its comparisons.' })
export class TeamHeadcountModel {
  @Field(() => ID, { nullable: true, description: 'The unit; null for the hub.' })
  unitId: string | null;

  @Field({ description: 'The team’s name: Hub, or the unit’s.' })
  name: string;

  @Field(() => Int, { description: 'Planned people.' })
  heads: number;

  @Field(() => Int, { description: 'Their yearly cost, in whole US dollars.' })
  annualCost: number;

  @Field(() => [HeadcountCheckModel], { description: 'Its comparisons with the guidance.' })
  checks: HeadcountCheckModel[];
}

@ObjectType('HeadcountTotal', { description: 'The whole plan: heads, yearly cost, and its comparisons.' })
export class HeadcountTotalModel {
  @Field(() => Int, { description: 'Planned people.' })
  heads: number;

  @Field(() => Int, { description: 'Their yearly cost, in whole US dollars.' })
  annualCost: number;

  @Field(() => [HeadcountCheckModel], { description: 'Sellers per RevOps person, team size by ARR, and budget against 1–3% of revenue.' })
  checks: HeadcountCheckModel[];
}

@ObjectType('NamedUnit', { description: 'A unit of the program, by name.' })
export class NamedUnitModel {
  @Field(() => ID, { description: 'The unit’s id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;
}

@ObjectType('Headcount', { description: 'The target model’s roles and headcount, compared with the staffing and budget guidance (guidance only, never enforced).' })
export class HeadcountModel {
  @Field(() => ID, { description: 'The program’s id (one plan per program).' })
  id: string;

  @Field(() => [NamedUnitModel], { description: 'The program’s units a spoke role can sit in, by name.' })
  units: NamedUnitModel[];

  @Field(() => [PlannedRoleModel], { description: 'Planned roles, oldest first.' })
  roles: PlannedRoleModel[];

  @Field(() => [TeamHeadcountModel], { description: 'The hub first, then each unit with roles or a staffing snapshot.' })
  teams: TeamHeadcountModel[];

  @Field(() => HeadcountTotalModel, { description: 'The whole plan.' })
  overall: HeadcountTotalModel;
}
