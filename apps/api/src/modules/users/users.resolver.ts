import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, Role } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { RoleEnum } from './users.enums.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { UnitModel } from '../units/unit.model.js';
import { UserModel } from './user.model.js';
import { UNITS_BY_USER } from './users.loaders.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user. UNAUTHENTICATED when signed out.' })
  @Roles(...ALL_ROLES)
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.usersService.get(actor, actor.id);
  }

  @Query(() => [UserModel], { description: 'Active users of the organization, optionally of one role, by name.' })
  @Roles('admin', 'program_manager')
  async users(
    @CurrentActor() actor: Actor,
    @Args('role', { type: () => RoleEnum, nullable: true, description: 'Only users with this role.' }) role?: Role,
    @Args('includeInactive', { nullable: true, description: 'Include deactivated users (admins only).' }) includeInactive?: boolean,
  ): Promise<UserModel[]> {
    return this.usersService.list(actor, { role, includeInactive });
  }

  @ResolveField(() => [UnitModel], { description: 'Units the user is assigned to (regional partners).' })
  async units(@Parent() user: UserModel, @Context() ctx: GraphQLContext): Promise<UnitModel[]> {
    return ctx.loaders.get(UNITS_BY_USER).load(user.id);
  }
}
