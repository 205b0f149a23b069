import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ProgramPhase } from '@rollout/domain';
import { ProgramPhaseEnum } from './programs.enums.js';

@ObjectType('PhaseChange', { description: 'One move of a program between phases.' })
export class PhaseChangeModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ProgramPhaseEnum, { nullable: true, description: 'Phase before; null for the program’s creation.' })
  fromPhase: ProgramPhase | null;

  @Field(() => ProgramPhaseEnum, { description: 'Phase after.' })
  toPhase: ProgramPhase;

  @Field(() => String, { nullable: true, description: 'Why; required when moving back.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why an admin moved the program on although its gate was not met; null when it was met.' })
  gateOverrideReason: string | null;

  /** Resolved to `changedBy` by a field resolver. */
  changedById: string;

  @Field({ description: 'When the change happened.' })
  changedAt: Date;
}
