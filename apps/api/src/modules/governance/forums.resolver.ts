import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramModel } from '../programs/program.model.js';
import { viewerMay } from '../programs/viewer-may.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { ForumsService } from './forums.service.js';
import { AddDefaultForumsInput, CreateForumInput, UpdateForumInput } from './governance.input.js';
import { FORUMS_BY_PROGRAM } from './governance.loaders.js';
import { ActionItemModel, CalendarFeedModel, ForumModel, ForumOccurrenceModel } from './governance.model.js';
import { MinutesService } from './minutes.service.js';

/** Program fields owned by the governance feature: its forums, their calendar, its action items. */
@Resolver(() => ProgramModel)
export class ProgramGovernanceResolver {
  constructor(
    private readonly forumsService: ForumsService,
    private readonly minutes: MinutesService,
  ) {}

  @ResolveField(() => [ForumModel], { description: 'Govern: the program’s forums, by name.' })
  async forums(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ForumModel[]> {
    return ctx.loaders.get(FORUMS_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => [ForumOccurrenceModel], { description: 'Govern: every forum’s meetings starting from `from` up to `to` (at most 120 days), by start.' })
  async meetings(@Parent() program: ProgramModel, @Args('from', { description: 'The first instant.' }) from: Date, @Args('to', { description: 'The instant after the last.' }) to: Date): Promise<ForumOccurrenceModel[]> {
    return this.forumsService.calendar(program.id, from, to);
  }

  @ResolveField(() => [ActionItemModel], { description: 'Govern: the program’s action items, open ones first by due day.', complexity: ({ args, childComplexity }) => Number(args.first ?? 50) * childComplexity })
  async actionItems(
    @Parent() program: ProgramModel,
    @Args('openOnly', { defaultValue: false, description: 'Only open ones.' }) openOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1 to 100.' }) first: number,
  ): Promise<ActionItemModel[]> {
    return this.minutes.ofProgram(program.id, openOnly, first);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user runs the program’s forums (sets them up, prepares meetings, takes minutes).' })
  async viewerCanRunForums(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, program.id, 'governance.manage');
  }

  @Mutation(() => ForumModel, { description: 'Sets up a forum of the program.' })
  @Roles('admin', 'program_manager')
  async createForum(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: CreateForumInput): Promise<ForumModel> {
    return this.forumsService.create(actor, input);
  }

  @Mutation(() => ForumModel, { description: 'Changes a forum: its name, purpose, schedule or attendees.' })
  @Roles('admin', 'program_manager')
  async updateForum(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: UpdateForumInput): Promise<ForumModel> {
    return this.forumsService.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a forum none of whose meetings started.' })
  @Roles('admin', 'program_manager')
  async removeForum(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The record.' }) id: string, @Args('expectedVersion', { type: () => Int, description: 'The version the caller saw; a stale one is refused with CONFLICT.' }) expectedVersion: number): Promise<boolean> {
    return this.forumsService.remove(actor, { id, expectedVersion });
  }

  @Mutation(() => [ForumModel], { description: 'Adds the default cadence’s forums the program lacks; answers with all its forums.' })
  @Roles('admin', 'program_manager')
  async addDefaultForums(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: AddDefaultForumsInput): Promise<ForumModel[]> {
    return this.forumsService.addDefaults(actor, input);
  }
}

@Resolver(() => ForumModel)
export class ForumResolver {
  @ResolveField(() => [UserModel], { description: 'Who it invites.' })
  async attendees(@Parent() forum: ForumModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    const users = await ctx.loaders.get(USER_BY_ID).loadMany(forum.attendeeIds);
    return users.filter((user): user is UserModel => !!user && !(user instanceof Error));
  }
}

/** The signed-in user's calendar feed. */
@Resolver(() => CalendarFeedModel)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedModel, { description: 'Whether the signed-in user has a calendar feed address, and since when.' })
  @Roles(...ALL_ROLES)
  async calendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedModel> {
    return this.feeds.status(actor);
  }

  @Mutation(() => CalendarFeedModel, { description: 'Makes a new secret calendar address for the signed-in user (the old one stops working); the answer is the only time it is shown.' })
  @Roles(...ALL_ROLES)
  async createCalendarFeed(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<CalendarFeedModel> {
    return this.feeds.create(actor, `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`);
  }

  @Mutation(() => Boolean, { description: 'Stops the signed-in user’s calendar address from working.' })
  @Roles(...ALL_ROLES)
  async revokeCalendarFeed(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.feeds.revoke(actor);
  }
}
