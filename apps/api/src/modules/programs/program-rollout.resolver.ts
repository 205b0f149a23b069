import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, type Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { MEMBERS_BY_PROGRAM, PROGRAM_ACCESS_BY_ID, PROGRAM_BY_ID, PROGRAM_UNITS_BY_PROGRAM } from './programs.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { UserModel } from '../users/user.model.js';
import { AddProgramUnitsInput, SetProgramMemberInput, UpdateUnitRolloutInput } from './program-rollout.input.js';
import { ProgramMemberModel, ProgramUnitModel } from './program-rollout.model.js';
import { ProgramRolloutService } from './program-rollout.service.js';
import { ProgramModel } from './program.model.js';

@Resolver(() => ProgramUnitModel)
export class ProgramUnitResolver {
  constructor(private readonly rollout: ProgramRolloutService) {}

  @Mutation(() => [ProgramUnitModel], { description: 'Adds units to a program’s rollout (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async addProgramUnits(@CurrentActor() actor: Actor, @Args('input', { description: 'Program and units.' }) input: AddProgramUnitsInput): Promise<ProgramUnitModel[]> {
    return this.rollout.addUnits(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a unit from a program’s rollout.' })
  @Roles('admin', 'program_manager')
  async removeProgramUnit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The ProgramUnit.' }) id: string): Promise<boolean> {
    return this.rollout.removeUnit(actor, id);
  }

  @Mutation(() => ProgramUnitModel, { description: 'Reports on a unit in a program (blocked or not, and a note): its regional partners, the program’s leads, admins.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async updateUnitRollout(@CurrentActor() actor: Actor, @Args('input', { description: 'Blocked or not, and the note.' }) input: UpdateUnitRolloutInput): Promise<ProgramUnitModel> {
    return this.rollout.updateStatus(actor, input);
  }

  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() row: ProgramUnitModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(row.unitId);
  }

  @ResolveField(() => ProgramModel, { description: 'The program.' })
  // Without parameter decorators, as ProgramUnit.stage: it resolves once per rollout on the units page,
  // where a unit's rollouts carry their program, read in their batch.
  program(row: ProgramUnitModel & { program?: ProgramModel | null }, _args: unknown, ctx: GraphQLContext): ProgramModel | null | Promise<ProgramModel | null> {
    return row.program !== undefined ? row.program : ctx.loaders.get(PROGRAM_BY_ID).load(row.programId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may update the partner’s report on this unit.' })
  async viewerCanUpdate(@Parent() row: ProgramUnitModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const program = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(row.programId);
    return program !== null && can(actor, 'rollout_status.update', { program, unitId: row.unitId });
  }
}

@Resolver(() => ProgramMemberModel)
export class ProgramMemberResolver {
  constructor(private readonly rollout: ProgramRolloutService) {}

  @Mutation(() => ProgramMemberModel, { description: 'Adds a member to a program or changes their role.' })
  @Roles('admin', 'program_manager')
  async setProgramMember(@CurrentActor() actor: Actor, @Args('input', { description: 'Program, user and role.' }) input: SetProgramMemberInput): Promise<ProgramMemberModel> {
    return this.rollout.setMember(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a member from a program.' })
  @Roles('admin', 'program_manager')
  async removeProgramMember(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID, description: 'The program.' }) programId: string,
    @Args('userId', { type: () => ID, description: 'The member.' }) userId: string,
  ): Promise<boolean> {
    return this.rollout.removeMember(actor, { programId, userId });
  }

  @ResolveField(() => UserModel, { description: 'The member.' })
  async user(@Parent() member: ProgramMemberModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(member.userId);
  }
}

/** Program fields owned by the rollout feature. */
@Resolver(() => ProgramModel)
export class ProgramRolloutFieldsResolver {
  @ResolveField(() => [ProgramUnitModel], { description: 'Units taking part in the rollout, in the order they were added.' })
  async units(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ProgramUnitModel[]> {
    return ctx.loaders.get(PROGRAM_UNITS_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => [ProgramMemberModel], { description: 'People with a role in the program.' })
  async members(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ProgramMemberModel[]> {
    return ctx.loaders.get(MEMBERS_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may edit this program, its phase, units and members.' })
  async viewerCanManage(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const access = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(program.id);
    return access !== null && can(actor, 'program.manage', { program: access });
  }
}

