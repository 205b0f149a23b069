import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramModel } from '../programs/program.model.js';
import { PROGRAM_BY_ID } from '../programs/programs.loaders.js';
import { viewerMay } from '../programs/viewer-may.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { readAgendaFacts } from './agenda-facts.js';
import {
  AddActionItemInput,
  CancelMeetingInput,
  MeetingOccurrenceInput,
  MoveMeetingInput,
  RecordMeetingDecisionInput,
  UpdateActionItemInput,
  UpdateMeetingAgendaInput,
  UpdateMeetingMinutesInput,
  VersionedMeetingInput,
} from './governance.input.js';
import { ACTION_ITEMS_BY_MEETING, DECISIONS_BY_MEETING, FORUMS_BY_PROGRAM, SUBJECT_NAME } from './governance.loaders.js';
import { ActionItemModel, ForumModel, MeetingDecisionModel, MeetingModel, SubjectModel } from './governance.model.js';
import { GovernanceRepository } from './governance.repository.js';
import { MeetingsService, type AgendaFactsReader } from './meetings.service.js';
import { MinutesService } from './minutes.service.js';

const MANAGERS = ['admin', 'program_manager'] as const;

async function usersOf(ctx: GraphQLContext, ids: readonly string[]): Promise<UserModel[]> {
  const users = await ctx.loaders.get(USER_BY_ID).loadMany(ids);
  return users.filter((user): user is UserModel => !!user && !(user instanceof Error));
}

