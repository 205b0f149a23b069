import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { WorkPerformer } from '@rollout/domain';
import { WorkPerformerEnum } from './assessments.enums.js';

@InputType('SetAssessmentCellInput', { description: 'Fill one cell of the grid; sending the same content again changes nothing.' })
export class SetAssessmentCellInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The activity (row).' })
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'The unit (column); null for the central team.' })
  unitId: string | null;

  @Field(() => WorkPerformerEnum, { description: 'Who does this work today.' })
  performer: WorkPerformer;

  @Field(() => Int, { nullable: true, description: 'Maturity 1–5.' })
  maturity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The column’s owner claims the decision.' })
  decides?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; required once the cell exists.' })
  expectedVersion?: number | null;
}

@InputType('AddActivityInput', { description: 'Add an activity under a capability.' })
export class AddActivityInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The capability.' })
  capabilityId: string;

  @Field({ description: 'Name, unique in the program.' })
  name: string;
}

@InputType('RenameCatalogItemInput', { description: 'Rename an activity or a capability.' })
export class RenameCatalogItemInput {
  @Field(() => ID, { description: 'The activity or capability.' })
  id: string;

  @Field({ description: 'New name, unique in the program.' })
  name: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('RemoveActivityInput', { description: 'Remove an activity and its cells.' })
export class RemoveActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true, description: 'Must be true when the activity has filled cells.' })
  confirmed?: boolean | null;
}
