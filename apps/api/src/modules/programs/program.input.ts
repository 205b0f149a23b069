import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { OperatingModel, ProgramPhase, ProgramSortField, ProgramStatus } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
import { OperatingModelEnum, ProgramPhaseEnum, ProgramSortFieldEnum, ProgramStatusEnum, SortDirectionEnum } from './programs.enums.js';

@InputType('CreateProgramInput', { description: 'A new program; it starts in Assess.' })
export class CreateProgramInput {
  @Field({ description: 'Name (3–120 characters).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Objective (up to 2,000 characters).' })
  objective?: string | null;

  @Field(() => OperatingModelEnum, { description: 'Target operating model (undecided until Design).' })
  targetModel: OperatingModel;

  @Field({ description: 'Executive sponsor (1–120 characters).' })
  sponsor: string;

  @Field(() => ID, { description: 'Owning user (a program manager or admin).' })
  ownerId: string;

  @Field({ description: 'Start date, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Target date, YYYY-MM-DD, on or after the start date.' })
  targetDate: string;

  @Field(() => ProgramStatusEnum, { nullable: true, description: 'Overall status; on track when omitted.' })
  status?: ProgramStatus | null;
}

@InputType('UpdateProgramInput', { description: patchInput('New values for a program’s details.') })
export class UpdateProgramInput {
  @Field(() => ID, { description: 'The program to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is refused with CONFLICT.' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Name (3–120 characters); cannot be cleared.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Objective (up to 2,000 characters); null clears it.' })
  objective?: string | null;

  @Field(() => OperatingModelEnum, { nullable: true, description: 'Target operating model (undecided until Design); cannot be cleared.' })
  targetModel?: OperatingModel | null;

  @Field(() => String, { nullable: true, description: 'Executive sponsor (1–120 characters); cannot be cleared.' })
  sponsor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owning user (a program manager or admin); cannot be cleared.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD; cannot be cleared.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Target date, YYYY-MM-DD, on or after the start date; cannot be cleared.' })
  targetDate?: string | null;

  @Field(() => ProgramStatusEnum, { nullable: true, description: 'Overall status; cannot be cleared.' })
  status?: ProgramStatus | null;
}

@InputType('ChangeProgramPhaseInput', { description: 'Move a program to another phase.' })
export class ChangeProgramPhaseInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ProgramPhaseEnum, { description: 'The next phase, or an earlier one (then a reason is required).' })
  toPhase: ProgramPhase;

  @Field(() => String, { nullable: true, description: 'Why; required when moving back.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Admins only: why the program moves on although its gate is not met (kept in the history).' })
  overrideReason?: string | null;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;
}

@InputType('ProgramFilter', { description: 'Narrow the program list.' })
export class ProgramFilterInput {
  @Field(() => String, { nullable: true, description: 'Match name, objective or sponsor.' })
  search?: string | null;

  @Field(() => [ProgramPhaseEnum], { nullable: true, description: 'Only these phases.' })
  phases?: ProgramPhase[] | null;

  @Field(() => [ProgramStatusEnum], { nullable: true, description: 'Only these statuses.' })
  statuses?: ProgramStatus[] | null;

  @Field(() => [OperatingModelEnum], { nullable: true, description: 'Only these target models.' })
  models?: OperatingModel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived programs.' })
  includeArchived?: boolean | null;
}

@InputType('ProgramSort', { description: 'Order of the program list.' })
export class ProgramSortInput {
  @Field(() => ProgramSortFieldEnum, { description: 'Field to sort by.' })
  field: ProgramSortField;

  @Field(() => SortDirectionEnum, { description: 'Ascending or descending.' })
  direction: 'asc' | 'desc';
}
