import { Context, Query, Resolver } from '@nestjs/graphql';
import { attentionItems, isOpenRequest, requestNumber, type Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { today } from '../../common/time/today.js';
import { BACKLOG_BY_PROGRAM } from '../backlog/backlog.loaders.js';
import { AttentionItemModel } from './portfolio.model.js';
import { PortfolioRepository } from './portfolio.repository.js';

@Resolver(() => AttentionItemModel)
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioRepository) {}

  @Query(() => [AttentionItemModel], {
    description: 'What needs attention across the active programs: gates overdue, decisions waiting, blocked units, overdue action items, backlog requests past their service level, gates coming.',
  })
  @Roles(...ALL_ROLES)
  async portfolioAttention(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<AttentionItemModel[]> {
    const day = today();
    const { programsWithOpenRequests, ...facts } = await this.portfolio.attentionFacts(actor.orgId, day);
    // A request's service level is derived with its backlog, by the one rule the backlog uses.
    const backlogs = await ctx.loaders.get(BACKLOG_BY_PROGRAM).loadMany(programsWithOpenRequests.map((program) => program.id));
    const nameOf = new Map(programsWithOpenRequests.map((program) => [program.id, program.name]));
    const breachedRequests = backlogs.flatMap((backlog) =>
      backlog instanceof Error
        ? []
        : backlog.requests.flatMap(({ row, sla }) =>
            sla.breach !== null && isOpenRequest(row.status) ? [{ id: row.id, programId: row.program_id, programName: nameOf.get(row.program_id) ?? '', label: requestNumber(row.number), problem: row.problem, breach: sla.breach }] : [],
          ),
    );
    return attentionItems({ ...facts, breachedRequests }, day);
  }
}
