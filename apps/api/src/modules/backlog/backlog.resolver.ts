import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { today } from '../../common/time/today.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { HEADCOUNT_BY_PROGRAM } from '../headcount/headcount.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { viewerMay } from '../programs/viewer-may.js';
import { RequestListStateEnum, RequestSortEnum } from './backlog.enums.js';
import { DecideRequestApprovalInput, FileRequestInput, MergeRequestInput, MoveRequestInput, SaveBacklogSettingsInput, SaveRequestTypesInput, ScoreRequestInput, UpdateRequestInput } from './backlog.input.js';
import { BACKLOG_BY_PROGRAM, REQUESTERS_BY_REQUEST } from './backlog.loaders.js';
import { toBacklogModel } from './backlog.mapper.js';
import { BacklogModel, CreatedInboundSecretModel, RequesterModel, RevopsRequestConnectionModel, RevopsRequestModel } from './backlog.model.js';
import { ProgramDeliveryModel, RoadmapLaneModel, TeamCapacityModel } from './backlog-plan.model.js';
import { capacityOf, DELIVERY_ITEMS_PER_PROGRAM, deliveryOf, deliveryWindow, requestPage, roadmapOf, type RequestListState, type RequestSort } from './backlog.read.js';
import { BacklogRepository } from './backlog.repository.js';
import { BacklogService } from './backlog.service.js';

/** Program fields owned by the backlog feature. */
@Resolver(() => ProgramModel)
export class ProgramBacklogResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => BacklogModel, { description: 'Engagement model: the program’s RevOps backlog.' })
  async backlog(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<BacklogModel> {
    return toBacklogModel(await ctx.loaders.get(BACKLOG_BY_PROGRAM).load(program.id), this.config.publicUrl);
  }
}

@Resolver(() => BacklogModel)
export class BacklogResolver {
  constructor(private readonly backlog: BacklogService) {}

  @ResolveField(() => RevopsRequestConnectionModel, { description: 'A page of its requests.', complexity: ({ args, childComplexity }) => Number(args.first ?? 50) * childComplexity })
  async requests(
    @Parent() backlog: BacklogModel,
    @Context() ctx: GraphQLContext,
    @Args('teamKey', { type: () => String, nullable: true, description: 'Only one team’s: `hub` or a unit id.' }) teamKey: string | null,
    @Args('state', { type: () => RequestListStateEnum, defaultValue: 'open', description: 'Open, closed or all requests.' }) state: RequestListState,
    @Args('search', { type: () => String, nullable: true, description: 'Words in the label, problem, unit, type or activity.' }) search: string | null,
    @Args('breachedOnly', { defaultValue: false, description: 'Only requests past a service level.' }) breachedOnly: boolean,
    @Args('mine', { defaultValue: false, description: 'Only the requests the signed-in user asked for (filed, or follows since a merge).' }) mine: boolean,
    @Args('sort', { type: () => RequestSortEnum, defaultValue: 'rank', description: 'The order.' }) sort: RequestSort,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1 to 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<RevopsRequestConnectionModel> {
    return requestPage(await ctx.loaders.get(BACKLOG_BY_PROGRAM).load(backlog.programId), { teamKey, state, search, breachedOnly, requesterId: mine ? actor.id : null, sort, first, after });
  }

  @ResolveField(() => [TeamCapacityModel], { description: 'Each team’s capacity against its committed work, month by month, with its staffing guidance.' })
  async capacity(
    @Parent() backlog: BacklogModel,
    @Context() ctx: GraphQLContext,
    @Args('months', { type: () => Int, defaultValue: 6, description: '1 to 12 months, from this month.' }) months: number,
  ): Promise<TeamCapacityModel[]> {
    const [view, headcount] = await Promise.all([ctx.loaders.get(BACKLOG_BY_PROGRAM).load(backlog.programId), ctx.loaders.get(HEADCOUNT_BY_PROGRAM).load(backlog.programId)]);
    return capacityOf(view, headcount, today(), months);
  }

  @ResolveField(() => [RoadmapLaneModel], { description: 'Committed, in-progress and delivered work by team and quarter.' })
  async roadmap(@Parent() backlog: BacklogModel, @Context() ctx: GraphQLContext): Promise<RoadmapLaneModel[]> {
    return roadmapOf(await ctx.loaders.get(BACKLOG_BY_PROGRAM).load(backlog.programId));
  }

  @ResolveField(() => [ID], { description: 'The units the signed-in user may file requests for.' })
  async viewerFileableUnitIds(@Parent() backlog: BacklogModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<string[]> {
    const view = await ctx.loaders.get(BACKLOG_BY_PROGRAM).load(backlog.programId);
    const allowed = await Promise.all(view.records.units.map((unit) => viewerMay(ctx, actor, backlog.programId, 'request.file', { unitId: unit.id })));
    return view.records.units.filter((_, index) => allowed[index]).map((unit) => unit.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user sets the backlog up and approves changes to hub standards.' })
  async viewerCanManage(@Parent() backlog: BacklogModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, backlog.programId, 'backlog.manage');
  }

  @Mutation(() => BacklogModel, { description: 'Sets the program’s prioritisation framework and capacity basis: its leads.' })
  @Roles('admin', 'program_manager')
  async saveBacklogSettings(@CurrentActor() actor: Actor, @Args('input', { description: 'The settings.' }) input: SaveBacklogSettingsInput): Promise<BacklogModel> {
    return this.backlog.saveSettings(actor, input);
  }

  @Mutation(() => BacklogModel, { description: 'Sets the program’s request types and their service levels: its leads.' })
  @Roles('admin', 'program_manager')
  async saveRequestTypes(@CurrentActor() actor: Actor, @Args('input', { description: 'The types, in order.' }) input: SaveRequestTypesInput): Promise<BacklogModel> {
    return this.backlog.saveTypes(actor, input);
  }

  @Mutation(() => CreatedInboundSecretModel, { description: 'Makes a new signing secret for the inbound request webhook (the old one stops working), answered this once: the program’s leads.' })
  @Roles('admin', 'program_manager')
  async rotateInboundRequestSecret(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID, description: 'The program.' }) programId: string): Promise<CreatedInboundSecretModel> {
    return this.backlog.rotateInboundSecret(actor, programId);
  }

  @Mutation(() => BacklogModel, { description: 'Switches the inbound request webhook off: the program’s leads.' })
  @Roles('admin', 'program_manager')
  async removeInboundRequestWebhook(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID, description: 'The program.' }) programId: string): Promise<BacklogModel> {
    return this.backlog.removeInboundWebhook(actor, programId);
  }
}

