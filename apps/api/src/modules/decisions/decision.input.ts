import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { GateDecision, LessonKind } from '@rollout/domain';
import { GateDecisionEnum, LessonKindEnum } from './decisions.enums.js';

@InputType('RecordGateDecisionInput', { description: 'The gate decision on a pilot in review.' })
export class RecordGateDecisionInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => Int, { description: 'The pilot version you saw.' })
  expectedVersion: number;

  @Field(() => GateDecisionEnum, { description: 'Scale, extend, adjust or stop.' })
  decision: GateDecision;

  @Field(() => String, { nullable: true, description: 'Why; required (10+ characters) when it differs from the recommendation.' })
  rationale?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of lessons learned.' })
  lessonsLearned?: string | null;

  @Field(() => String, { nullable: true, description: 'Extend only: the new last day, after the current end date.' })
  extendedEndDate?: string | null;
}

@InputType('AddLessonInput', { description: 'A lesson learned in a pilot.' })
export class AddLessonInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => ID, { description: 'The activity of the program’s catalog it is about.' })
  activityId: string;

  @Field(() => LessonKindEnum, { description: 'What worked, what did not, or what to change before scaling.' })
  kind: LessonKind;

  @Field({ description: 'The lesson (10–2,000 characters).' })
  text: string;
}
