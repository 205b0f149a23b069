import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('SavePlannedRoleInput', { description: 'Adds a planned role (no id) or changes one (its id and the version you saw); program owner, leads, admins.' })
export class SavePlannedRoleInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'The role to change; left out to add one.' })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit whose spoke the role sits in (one of the program’s); null or left out for the hub.' })
  unitId?: string | null;

  @Field({ description: 'The role’s title (2–120 characters).' })
  title: string;

  @Field(() => Int, { description: 'People in this role (0–10,000).' })
  count: number;

  @Field(() => Int, { description: 'What one person costs a year, in whole US dollars.' })
  annualCostPerHead: number;

  @Field(() => ID, { nullable: true, description: 'The planned role this one reports to; null or left out for none.' })
  reportsToId?: string | null;

  @Field({ nullable: true, description: 'Whether the role manages people; false when left out.' })
  isManager?: boolean;

  @Field(() => Int, { nullable: true, description: 'The version you saw, to change a role.' })
  expectedVersion?: number | null;
}

@InputType('RemovePlannedRoleInput', { description: 'Removes a planned role; roles reporting to it are left without a line.' })
export class RemovePlannedRoleInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The role.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}