@Resolver(() => RevopsRequestModel)
export class RevopsRequestResolver {
  constructor(
    private readonly backlog: BacklogService,
    private readonly records: BacklogRepository,
  ) {}

  @Query(() => [ProgramDeliveryModel], { description: 'What the RevOps function is delivering this quarter and next, program by program (active programs with roadmap items), by name: counts by status and the first six items by month.' })
  @Roles(...ALL_ROLES)
  async revopsDelivery(@CurrentActor() actor: Actor): Promise<ProgramDeliveryModel[]> {
    const { from, to } = deliveryWindow(today());
    return deliveryOf(await this.records.delivering(actor.orgId, from, to, DELIVERY_ITEMS_PER_PROGRAM));
  }

  @Query(() => RevopsRequestModel, { description: 'One request of a RevOps backlog.' })
  @Roles(...ALL_ROLES)
  async revopsRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The request.' }) id: string): Promise<RevopsRequestModel> {
    return this.backlog.request(actor, id);
  }

  @Mutation(() => RevopsRequestModel, { description: 'Files a request to a program’s RevOps backlog for a unit: its partners and the program’s leads.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async fileRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The request.' }) input: FileRequestInput): Promise<RevopsRequestModel> {
    return this.backlog.file(actor, input);
  }

  @Mutation(() => RevopsRequestModel, { description: 'Rewords a request: its filer while it awaits triage, and its owning team.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async updateRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The changes.' }) input: UpdateRequestInput): Promise<RevopsRequestModel> {
    return this.backlog.update(actor, input);
  }

  @Mutation(() => RevopsRequestModel, { description: 'Scores a request with the program’s framework (triaging it): its owning team.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async scoreRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The score’s parts.' }) input: ScoreRequestInput): Promise<RevopsRequestModel> {
    return this.backlog.score(actor, input);
  }

  @Mutation(() => RevopsRequestModel, { description: 'Commits, starts, delivers, declines or reopens a request: its owning team.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async moveRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'Where it goes.' }) input: MoveRequestInput): Promise<RevopsRequestModel> {
    return this.backlog.move(actor, input);
  }

  @Mutation(() => RevopsRequestModel, { description: 'Merges a duplicate into the request it duplicates; answers with that request: the owning teams of both.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async mergeRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The duplicate and the request it duplicates.' }) input: MergeRequestInput): Promise<RevopsRequestModel> {
    return this.backlog.merge(actor, input);
  }

  @Mutation(() => RevopsRequestModel, { description: 'The hub approves or rejects a spoke request that changes a standard it is accountable for: the program’s leads.' })
  @Roles('admin', 'program_manager')
  async decideRequestApproval(@CurrentActor() actor: Actor, @Args('input', { description: 'The decision.' }) input: DecideRequestApprovalInput): Promise<RevopsRequestModel> {
    return this.backlog.decideApproval(actor, input);
  }

  @ResolveField(() => [RequesterModel], { description: 'Who asked for it, first filer first.' })
  async requesters(@Parent() request: RevopsRequestModel, @Context() ctx: GraphQLContext): Promise<RequesterModel[]> {
    return ctx.loaders.get(REQUESTERS_BY_REQUEST).load(request.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may triage, score, merge and move it (its owning team).' })
  async viewerCanTriage(@Parent() request: RevopsRequestModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, request.programId, 'request.triage', { unitId: request.spokeUnitId ?? undefined });
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may approve or reject its change to a hub standard.' })
  async viewerCanApprove(@Parent() request: RevopsRequestModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return request.approval !== null && (await viewerMay(ctx, actor, request.programId, 'backlog.manage'));
  }
}
