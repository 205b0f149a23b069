import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { DESIGN_BY_PROGRAM } from '../design/design.loaders.js';
import { HEADCOUNT_BY_PROGRAM } from '../headcount/headcount.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { RACI_BY_PROGRAM } from '../raci/raci.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { MODEL_CHOICE_BY_PROGRAM } from './target-model.loaders.js';
import { openRisksOf } from './target-model.mapper.js';
import { ModelChoiceModel, TargetModelSummaryModel } from './target-model.model.js';

/** Program fields owned by the target model summary. */
@Resolver(() => ProgramModel)
export class ProgramTargetModelResolver {
  // The design, RACI and headcount come from the loaders their own fields use: one read per request.
  @ResolveField(() => TargetModelSummaryModel, { description: 'The target model summary’s own parts: the model choice it quotes and what is still open.' })
  async targetModelSummary(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<TargetModelSummaryModel> {
    const [design, raci, headcount, choice] = await Promise.all([
      ctx.loaders.get(DESIGN_BY_PROGRAM).load(program.id),
      ctx.loaders.get(RACI_BY_PROGRAM).load(program.id),
      ctx.loaders.get(HEADCOUNT_BY_PROGRAM).load(program.id),
      ctx.loaders.get(MODEL_CHOICE_BY_PROGRAM).load(program.id),
    ]);
    return { id: program.id, choice, openRisks: openRisksOf(design, raci, headcount) };
  }
}

@Resolver(() => ModelChoiceModel)
export class ModelChoiceResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who chose it; null when that account is gone.' })
  async decidedBy(@Parent() choice: ModelChoiceModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return choice.decidedById ? ctx.loaders.get(USER_BY_ID).load(choice.decidedById) : null;
  }
}
