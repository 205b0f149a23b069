import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, type Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ACTIVITY_BY_ID } from '../assessments/assessments.loaders.js';
import { ActivityModel } from '../assessments/assessment.model.js';
import { ProgramModel } from '../programs/program.model.js';
import { PROGRAM_ACCESS_BY_ID } from '../programs/programs.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import {
  AddRaciDomainInput,
  AddRaciRoleInput,
  LinkRaciDomainInput,
  MarkRaciFinalInput,
  RemoveRaciItemInput,
  RenameRaciItemInput,
  ReopenRaciInput,
  SetRaciCellInput,
  SetRaciRoleSideInput,
} from './raci.input.js';
import { RACI_BY_PROGRAM } from './raci.loaders.js';
import { RaciDomainModel, RaciModel } from './raci.model.js';
import { RaciService } from './raci.service.js';

const EDITORS = 'Program owner, leads, admins; refused while the RACI is final.';

@Resolver(() => RaciModel)
export class RaciResolver {
  constructor(private readonly raci: RaciService) {}

  @Mutation(() => RaciModel, { description: `Fills, changes or clears one cell. ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async setRaciCell(@CurrentActor() actor: Actor, @Args('input', { description: 'The cell.' }) input: SetRaciCellInput): Promise<RaciModel> {
    return this.raci.setCell(actor, input);
  }

  @Mutation(() => RaciModel, { description: `Adds a domain (row). ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async addRaciDomain(@CurrentActor() actor: Actor, @Args('input', { description: 'The domain.' }) input: AddRaciDomainInput): Promise<RaciModel> {
    return this.raci.addDomain(actor, input);
  }

  @Mutation(() => RaciModel, { description: `Renames a domain. ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async renameRaciDomain(@CurrentActor() actor: Actor, @Args('input', { description: 'The domain and its new name.' }) input: RenameRaciItemInput): Promise<RaciModel> {
    return this.raci.rename('domain', actor, input);
  }

  @Mutation(() => RaciModel, { description: `Links a domain to a catalog activity, or unlinks it. ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async linkRaciDomain(@CurrentActor() actor: Actor, @Args('input', { description: 'The domain and its activity.' }) input: LinkRaciDomainInput): Promise<RaciModel> {
    return this.raci.linkDomain(actor, input);
  }

  @Mutation(() => RaciModel, { description: `Removes a domain with its cells (confirmed when some are filled). ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async removeRaciDomain(@CurrentActor() actor: Actor, @Args('input', { description: 'The domain.' }) input: RemoveRaciItemInput): Promise<RaciModel> {
    return this.raci.remove('domain', actor, input);
  }

  @Mutation(() => RaciModel, { description: `Adds a role (column). ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async addRaciRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The role.' }) input: AddRaciRoleInput): Promise<RaciModel> {
    return this.raci.addRole(actor, input);
  }

  @Mutation(() => RaciModel, { description: `Renames a role. ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async renameRaciRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The role and its new name.' }) input: RenameRaciItemInput): Promise<RaciModel> {
    return this.raci.rename('role', actor, input);
  }

  @Mutation(() => RaciModel, { description: `Sets the side a role sits on. ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async setRaciRoleSide(@CurrentActor() actor: Actor, @Args('input', { description: 'The role and its side.' }) input: SetRaciRoleSideInput): Promise<RaciModel> {
    return this.raci.setRoleSide(actor, input);
  }

  @Mutation(() => RaciModel, { description: `Removes a role with its cells (confirmed when some are filled). ${EDITORS}` })
  @Roles('admin', 'program_manager')
  async removeRaciRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The role.' }) input: RemoveRaciItemInput): Promise<RaciModel> {
    return this.raci.remove('role', actor, input);
  }

  @Mutation(() => RaciModel, {
    description: 'Marks the RACI final (program owner, leads, admins): BAD_USER_INPUT naming each error while any stands, or each warning not acknowledged.',
  })
  @Roles('admin', 'program_manager')
  async markRaciFinal(@CurrentActor() actor: Actor, @Args('input', { description: 'The matrix version and the acknowledged warnings.' }) input: MarkRaciFinalInput): Promise<RaciModel> {
    return this.raci.markFinal(actor, input);
  }

  @Mutation(() => RaciModel, { description: 'Reopens a final RACI so it can change again (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async reopenRaci(@CurrentActor() actor: Actor, @Args('input', { description: 'The matrix version.' }) input: ReopenRaciInput): Promise<RaciModel> {
    return this.raci.reopen(actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who marked it final; null while it is not (or when their account is gone).' })
  async markedFinalBy(@Parent() raci: RaciModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return raci.markedFinalById ? ctx.loaders.get(USER_BY_ID).load(raci.markedFinalById) : null;
  }
}

@Resolver(() => RaciDomainModel)
export class RaciDomainResolver {
  @ResolveField(() => ActivityModel, { nullable: true, description: 'The catalog activity the domain links to; null when none.' })
  async activity(@Parent() domain: RaciDomainModel, @Context() ctx: GraphQLContext): Promise<ActivityModel | null> {
    return domain.activityId ? ctx.loaders.get(ACTIVITY_BY_ID).load(domain.activityId) : null;
  }
}

/** The decisions a catalog activity carries: a pilot that changes the activity changes them, and its lessons concern them. */
@Resolver(() => ActivityModel)
export class ActivityRaciResolver {
  @ResolveField(() => [RaciDomainModel], { description: 'The RACI domains linked to this activity, in matrix order.' })
  async raciDomains(@Parent() activity: ActivityModel, @Context() ctx: GraphQLContext): Promise<RaciDomainModel[]> {
    const raci = await ctx.loaders.get(RACI_BY_PROGRAM).load(activity.programId);
    return raci.domains.filter((domain) => domain.activityId === activity.id);
  }
}

/** Program fields owned by the RACI feature. */
@Resolver(() => ProgramModel)
export class ProgramRaciResolver {
  @ResolveField(() => RaciModel, { description: 'Decision rights of the target model: the RACI (the default domains and roles until it first changes).' })
  async raci(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<RaciModel> {
    return ctx.loaders.get(RACI_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may edit the program’s RACI: false for everyone once the program is archived.' })
  async viewerCanManageRaci(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    if (program.archived) return false;
    const access = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(program.id);
    return access !== null && can(actor, 'raci.manage', { program: access });
  }
}
