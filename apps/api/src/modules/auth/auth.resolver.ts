import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Public, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => UserModel, { description: 'Signs in and sets the session cookie. One generic error for any wrong email or password.' })
  @Public()
  async signIn(
    @Context() ctx: GraphQLContext,
    @Args('email', { description: 'Sign-in email.' }) email: string,
    @Args('password', { description: 'Password.' }) password: string,
  ): Promise<UserModel> {
    return this.auth.signIn(ctx.req, { email, password });
  }

  @Mutation(() => Boolean, { description: 'Ends the session.' })
  @Roles(...ALL_ROLES)
  async signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.signOut(ctx.req);
  }
}