async function subjectOf(ctx: GraphQLContext, row: { subjectKind: MeetingDecisionModel['subjectKind']; subjectId: string | null }): Promise<SubjectModel | null> {
  if (!row.subjectKind || !row.subjectId) return null;
  const name = await ctx.loaders.get(SUBJECT_NAME).load({ kind: row.subjectKind, id: row.subjectId });
  return name === null ? null : { kind: row.subjectKind, id: row.subjectId, name };
}

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly governance: GovernanceRepository,
  ) {}

  private factsReader(ctx: GraphQLContext): AgendaFactsReader {
    return (programId, since, meetingDay) => readAgendaFacts(ctx.loaders, this.governance, programId, since, new Date(), meetingDay);
  }

  @Query(() => MeetingModel, { description: 'One meeting: its agenda and minutes.' })
  @Roles(...ALL_ROLES)
  async meeting(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The record.' }) id: string): Promise<MeetingModel> {
    return this.meetings.get(actor, id);
  }

  @Mutation(() => MeetingModel, { description: 'Opens an occurrence’s meeting: made on first open, with its agenda generated from the program’s state since the forum’s previous meeting.' })
  @Roles(...MANAGERS)
  async prepareMeeting(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Args('input', { description: 'What to do, and to which record.' }) input: MeetingOccurrenceInput): Promise<MeetingModel> {
    return this.meetings.prepare(actor, input, this.factsReader(ctx));
  }

  @Mutation(() => MeetingModel, { description: 'Reads the program’s state again into a meeting’s agenda (before it starts): edits and added lines stay.' })
  @Roles(...MANAGERS)
  async refreshMeetingAgenda(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Args('input', { description: 'What to do, and to which record.' }) input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.meetings.refreshAgenda(actor, input, this.factsReader(ctx));
  }

  @Mutation(() => MeetingModel, { description: 'Edits a meeting’s agenda before it starts: the lines to keep, in order, and new ones.' })
  @Roles(...MANAGERS)
  async updateMeetingAgenda(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: UpdateMeetingAgendaInput): Promise<MeetingModel> {
    return this.meetings.updateAgenda(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Starts a meeting: its agenda freezes and its minutes open.' })
  @Roles(...MANAGERS)
  async startMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.meetings.start(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Ends a meeting in progress.' })
  @Roles(...MANAGERS)
  async endMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.meetings.end(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Cancels an occurrence that has not started, with a reason.' })
  @Roles(...MANAGERS)
  async cancelMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: CancelMeetingInput): Promise<MeetingModel> {
    return this.meetings.cancel(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Puts a cancelled occurrence back on the calendar.' })
  @Roles(...MANAGERS)
  async reinstateMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: VersionedMeetingInput): Promise<MeetingModel> {
    return this.meetings.reinstate(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Moves an occurrence that has not started, within a month of its day.' })
  @Roles(...MANAGERS)
  async moveMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: MoveMeetingInput): Promise<MeetingModel> {
    return this.meetings.move(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Keeps a started meeting’s attendance and notes.' })
  @Roles(...MANAGERS)
  async updateMeetingMinutes(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: UpdateMeetingMinutesInput): Promise<MeetingModel> {
    return this.meetings.updateMinutes(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Records a decision the meeting took; it joins the program’s decision log.' })
  @Roles(...MANAGERS)
  async recordMeetingDecision(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: RecordMeetingDecisionInput): Promise<MeetingModel> {
    return this.minutes.recordDecision(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Hands out an action item; it shows on its owner’s “This week”.' })
  @Roles(...MANAGERS)
  async addActionItem(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: AddActionItemInput): Promise<MeetingModel> {
    return this.minutes.addActionItem(actor, input);
  }

  @ResolveField(() => ForumModel, { nullable: true, description: 'The forum it belongs to.' })
  async forum(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext): Promise<ForumModel | null> {
    return (await ctx.loaders.get(FORUMS_BY_PROGRAM).load(meeting.programId)).find((forum) => forum.id === meeting.forumId) ?? null;
  }

  @ResolveField(() => ProgramModel, { nullable: true, description: 'The program it belongs to.' })
  async program(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext): Promise<ProgramModel | null> {
    return ctx.loaders.get(PROGRAM_BY_ID).load(meeting.programId);
  }

  @ResolveField(() => [UserModel], { description: 'Who was there.' })
  async attendees(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    return usersOf(ctx, meeting.attendeeIds);
  }

  @ResolveField(() => [MeetingDecisionModel], { description: 'The decisions it took, in order.' })
  async decisions(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext): Promise<MeetingDecisionModel[]> {
    return ctx.loaders.get(DECISIONS_BY_MEETING).load(meeting.id);
  }

  @ResolveField(() => [ActionItemModel], { description: 'The action items it handed out, in order.' })
  async actionItems(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext): Promise<ActionItemModel[]> {
    return ctx.loaders.get(ACTION_ITEMS_BY_MEETING).load(meeting.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user runs this meeting (agenda, minutes).' })
  async viewerCanManage(@Parent() meeting: MeetingModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, meeting.programId, 'governance.manage');
  }
}

@Resolver(() => MeetingDecisionModel)
export class MeetingDecisionResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who recorded it.' })
  async decidedBy(@Parent() decision: MeetingDecisionModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(decision.decidedById);
  }

  @ResolveField(() => SubjectModel, { nullable: true, description: 'What it concerns.' })
  async subject(@Parent() decision: MeetingDecisionModel, @Context() ctx: GraphQLContext): Promise<SubjectModel | null> {
    return subjectOf(ctx, decision);
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  constructor(private readonly minutes: MinutesService) {}

  @Query(() => [ActionItemModel], { description: 'The signed-in user’s open action items, by due day.' })
  @Roles(...ALL_ROLES)
  async myActionItems(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 50, description: '1 to 100.' }) first: number): Promise<ActionItemModel[]> {
    return this.minutes.mine(actor, first);
  }

  @Mutation(() => ActionItemModel, { description: 'Updates an action item: its owner and the program’s leads.' })
  @Roles(...ALL_ROLES)
  async updateActionItem(@CurrentActor() actor: Actor, @Args('input', { description: 'What to do, and to which record.' }) input: UpdateActionItemInput): Promise<ActionItemModel> {
    return this.minutes.updateActionItem(actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who owns it.' })
  async owner(@Parent() item: ActionItemModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(item.ownerId);
  }

  @ResolveField(() => SubjectModel, { nullable: true, description: 'What it concerns.' })
  async subject(@Parent() item: ActionItemModel, @Context() ctx: GraphQLContext): Promise<SubjectModel | null> {
    return subjectOf(ctx, item);
  }

  @ResolveField(() => ProgramModel, { nullable: true, description: 'The program it belongs to.' })
  async program(@Parent() item: ActionItemModel, @Context() ctx: GraphQLContext): Promise<ProgramModel | null> {
    return ctx.loaders.get(PROGRAM_BY_ID).load(item.programId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may update it.' })
  async viewerCanUpdate(@Parent() item: ActionItemModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, item.programId, 'action_item.update', { ownerId: item.ownerId });
  }
}
