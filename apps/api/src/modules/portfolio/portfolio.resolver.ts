import { Context, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { AttentionItemModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';

@Resolver(() => AttentionItemModel)
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Query(() => [AttentionItemModel], {
    description: 'What needs attention across the active programs: gates overdue, decisions waiting, blocked units, overdue action items, backlog requests past their service level, gates coming.',
  })
  @Roles(...ALL_ROLES)
  async portfolioAttention(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<AttentionItemModel[]> {
    return this.portfolio.attention(actor.orgId, ctx.loaders);
  }
}
