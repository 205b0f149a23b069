import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { localDate, parseInput, type Actor } from '@rollout/domain';
import { z } from 'zod';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { today } from '../../common/time/today.js';
import { ActivityModel } from '../assessments/assessment.model.js';
import { ACTIVITY_BY_ID } from '../assessments/assessments.loaders.js';
import { PILOT_BY_ID } from '../pilots/pilots.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { UnitModel } from '../units/unit.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { DECISION_LOG_BY_PROGRAM, DECISIONS_BY_PILOT, DECISIONS_BY_PROGRAM, EVALUATION_BY_PILOT, LESSONS_BY_PILOT, LESSONS_BY_PROGRAM } from './decisions.loaders.js';
import { GateFlagModel, MissingWeekModel, PilotEvaluationModel, UnitMetricEvaluationModel } from './evaluation.model.js';
import { AddLessonInput, RecordGateDecisionInput } from './decision.input.js';
import { DecisionModel, LessonModel } from './decision.model.js';
import { DecisionsService } from './decisions.service.js';
import { DecisionLogConnectionModel, DecisionLogEntryModel } from './decision-log.model.js';
import { checkDecisionLogPageSize, MAX_DECISION_LOG_PAGE } from './decision-log.page.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { PilotModel } from '../pilots/pilot.model.js';

@Resolver(() => DecisionModel)
export class DecisionsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Mutation(() => DecisionModel, { description: 'Records the gate decision on a pilot in review; a decision that differs from the recommendation needs a rationale.' })
  @Roles('admin', 'program_manager')
  async recordGateDecision(@CurrentActor() actor: Actor, @Args('input', { description: 'The decision.' }) input: RecordGateDecisionInput): Promise<DecisionModel> {
    return this.decisions.recordDecision(actor, input);
  }

  @ResolveField(() => PilotModel, { description: 'The pilot.' })
  async pilot(@Parent() review: DecisionModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return ctx.loaders.get(PILOT_BY_ID).load(review.pilotId);
  }

  @ResolveField(() => UserModel, { description: 'Who decided.' })
  async decidedBy(@Parent() review: DecisionModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(review.decidedById);
  }
}

@Resolver(() => LessonModel)
export class LessonsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Mutation(() => LessonModel, { description: 'Adds a lesson learned to a pilot.' })
  @Roles('admin', 'program_manager')
  async addLesson(@CurrentActor() actor: Actor, @Args('input', { description: 'The lesson.' }) input: AddLessonInput): Promise<LessonModel> {
    return this.decisions.addLesson(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a lesson learned.' })
  @Roles('admin', 'program_manager')
  async removeLesson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The lesson.' }) id: string): Promise<boolean> {
    return this.decisions.removeLesson(actor, id);
  }

  @ResolveField(() => PilotModel, { description: 'The pilot.' })
  async pilot(@Parent() lesson: LessonModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return ctx.loaders.get(PILOT_BY_ID).load(lesson.pilotId);
  }

  @ResolveField(() => ActivityModel, { nullable: true, description: 'The activity of the program’s catalog it is about, with its capability.' })
  async activity(@Parent() lesson: LessonModel, @Context() ctx: GraphQLContext): Promise<ActivityModel | null> {
    return ctx.loaders.get(ACTIVITY_BY_ID).load(lesson.activityId);
  }

  @ResolveField(() => UserModel, { description: 'Who recorded it.' })
  async createdBy(@Parent() lesson: LessonModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(lesson.createdById);
  }
}

@Resolver(() => UnitMetricEvaluationModel)
export class UnitMetricEvaluationResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() row: UnitMetricEvaluationModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(row.unitId);
  }
}

@Resolver(() => GateFlagModel)
export class GateFlagResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() flag: GateFlagModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(flag.unitId);
  }
}

/** Pilot fields owned by the decisions feature: its evaluation, decisions and lessons. */
@Resolver(() => PilotModel)
export class PilotDecisionsResolver {
  @ResolveField(() => PilotEvaluationModel, {
    nullable: true,
    description: 'The metrics judged as of a day, with the gate recommendation; null, with an error on this field only, when the pilot cannot be evaluated (a stored date out of range).',
  })
  async evaluation(
    @Parent() pilot: PilotModel,
    @Context() ctx: GraphQLContext,
    @Args('asOf', { type: () => String, nullable: true, description: 'Day to evaluate as of, YYYY-MM-DD; default today.' }) asOf?: string | null,
  ): Promise<PilotEvaluationModel> {
    const day = asOf === undefined || asOf === null ? today() : parseInput(z.object({ asOf: localDate }), { asOf }).asOf;
    return ctx.loaders.get(EVALUATION_BY_PILOT).load({ pilot, asOf: day });
  }

  @ResolveField(() => [DecisionModel], { description: 'Gate decisions on this pilot, newest first.' })
  async decisions(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<DecisionModel[]> {
    return ctx.loaders.get(DECISIONS_BY_PILOT).load(pilot.id);
  }

  @ResolveField(() => [LessonModel], { description: 'Lessons learned, oldest first.' })
  async lessons(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<LessonModel[]> {
    return ctx.loaders.get(LESSONS_BY_PILOT).load(pilot.id);
  }
}

/** Program fields owned by the decisions feature: the decision log and the lessons for the roll-out. */
@Resolver(() => ProgramModel)
export class ProgramDecisionsResolver {
  @ResolveField(() => DecisionLogConnectionModel, { description: 'The decision log: decisions of every kind (pilot gate decisions, operating-model choices), newest first.' })
  @PageLimit(MAX_DECISION_LOG_PAGE)
  async decisionLog(
    @Parent() program: ProgramModel,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' }) after?: string | null,
  ): Promise<DecisionLogConnectionModel> {
    return ctx.loaders.get(DECISION_LOG_BY_PROGRAM).load({ programId: program.id, first: checkDecisionLogPageSize(first), after: after ?? null });
  }

  @ResolveField(() => [DecisionModel], { description: 'Pilot gate decisions only, newest first; `decisionLog` holds every kind of decision.' })
  async decisions(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<DecisionModel[]> {
    return ctx.loaders.get(DECISIONS_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => [LessonModel], { description: 'Lessons learned in the program’s pilots, by capability, for planning the roll-out.' })
  async lessons(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<LessonModel[]> {
    return ctx.loaders.get(LESSONS_BY_PROGRAM).load(program.id);
  }
}

@Resolver(() => MissingWeekModel)
export class MissingWeekResolver {
  @ResolveField(() => [UnitModel], { description: 'The units without a value that week.' })
  async units(@Parent() week: MissingWeekModel, @Context() ctx: GraphQLContext): Promise<UnitModel[]> {
    const units = await ctx.loaders.get(UNIT_BY_ID).loadMany(week.unitIds);
    return units.filter((unit): unit is UnitModel => unit !== null && !(unit instanceof Error));
  }
}

@Resolver(() => DecisionLogEntryModel)
export class DecisionLogEntryResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who decided.' })
  async decidedBy(@Parent() entry: DecisionLogEntryModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(entry.decidedById);
  }

  @ResolveField(() => PilotModel, { nullable: true, description: 'Gate decisions: the pilot decided on.' })
  async pilot(@Parent() entry: DecisionLogEntryModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return entry.pilotId === null ? null : ctx.loaders.get(PILOT_BY_ID).load(entry.pilotId);
  }
}
