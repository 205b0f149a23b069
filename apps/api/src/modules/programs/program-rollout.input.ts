import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ProgramMemberRole } from '@rollout/domain';
import { patchInput } from '../../common/graphql/patch.js';
import { ProgramMemberRoleEnum } from './programs.enums.js';

@InputType('UpdateUnitRolloutInput', { description: patchInput('A regional partner’s report on one unit in a program: blocked or not, and a note. The unit’s stage is derived from its pilots, never set here.') })
export class UpdateUnitRolloutInput {
  @Field(() => ID, { description: 'The ProgramUnit.' })
  id: string;

  @Field(() => Int, { description: 'The version you saw.' })
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether the unit is blocked; cannot be cleared.' })
  blocked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Note (required, 10+ characters, when blocked); null clears it.' })
  note?: string | null;
}

@InputType('AddProgramUnitsInput', { description: 'Units to add to a program’s rollout.' })
export class AddProgramUnitsInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => [ID], { description: 'Units to add (already added ones are skipped).' })
  unitIds: string[];
}

@InputType('SetProgramMemberInput', { description: 'Add a member to a program or change their role.' })
export class SetProgramMemberInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => ProgramMemberRoleEnum, { description: 'Role in the program; leads must be program managers or admins.' })
  role: ProgramMemberRole;
}
