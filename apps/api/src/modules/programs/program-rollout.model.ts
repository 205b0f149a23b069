import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProgramMemberRole } from '@rollout/domain';
import { ProgramMemberRoleEnum } from './programs.enums.js';

@ObjectType('ProgramUnit', { description: 'A unit taking part in a program’s rollout: its stage (derived from its pilots) and its regional partner’s report beside it.' })
export class ProgramUnitModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `unit` by a field resolver. */
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field({ description: 'Whether the unit’s regional partner reports it blocked (the note says why).' })
  blocked: boolean;

  @Field({ description: 'What is happening or blocking, in the partner’s words.' })
  note: string;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;

  @Field({ description: 'When the partner’s report last changed.' })
  updatedAt: Date;
}

@ObjectType('ProgramMember', { description: 'A user’s role in a program.' })
export class ProgramMemberModel {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  /** Resolved to `user` by a field resolver. */
  userId: string;

  @Field(() => ProgramMemberRoleEnum, { description: 'Role in this program.' })
  role: ProgramMemberRole;
}
