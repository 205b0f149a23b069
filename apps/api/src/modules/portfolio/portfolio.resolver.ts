import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { PORTFOLIO_FACTS } from './portfolio-facts.service.js';
import { invalidField, type Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { AttentionItemModel, AttentionListModel } from './portfolio.model.js';
import { HeatMapRowModel, PortfolioFilterInput, PortfolioModel } from './portfolio-view.model.js';
import { PortfolioViewService } from './portfolio-view.service.js';
import { PortfolioService } from './portfolio.service.js';

/** The most items one read of the attention list answers. */
export const MAX_ATTENTION_ITEMS = 200;

@Resolver(() => AttentionItemModel)
export class PortfolioResolver {
  constructor(
    private readonly attentionList: PortfolioService,
    private readonly views: PortfolioViewService,
  ) {}

  @Query(() => PortfolioModel, {
    description: 'Every active program on one screen: computed health with its reason, roll-out, pilots with their recommendation and key metric, the heat map of units × programs, and the trends. Its size is the organization’s, read in a fixed number of statements.',
  })
  @Roles(...ALL_ROLES)
  async portfolio(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => PortfolioFilterInput, nullable: true, description: 'Narrows it by region, business unit, owner and phase.' }) filter: PortfolioFilterInput | null,
  ): Promise<PortfolioModel> {
    return this.views.view(actor, await ctx.loaders.get(PORTFOLIO_FACTS).load({ actor, filter: filter ?? {} }));
  }

  @Query(() => [HeatMapRowModel], {
    description: 'One level of the portfolio’s heat map of units × programs: the units directly under a unit (the top of the region tree without one), each with a summary per program.',
  })
  @Roles(...ALL_ROLES)
  async portfolioHeatMap(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => PortfolioFilterInput, nullable: true, description: 'The portfolio’s filter.' }) filter: PortfolioFilterInput | null,
    @Args('parentId', { type: () => ID, nullable: true, description: 'The unit whose children to read; the top level without it.' }) parentId: string | null,
  ): Promise<HeatMapRowModel[]> {
    return this.views.heatMap(await ctx.loaders.get(PORTFOLIO_FACTS).load({ actor, filter: filter ?? {} }), parentId);
  }

  @Query(() => AttentionListModel, {
    description: 'What needs attention across the active programs: gates overdue, decisions waiting, units reporting green while off track, blocked units, overdue action items, backlog requests past their service level, gates coming.',
  })
  @PageLimit(MAX_ATTENTION_ITEMS)
  @Roles(...ALL_ROLES)
  async portfolioAttention(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50, description: `1 to ${MAX_ATTENTION_ITEMS}.` }) first: number,
  ): Promise<AttentionListModel> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_ATTENTION_ITEMS) throw invalidField('first', `Ask for 1 to ${MAX_ATTENTION_ITEMS} items.`);
    return this.attentionList.attention(actor.orgId, undefined, first);
  }
}
