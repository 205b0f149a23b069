import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramModel } from '../programs/program.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { UserModel } from '../users/user.model.js';
import { SignOffDesignInput, StartDesignVersionInput } from './design-versions.input.js';
import { DESIGN_VERSIONS_BY_PROGRAM } from './design-versions.loaders.js';
import { DesignVersionModel, DesignVersionsModel } from './design-versions.model.js';
import { DesignVersionsService } from './design-versions.service.js';

@Resolver(() => DesignVersionsModel)
export class DesignVersionsResolver {
  constructor(private readonly versions: DesignVersionsService) {}

  @Mutation(() => DesignVersionsModel, { description: 'Signs off the current design draft for the steering committee (a decision in the log); answers with the versions.' })
  @Roles('admin', 'program_manager')
  async signOffDesign(@CurrentActor() actor: Actor, @Args('input', { description: 'The sign-off.' }) input: SignOffDesignInput): Promise<DesignVersionsModel> {
    return this.versions.signOff(actor, input);
  }

  @Mutation(() => DesignVersionsModel, { description: 'Starts the next design version after a sign-off, so the design can change; answers with the versions.' })
  @Roles('admin', 'program_manager')
  async startDesignVersion(@CurrentActor() actor: Actor, @Args('input', { description: 'The version signed off.' }) input: StartDesignVersionInput): Promise<DesignVersionsModel> {
    return this.versions.startVersion(actor, input);
  }
}

@Resolver(() => DesignVersionModel)
export class DesignVersionResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who recorded the sign-off; null when their account is gone.' })
  async signedOffBy(@Parent() version: DesignVersionModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return version.signedOffById ? ctx.loaders.get(USER_BY_ID).load(version.signedOffById) : null;
  }
}

/** Program fields owned by the design versions. */
@Resolver(() => ProgramModel)
export class ProgramDesignVersionsResolver {
  @ResolveField(() => DesignVersionsModel, { description: 'Where the target design stands: its version, sign-off blockers, and the signed-off versions with what changed.' })
  async designVersions(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<DesignVersionsModel> {
    return ctx.loaders.get(DESIGN_VERSIONS_BY_PROGRAM).load(program.id);
  }
}
