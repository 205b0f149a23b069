import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { can, invalidField, parseId, type Actor } from '@rollout/domain';
import { NotFoundError } from '../../common/errors/app-error.js';
import { LiveChangeModel, unitEventVisible } from '../../common/live/live-change.model.js';
import { LiveEvents } from '../../common/live/live-events.js';
import { CurrentActor, Roles, ALL_ROLES } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { PILOT_BY_ID } from '../pilots/pilots.loaders.js';
import { PilotModel } from '../pilots/pilot.model.js';
import { PROGRAM_ACCESS_BY_ID } from '../programs/programs.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { SubmitCheckInInput } from './check-in.input.js';
import { CheckInModel, OwedCheckInModel, PilotUnitReportModel } from './check-in.model.js';
import { CHECK_IN_COUNT_BY_PILOT, CHECK_INS_BY_PILOT, PREVIOUS_CHECK_INS_BY_PILOT, UNIT_REPORTS_BY_PILOT } from './check-ins.loaders.js';

/** The most check-ins one read of a pilot's list answers. */
export const MAX_CHECK_INS_PAGE = 500;
import { CheckInsService } from './check-ins.service.js';

@Resolver(() => CheckInModel)
export class CheckInsResolver {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly live: LiveEvents,
  ) {}

  @Subscription(() => LiveChangeModel, { description: 'A check-in of the pilot was submitted or changed (a partner hears only of units in their scope).', resolve: (change: LiveChangeModel) => change })
  @Roles(...ALL_ROLES)
  async checkInsChanged(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Args('pilotId', { type: () => ID, description: 'The pilot.' }) pilotId: string): Promise<AsyncIterableIterator<LiveChangeModel>> {
    const pilot = await ctx.loaders.get(PILOT_BY_ID).load(parseId(pilotId, 'pilotId'));
    if (!pilot) throw new NotFoundError('Pilot', pilotId);
    return this.live.iterate((event) => (event.type === 'check_in' && event.pilotId === pilot.id && unitEventVisible(actor, event.unitId) ? event : null));
  }

  @Mutation(() => CheckInModel, { description: 'Submits a pilot unit’s weekly check-in: its regional partners, the program’s leads, admins.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async submitCheckIn(@CurrentActor() actor: Actor, @Args('input', { description: 'The check-in.' }) input: SubmitCheckInInput): Promise<CheckInModel> {
    return this.checkIns.submit(actor, input);
  }

  @Query(() => [OwedCheckInModel], { description: 'What the signed-in user owes for a week: one entry per running pilot unit, and per unit rolling out in a started wave, they report on.' })
  @Roles(...ALL_ROLES)
  async checkInsOwed(
    @CurrentActor() actor: Actor,
    @Args('weekStart', { type: () => String, nullable: true, description: 'Any day of the week, YYYY-MM-DD; default this week.' }) weekStart?: string | null,
  ): Promise<OwedCheckInModel[]> {
    return this.checkIns.owed(actor, { weekStart });
  }

  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() checkIn: CheckInModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(checkIn.unitId);
  }

  @ResolveField(() => UserModel, { description: 'Who submitted it last.' })
  async submittedBy(@Parent() checkIn: CheckInModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(checkIn.submittedById);
  }
}

@Resolver(() => PilotUnitReportModel)
export class PilotUnitReportResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() report: PilotUnitReportModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(report.unitId);
  }

  @ResolveField(() => CheckInModel, { nullable: true, description: 'Its latest check-in before the current week: what this week’s is compared with (a change of status needs commentary).' })
  async previousCheckIn(@Parent() report: PilotUnitReportModel, @Context() ctx: GraphQLContext): Promise<CheckInModel | null> {
    const previous = await ctx.loaders.get(PREVIOUS_CHECK_INS_BY_PILOT).load(report.pilotId);
    return previous.find((checkIn) => checkIn.unitId === report.unitId) ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may submit this unit’s check-ins.' })
  async viewerCanReport(@Parent() report: PilotUnitReportModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const pilot = await ctx.loaders.get(PILOT_BY_ID).load(report.pilotId);
    const program = pilot && (await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(pilot.programId));
    return !!program && can(actor, 'check_in.submit', { program, unitId: report.unitId });
  }
}

@Resolver(() => OwedCheckInModel)
export class OwedCheckInResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() owed: OwedCheckInModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(owed.unitId);
  }
}

/** Pilot fields owned by the check-ins feature. */
@Resolver(() => PilotModel)
export class PilotCheckInsResolver {
  @ResolveField(() => [CheckInModel], { description: 'Check-ins, newest week first (then by unit): the latest `first`, or all of them without it.' })
  @PageLimit(MAX_CHECK_INS_PAGE)
  async checkIns(
    @Parent() pilot: PilotModel,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, description: `1 to ${MAX_CHECK_INS_PAGE}; every check-in when left out.` }) first: number | null | undefined,
  ): Promise<CheckInModel[]> {
    // Left out, the argument arrives undefined; sent as null, null: both mean every check-in.
    const page = first ?? null;
    if (page !== null && (!Number.isInteger(page) || page < 1 || page > MAX_CHECK_INS_PAGE)) throw invalidField('first', `Ask for 1 to ${MAX_CHECK_INS_PAGE} check-ins.`);
    return ctx.loaders.get(CHECK_INS_BY_PILOT).load({ pilotId: pilot.id, first: page });
  }

  @ResolveField(() => Int, { description: 'How many check-ins it has in all.' })
  async checkInCount(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(CHECK_IN_COUNT_BY_PILOT).load(pilot.id);
  }

  @ResolveField(() => [PilotUnitReportModel], { description: 'Each pilot unit’s latest check-in and whether it is stale.' })
  async unitReports(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<PilotUnitReportModel[]> {
    return ctx.loaders.get(UNIT_REPORTS_BY_PILOT).load(pilot);
  }
}
