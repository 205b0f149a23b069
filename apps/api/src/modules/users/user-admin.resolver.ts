import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { UserAdminService } from './user-admin.service.js';
import { CreateUserInput, UpdateUserInput } from './user.input.js';
import { UserModel } from './user.model.js';

@Resolver(() => UserModel)
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Mutation(() => UserModel, { description: 'Creates a user account with an initial password.' })
  @Roles('admin')
  async createUser(@CurrentActor() actor: Actor, @Args('input', { description: 'The new user.' }) input: CreateUserInput): Promise<UserModel> {
    return this.admin.create(actor, input);
  }

  @Mutation(() => UserModel, { description: 'Changes a user’s name, role and units.' })
  @Roles('admin')
  async updateUser(@CurrentActor() actor: Actor, @Args('input', { description: 'New values.' }) input: UpdateUserInput): Promise<UserModel> {
    return this.admin.update(actor, input);
  }

  @Mutation(() => UserModel, { description: 'Deactivates a user: they cannot sign in and their sessions end at once.' })
  @Roles('admin')
  async deactivateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The user.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<UserModel> {
    return this.admin.setActive(actor, { id, expectedVersion }, false);
  }

  @Mutation(() => UserModel, { description: 'Reactivates a deactivated user.' })
  @Roles('admin')
  async reactivateUser(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The user.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<UserModel> {
    return this.admin.setActive(actor, { id, expectedVersion }, true);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password for a user and ends their sessions.' })
  @Roles('admin')
  async resetUserPassword(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The user.' }) id: string,
    @Args('newPassword', { description: 'The new password: 12+ characters, hard to guess, without the user’s email or name.' }) newPassword: string,
  ): Promise<boolean> {
    return this.admin.resetPassword(actor, { id, newPassword });
  }

  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end. Wrong current passwords count against the sign-in rate limit (RATE_LIMITED).' })
  @Roles(...ALL_ROLES)
  async changeMyPassword(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('currentPassword', { description: 'Your current password.' }) currentPassword: string,
    @Args('newPassword', { description: 'The new password: 12+ characters, hard to guess, without your email or name.' }) newPassword: string,
  ): Promise<boolean> {
    return this.admin.changeOwnPassword(actor, { currentPassword, newPassword }, { sessionId: ctx.req.sessionID, ip: ctx.req.ip ?? 'unknown' });
  }
}
