import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { RagStatus } from '@rollout/domain';
import { RagStatusEnum } from './check-ins.enums.js';

@InputType('SubmitCheckInInput', { description: 'A pilot unit’s check-in for one week; resubmitting the same week updates it.' })
export class SubmitCheckInInput {
  @Field(() => ID, { description: 'The pilot.' })
  pilotId: string;

  @Field(() => ID, { description: 'The pilot unit.' })
  unitId: string;

  @Field({ description: 'Monday of the week, YYYY-MM-DD.' })
  weekStart: string;

  @Field(() => RagStatusEnum, { description: 'Red, amber or green.' })
  status: RagStatus;

  @Field(() => Int, { description: 'Confidence 1–5 that the pilot will reach its targets.' })
  confidence: number;

  @Field(() => String, { nullable: true, description: 'What went well.' })
  highlights?: string | null;

  @Field(() => String, { nullable: true, description: 'What is in the way.' })
  blockers?: string | null;

  @Field(() => String, { nullable: true, description: 'Help asked of the steering committee.' })
  asksForHelp?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; required (10+ characters) for amber or red, or when the status changed.' })
  commentary?: string | null;

  @Field(() => Int, { nullable: true, description: 'When changing this week’s check-in: the version you saw (CONFLICT without it). Re-sending the same report needs none and changes nothing.' })
  expectedVersion?: number | null;
}
