import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EngagementKind, GateDecision, UnitStageKind, WaveUnitStage } from '@rollout/domain';
import { WaveUnitStageEnum } from '../waves/waves.enums.js';
import { GateDecisionEnum } from '../decisions/decisions.enums.js';
import { EngagementKindEnum, UnitStageKindEnum } from './pilots.enums.js';

@ObjectType('StageEngagement', { description: 'The piece of program work a unit’s stage comes from: a pilot or a roll-out wave.' })
export class StageEngagementModel {
  @Field(() => EngagementKindEnum, { description: 'What kind of work it is.' })
  kind: EngagementKind;

  @Field(() => ID, { description: 'The pilot’s or the wave’s id.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'First day (a wave’s planned start), YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Last day (inclusive; a wave’s planned end), YYYY-MM-DD.' })
  endDate: string;
}

@ObjectType('UnitStage', {
  description: 'Where a unit stands in a program, derived from its pilots and roll-out wave as of today (one rule, shown the same everywhere); the partner’s report sits beside it on ProgramUnit.',
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

  @Field(() => StageEngagementModel, { nullable: true, description: 'The pilot or wave the stage comes from; null when the unit is in none.' })
  engagement: StageEngagementModel | null;

  @Field(() => Int, { nullable: true, description: 'Piloting: the current week of the pilot (1-based).' })
  week: number | null;

  @Field(() => Int, { nullable: true, description: 'Piloting: the pilot’s length in weeks.' })
  weeks: number | null;

  @Field({ description: 'Awaiting decision: the pilot’s last day has passed, so its gate review is overdue.' })
  overdue: boolean;

  @Field(() => GateDecisionEnum, { nullable: true, description: 'Decided: the gate decision.' })
  decision: GateDecision | null;

  @Field(() => WaveUnitStageEnum, { nullable: true, description: 'In a roll-out wave: the unit’s stage there.' })
  waveStage: WaveUnitStage | null;
}
