import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramModel } from '../programs/program.model.js';
import { RemovePlannedRoleInput, SavePlannedRoleInput } from './headcount.input.js';
import { HEADCOUNT_BY_PROGRAM } from './headcount.loaders.js';
import { HeadcountModel } from './headcount.model.js';
import { HeadcountService } from './headcount.service.js';

@Resolver(() => HeadcountModel)
export class HeadcountResolver {
  constructor(private readonly headcount: HeadcountService) {}

  @Mutation(() => HeadcountModel, { description: 'Adds or changes a planned role of the target model; answers with the whole plan and its review.' })
  @Roles('admin', 'program_manager')
  async savePlannedRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The role.' }) input: SavePlannedRoleInput): Promise<HeadcountModel> {
    return this.headcount.saveRole(actor, input);
  }

  @Mutation(() => HeadcountModel, { description: 'Removes a planned role; answers with the whole plan and its review.' })
  @Roles('admin', 'program_manager')
  async removePlannedRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The role to remove.' }) input: RemovePlannedRoleInput): Promise<HeadcountModel> {
    return this.headcount.removeRole(actor, input);
  }
}

/** Program fields owned by the headcount feature. */
@Resolver(() => ProgramModel)
export class ProgramHeadcountResolver {
  @ResolveField(() => HeadcountModel, { description: 'The target model’s roles and headcount per hub and spoke, with cost and the guidance they are compared with.' })
  async headcount(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<HeadcountModel> {
    return ctx.loaders.get(HEADCOUNT_BY_PROGRAM).load(program.id);
  }
}
