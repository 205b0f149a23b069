import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GateDecision, LessonKind } from '@rollout/domain';
import { GateDecisionEnum, LessonKindEnum } from './decisions.enums.js';

@ObjectType('Decision', { description: 'A gate decision on a pilot, as kept in the program’s decision log.' })
export class DecisionModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  /** Resolved to `pilot` by a field resolver. */
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => GateDecisionEnum, { description: 'What Rollout recommended when the decision was taken.' })
  recommendation: GateDecision;

  @Field(() => [String], { description: 'The recommendation’s reasons at that moment.' })
  reasons: string[];

  @Field(() => GateDecisionEnum, { description: 'What was decided.' })
  decision: GateDecision;

  @Field({ description: 'Why; required when the decision differs from the recommendation.' })
  rationale: string;

  @Field({ description: 'Summary of lessons learned.' })
  lessonsLearned: string;

  /** Resolved to `decidedBy` by a field resolver. */
  decidedById: string;

  @Field({ description: 'When it was decided.' })
  decidedAt: Date;
}

@ObjectType('Lesson', { description: 'A lesson learned in a pilot, tagged with a catalog activity.' })
export class LessonModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  /** Resolved to `pilot` by a field resolver. */
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  /** Resolved to `activity` by a field resolver. */
  @Field(() => ID, { description: 'The activity of the program’s catalog it is about.' })
  activityId: string;

  @Field(() => LessonKindEnum, { description: 'What worked, what did not, or what to change before scaling.' })
  kind: LessonKind;

  @Field({ description: 'The lesson.' })
  text: string;

  /** Resolved to `createdBy` by a field resolver. */
  createdById: string;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}
