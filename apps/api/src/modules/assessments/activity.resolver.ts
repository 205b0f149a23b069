import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ActivityModel } from './assessment.model.js';
import { CAPABILITY_NAME_BY_ID } from './assessments.loaders.js';

/** What an activity belongs to, for pilots and lessons that show it outside the grid. */
@Resolver(() => ActivityModel)
export class ActivityResolver {
  @ResolveField(() => String, { description: 'Name of the capability it belongs to.' })
  async capabilityName(@Parent() activity: ActivityModel, @Context() ctx: GraphQLContext): Promise<string> {
    // The foreign key keeps an activity's capability; an empty name only if it vanished mid-request.
    return (await ctx.loaders.get(CAPABILITY_NAME_BY_ID).load(activity.capabilityId)) ?? '';
  }
}
