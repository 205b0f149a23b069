import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { invalidField, type Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { AttentionItemModel, AttentionListModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';

/** The most items one read of the attention list answers. */
export const MAX_ATTENTION_ITEMS = 200;

@Resolver(() => AttentionItemModel)
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Query(() => AttentionListModel, {
    description: 'What needs attention across the active programs: gates overdue, decisions waiting, blocked units, overdue action items, backlog requests past their service level, gates coming.',
    complexity: ({ args, childComplexity }) => Number(args.first ?? 50) * childComplexity,
  })
  @Roles(...ALL_ROLES)
  async portfolioAttention(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50, description: `1 to ${MAX_ATTENTION_ITEMS}.` }) first: number,
  ): Promise<AttentionListModel> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_ATTENTION_ITEMS) throw invalidField('first', `Ask for 1 to ${MAX_ATTENTION_ITEMS} items.`);
    const items = await this.portfolio.attention(actor.orgId);
    return { totalCount: items.length, items: items.slice(0, first) };
  }
}
