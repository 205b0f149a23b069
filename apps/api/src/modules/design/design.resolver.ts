import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, type Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ActivityModel } from '../assessments/assessment.model.js';
import { ProgramModel } from '../programs/program.model.js';
import { PROGRAM_ACCESS_BY_ID, PROGRAM_BY_ID } from '../programs/programs.loaders.js';
import { ClearPlacementInput, SavePlacementInput, SetDimensionEmphasisInput } from './design.input.js';
import { DESIGN_BY_PROGRAM } from './design.loaders.js';
import { ActivityPlacementModel, ProgramDesignModel } from './design.model.js';
import { DesignService } from './design.service.js';

@Resolver(() => ProgramDesignModel)
export class DesignResolver {
  constructor(private readonly design: DesignService) {}

  @Mutation(() => ProgramDesignModel, { description: 'Places a catalog activity in the hub, the spokes or shared, with a reason; answers with the program’s design.' })
  @Roles('admin', 'program_manager')
  async savePlacement(@CurrentActor() actor: Actor, @Args('input', { description: 'The placement.' }) input: SavePlacementInput): Promise<ProgramDesignModel> {
    return this.design.savePlacement(actor, input);
  }

  @Mutation(() => ProgramDesignModel, { description: 'Takes an activity’s placement out of the target model; answers with the program’s design.' })
  @Roles('admin', 'program_manager')
  async clearPlacement(@CurrentActor() actor: Actor, @Args('input', { description: 'The placement to clear.' }) input: ClearPlacementInput): Promise<ProgramDesignModel> {
    return this.design.clearPlacement(actor, input);
  }

  @Mutation(() => ProgramDesignModel, { description: 'Sets how far a design dimension leans central or local; answers with the program’s design.' })
  @Roles('admin', 'program_manager')
  async setDimensionEmphasis(@CurrentActor() actor: Actor, @Args('input', { description: 'The emphasis.' }) input: SetDimensionEmphasisInput): Promise<ProgramDesignModel> {
    return this.design.setEmphasis(actor, input);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may change the design (the program’s owner, leads and admins, while it is not archived).' })
  async viewerCanManageDesign(@Parent() design: ProgramDesignModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const [access, program] = await Promise.all([ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(design.id), ctx.loaders.get(PROGRAM_BY_ID).load(design.id)]);
    return access !== null && program !== null && !program.archived && can(actor, 'design.manage', { program: access });
  }
}

/** Where a catalog activity sits in the target model, wherever an activity is shown (a pilot's, a lesson's). */
@Resolver(() => ActivityModel)
export class ActivityPlacementResolver {
  @ResolveField(() => ActivityPlacementModel, { nullable: true, description: 'Its placement in the target model; null while unplaced.' })
  async placement(@Parent() activity: ActivityModel, @Context() ctx: GraphQLContext): Promise<ActivityPlacementModel | null> {
    const design = await ctx.loaders.get(DESIGN_BY_PROGRAM).load(activity.programId);
    return design.placements.find((placement) => placement.activityId === activity.id) ?? null;
  }
}

/** Program fields owned by the design feature. */
@Resolver(() => ProgramModel)
export class ProgramDesignResolver {
  @ResolveField(() => ProgramDesignModel, { description: 'The Design phase’s placements: activities in the hub, the spokes or shared, the dimensions’ emphasis, flags and current vs target.' })
  async design(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ProgramDesignModel> {
    return ctx.loaders.get(DESIGN_BY_PROGRAM).load(program.id);
  }
}
