import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, isGateReviewOverdue, type Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { today } from '../../common/time/today.js';
import { ActivityModel } from '../assessments/assessment.model.js';
import { ACTIVITY_BY_ID } from '../assessments/assessments.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { PROGRAM_ACCESS_BY_ID, PROGRAM_BY_ID } from '../programs/programs.loaders.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { AddSuccessMetricInput, ChangePilotStatusInput, CreatePilotInput, UpdatePilotInput, UpdateSuccessMetricInput } from './pilot.input.js';
import { PilotModel, SuccessMetricModel } from './pilot.model.js';
import { METRICS_BY_PILOT, PILOTS_BY_PROGRAM } from './pilots.loaders.js';
import { PilotsService } from './pilots.service.js';

/** Loads records by id through a DataLoader, leaving out ids that no longer resolve. */
async function loadAll<T extends object>(ctx: GraphQLContext, ids: readonly string[], load: (ctx: GraphQLContext, id: string) => Promise<T | null>): Promise<T[]> {
  const rows: (T | null)[] = await Promise.all(ids.map((id) => load(ctx, id)));
  return rows.filter((row): row is T => row !== null);
}
const unit = (ctx: GraphQLContext, id: string) => ctx.loaders.get(UNIT_BY_ID).load(id);
const user = (ctx: GraphQLContext, id: string) => ctx.loaders.get(USER_BY_ID).load(id);
const activity = (ctx: GraphQLContext, id: string) => ctx.loaders.get(ACTIVITY_BY_ID).load(id);

@Resolver(() => PilotModel)
export class PilotsResolver {
  constructor(private readonly pilots: PilotsService) {}

  @Query(() => PilotModel, { description: 'One pilot by id.' })
  @Roles(...ALL_ROLES)
  async pilot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Pilot id.' }) id: string): Promise<PilotModel> {
    return this.pilots.get(actor, id);
  }

  @Query(() => [PilotModel], {
    description:
      'Gate reviews ahead of the signed-in user, by last day: pilots not yet decided whose steering committee they sit on, and pilots past their last day in units they report on.',
  })
  @Roles(...ALL_ROLES)
  async gateReviews(@CurrentActor() actor: Actor): Promise<PilotModel[]> {
    return this.pilots.gateReviews(actor);
  }

  @Mutation(() => PilotModel, { description: 'Creates a planned pilot in a program (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async createPilot(@CurrentActor() actor: Actor, @Args('input', { description: 'The new pilot.' }) input: CreatePilotInput): Promise<PilotModel> {
    return this.pilots.create(actor, input);
  }

  @Mutation(() => PilotModel, { description: 'Edits a pilot; once running, its units and start date are fixed.' })
  @Roles('admin', 'program_manager')
  async updatePilot(@CurrentActor() actor: Actor, @Args('input', { description: 'New values.' }) input: UpdatePilotInput): Promise<PilotModel> {
    return this.pilots.update(actor, input);
  }

  @Mutation(() => PilotModel, { description: 'Moves a pilot one step: planned → running (needs a metric with baseline and target) → in review.' })
  @Roles('admin', 'program_manager')
  async changePilotStatus(@CurrentActor() actor: Actor, @Args('input', { description: 'Pilot, version and next status.' }) input: ChangePilotStatusInput): Promise<PilotModel> {
    return this.pilots.changeStatus(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a planned pilot.' })
  @Roles('admin', 'program_manager')
  async deletePilot(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The pilot.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<boolean> {
    return this.pilots.delete(actor, { id, expectedVersion });
  }

  @ResolveField(() => ProgramModel, { description: 'The program.' })
  async program(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<ProgramModel | null> {
    return ctx.loaders.get(PROGRAM_BY_ID).load(pilot.programId);
  }

  @ResolveField(() => [UnitModel], { description: 'Units that run the change.' })
  async units(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<UnitModel[]> {
    return loadAll(ctx, pilot.unitIds, unit);
  }

  @ResolveField(() => [UnitModel], { description: 'Comparison units.' })
  async comparisonUnits(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<UnitModel[]> {
    return loadAll(ctx, pilot.comparisonUnitIds, unit);
  }

  @ResolveField(() => [UserModel], { description: 'Steering committee members.' })
  async steeringMembers(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    return loadAll(ctx, pilot.steeringMemberIds, user);
  }

  @ResolveField(() => [ActivityModel], { description: 'Activities of the program’s catalog the pilot changes, each with its capability.' })
  async activities(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<ActivityModel[]> {
    return loadAll(ctx, pilot.activityIds, activity);
  }

  @ResolveField(() => [SuccessMetricModel], { description: 'Success metrics, in the order they were added.' })
  async metrics(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<SuccessMetricModel[]> {
    return ctx.loaders.get(METRICS_BY_PILOT).load(pilot.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the pilot’s last day has passed without a gate decision: no more check-ins are due, the steering committee owes a decision.' })
  gateReviewOverdue(@Parent() pilot: PilotModel): boolean {
    return isGateReviewOverdue(pilot, today());
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may set up, move and decide this pilot.' })
  async viewerCanManage(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const program = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(pilot.programId);
    return program !== null && can(actor, 'program.manage', { program });
  }
}

@Resolver(() => SuccessMetricModel)
export class SuccessMetricResolver {
  constructor(private readonly pilots: PilotsService) {}

  @Mutation(() => SuccessMetricModel, { description: 'Adds a success metric to a planned pilot.' })
  @Roles('admin', 'program_manager')
  async addSuccessMetric(@CurrentActor() actor: Actor, @Args('input', { description: 'The metric.' }) input: AddSuccessMetricInput): Promise<SuccessMetricModel> {
    return this.pilots.addMetric(actor, input);
  }

  @Mutation(() => SuccessMetricModel, { description: 'Changes a success metric of a planned pilot.' })
  @Roles('admin', 'program_manager')
  async updateSuccessMetric(@CurrentActor() actor: Actor, @Args('input', { description: 'New values.' }) input: UpdateSuccessMetricInput): Promise<SuccessMetricModel> {
    return this.pilots.updateMetric(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a success metric from a planned pilot.' })
  @Roles('admin', 'program_manager')
  async removeSuccessMetric(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The metric.' }) id: string): Promise<boolean> {
    return this.pilots.removeMetric(actor, id);
  }
}

/** Program fields owned by the pilots feature. */
@Resolver(() => ProgramModel)
export class ProgramPilotsResolver {
  @ResolveField(() => [PilotModel], { description: 'The program’s pilots, by start date.' })
  async pilots(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<PilotModel[]> {
    return ctx.loaders.get(PILOTS_BY_PROGRAM).load(program.id);
  }
}
