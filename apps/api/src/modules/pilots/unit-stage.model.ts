import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EngagementKind, GateDecision, UnitStageKind } from '@rollout/domain';
import { GateDecisionEnum } from '../decisions/decisions.enums.js';
import { EngagementKindEnum, UnitStageKindEnum } from './pilots.enums.js';

@ObjectType('StageEngagement', { description: 'The piece of program work a unit’s stage comes from (today a pilot; later a roll-out wave).' })
export class StageEngagementModel {
  @Field(() => EngagementKindEnum, { description: 'What kind of work it is.' })
  kind: EngagementKind;

  @Field(() => ID, { description: 'The pilot’s id.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  endDate: string;
}

@ObjectType('UnitStage', {
  description: 'Where a unit stands in a program, derived from its pilots as of today (one rule, shown the same everywhere); the partner’s report sits beside it on ProgramUnit.',
})
export class UnitStageModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => UnitStageKindEnum, { description: 'The stage.' })
  stage: UnitStageKind;

  @Field({ description: 'The stage in words, e.g. "Piloting · week 3 of 4", "Overdue for gate review", "Decided: scale".' })
  label: string;

  @Field(() => StageEngagementModel, { nullable: true, description: 'The pilot the stage comes from; null when the unit is in none.' })
  engagement: StageEngagementModel | null;

  @Field(() => Int, { nullable: true, description: 'Piloting: the current week of the pilot (1-based).' })
  week: number | null;

  @Field(() => Int, { nullable: true, description: 'Piloting: the pilot’s length in weeks.' })
  weeks: number | null;

  @Field({ description: 'Awaiting decision: the pilot’s last day has passed, so its gate review is overdue.' })
  overdue: boolean;

  @Field(() => GateDecisionEnum, { nullable: true, description: 'Decided: the gate decision.' })
  decision: GateDecision | null;
}
