import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { UnitModel } from '../units/unit.model.js';
import { UserModel } from '../users/user.model.js';
import { GateFlagModel, UnitMetricEvaluationModel } from './evaluation.model.js';
import { AddLessonInput, RecordGateDecisionInput } from './gate-review.input.js';
import { GateReviewModel, LessonModel } from './gate-review.model.js';
import { GateReviewsService } from './gate-reviews.service.js';
import { PilotModel } from './pilot.model.js';

@Resolver(() => GateReviewModel)
export class GateReviewsResolver {
  constructor(private readonly gateReviews: GateReviewsService) {}

  @Mutation(() => GateReviewModel, { description: 'Records the gate decision on a pilot in review; a decision that differs from the recommendation needs a rationale.' })
  @Roles('admin', 'program_manager')
  async recordGateDecision(@CurrentActor() actor: Actor, @Args('input', { description: 'The decision.' }) input: RecordGateDecisionInput): Promise<GateReviewModel> {
    return this.gateReviews.recordDecision(actor, input);
  }

  @ResolveField(() => PilotModel, { description: 'The pilot.' })
  async pilot(@Parent() review: GateReviewModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return ctx.loaders.pilotById.load(review.pilotId);
  }

  @ResolveField(() => UserModel, { description: 'Who decided.' })
  async decidedBy(@Parent() review: GateReviewModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.userById.load(review.decidedById);
  }
}

@Resolver(() => LessonModel)
export class LessonsResolver {
  constructor(private readonly gateReviews: GateReviewsService) {}

  @Mutation(() => LessonModel, { description: 'Adds a lesson learned to a pilot.' })
  @Roles('admin', 'program_manager')
  async addLesson(@CurrentActor() actor: Actor, @Args('input', { description: 'The lesson.' }) input: AddLessonInput): Promise<LessonModel> {
    return this.gateReviews.addLesson(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a lesson learned.' })
  @Roles('admin', 'program_manager')
  async removeLesson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The lesson.' }) id: string): Promise<boolean> {
    return this.gateReviews.removeLesson(actor, id);
  }

  @ResolveField(() => PilotModel, { description: 'The pilot.' })
  async pilot(@Parent() lesson: LessonModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return ctx.loaders.pilotById.load(lesson.pilotId);
  }

  @ResolveField(() => UserModel, { description: 'Who recorded it.' })
  async createdBy(@Parent() lesson: LessonModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.userById.load(lesson.createdById);
  }
}

@Resolver(() => UnitMetricEvaluationModel)
export class UnitMetricEvaluationResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() row: UnitMetricEvaluationModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.unitById.load(row.unitId);
  }
}

@Resolver(() => GateFlagModel)
export class GateFlagResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() flag: GateFlagModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.unitById.load(flag.unitId);
  }
}
