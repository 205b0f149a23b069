import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramModel } from '../programs/program.model.js';
import {
  ChooseOperatingModelInput,
  SaveCompanyProfileInput,
  SaveDesignPrincipleInput,
  SaveStakeholderWeightsInput,
  ScoreOperatingModelInput,
} from './alignment.input.js';
import { ALIGNMENT_BY_PROGRAM } from './alignment.loaders.js';
import { AlignmentModel, CompanyProfileModel, DesignPrincipleModel, ModelScoreModel, StakeholderWeightsModel } from './alignment.model.js';
import { AlignmentService } from './alignment.service.js';

@Resolver(() => AlignmentModel)
export class AlignmentResolver {
  constructor(private readonly alignment: AlignmentService) {}

  @Mutation(() => AlignmentModel, { description: 'Gives a program without design principles the six defaults; otherwise changes nothing.' })
  @Roles('admin', 'program_manager')
  async startAlignment(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID, description: 'The program.' }) programId: string): Promise<AlignmentModel> {
    return this.alignment.start(actor, programId);
  }

  @Mutation(() => DesignPrincipleModel, { description: 'Adds or renames a design principle.' })
  @Roles('admin', 'program_manager')
  async saveDesignPrinciple(@CurrentActor() actor: Actor, @Args('input', { description: 'The principle.' }) input: SaveDesignPrincipleInput): Promise<DesignPrincipleModel> {
    return this.alignment.savePrinciple(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a design principle with its matrix scores.' })
  @Roles('admin', 'program_manager')
  async removeDesignPrinciple(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The principle.' }) id: string): Promise<boolean> {
    return this.alignment.removePrinciple(actor, id);
  }

  @Mutation(() => StakeholderWeightsModel, { description: 'Adds or changes one stakeholder’s weights.' })
  @Roles('admin', 'program_manager')
  async saveStakeholderWeights(@CurrentActor() actor: Actor, @Args('input', { description: 'The weights.' }) input: SaveStakeholderWeightsInput): Promise<StakeholderWeightsModel> {
    return this.alignment.saveWeights(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes one stakeholder’s weights.' })
  @Roles('admin', 'program_manager')
  async removeStakeholderWeights(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The weight set.' }) id: string): Promise<boolean> {
    return this.alignment.removeWeights(actor, id);
  }

  @Mutation(() => ModelScoreModel, { description: 'Scores one operating model against one principle, 1–5, with a note.' })
  @Roles('admin', 'program_manager')
  async scoreOperatingModel(@CurrentActor() actor: Actor, @Args('input', { description: 'The score.' }) input: ScoreOperatingModelInput): Promise<ModelScoreModel> {
    return this.alignment.score(actor, input);
  }

  @Mutation(() => CompanyProfileModel, { description: 'Enters or changes the company profile behind the model guidance.' })
  @Roles('admin', 'program_manager')
  async saveCompanyProfile(@CurrentActor() actor: Actor, @Args('input', { description: 'The profile.' }) input: SaveCompanyProfileInput): Promise<CompanyProfileModel> {
    return this.alignment.saveProfile(actor, input);
  }

  @Mutation(() => ProgramModel, { description: 'Records the chosen operating model as the program’s target model and in its decision log.' })
  @Roles('admin', 'program_manager')
  async chooseOperatingModel(@CurrentActor() actor: Actor, @Args('input', { description: 'The choice.' }) input: ChooseOperatingModelInput): Promise<ProgramModel> {
    return this.alignment.choose(actor, input);
  }
}

/** Program fields owned by the alignment feature. */
@Resolver(() => ProgramModel)
export class ProgramAlignmentResolver {
  @ResolveField(() => AlignmentModel, { description: 'The Align phase: principles, weights, decision matrix, sensitivity and guidance.' })
  async alignment(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<AlignmentModel> {
    return ctx.loaders.get(ALIGNMENT_BY_PROGRAM).load(program.id);
  }
}
