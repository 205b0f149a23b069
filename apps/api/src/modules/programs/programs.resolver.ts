import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PROGRAMS_PAGE, type Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { PHASE_HISTORY_BY_PROGRAM } from './programs.loaders.js';
import { UserModel } from '../users/user.model.js';
import { PhaseChangeModel } from './phase-change.model.js';
import { ChangeProgramPhaseInput, CreateProgramInput, ProgramFilterInput, ProgramSortInput, UpdateProgramInput } from './program.input.js';
import { ProgramConnectionModel, ProgramModel } from './program.model.js';
import { ProgramsService } from './programs.service.js';

@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(private readonly programsService: ProgramsService) {}

  @Query(() => ProgramConnectionModel, { description: 'Programs with search, filters, sort and cursor paging.' })
  @Roles(...ALL_ROLES)
  @PageLimit(MAX_PROGRAMS_PAGE)
  async programs(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true, description: 'Search and filters.' }) filter?: ProgramFilterInput,
    @Args('sort', { nullable: true, description: 'Order; last updated first when omitted.' }) sort?: ProgramSortInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25, description: 'Page size, 1–100.' }) first?: number,
    @Args('after', { nullable: true, description: 'endCursor of the previous page.' }) after?: string,
  ): Promise<ProgramConnectionModel> {
    return this.programsService.list(actor, { ...filter, sortBy: sort?.field, sortDirection: sort?.direction, first, after });
  }

  @Query(() => ProgramModel, { description: 'One program by id.' })
  @Roles(...ALL_ROLES)
  async program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Program id.' }) id: string): Promise<ProgramModel> {
    return this.programsService.get(actor, id);
  }

  @Mutation(() => ProgramModel, { description: 'Creates a program in the Assess phase.' })
  @Roles('admin', 'program_manager')
  async createProgram(@CurrentActor() actor: Actor, @Args('input', { description: 'The new program.' }) input: CreateProgramInput): Promise<ProgramModel> {
    return this.programsService.create(actor, input);
  }

  @Mutation(() => ProgramModel, { description: 'Changes a program’s details (not its phase).' })
  @Roles('admin', 'program_manager')
  async updateProgram(@CurrentActor() actor: Actor, @Args('input', { description: 'New values.' }) input: UpdateProgramInput): Promise<ProgramModel> {
    return this.programsService.update(actor, input);
  }

  @Mutation(() => ProgramModel, { description: 'Moves a program to the next phase, or back with a reason.' })
  @Roles('admin', 'program_manager')
  async changeProgramPhase(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Target phase and reason.' }) input: ChangeProgramPhaseInput,
  ): Promise<ProgramModel> {
    return this.programsService.changePhase(actor, input);
  }

  @Mutation(() => ProgramModel, { description: 'Archives a program: hidden from lists, read-only.' })
  @Roles('admin', 'program_manager')
  async archiveProgram(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Program id.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<ProgramModel> {
    return this.programsService.setArchived(actor, { id, expectedVersion }, true);
  }

  @Mutation(() => ProgramModel, { description: 'Restores an archived program.' })
  @Roles('admin', 'program_manager')
  async restoreProgram(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Program id.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<ProgramModel> {
    return this.programsService.setArchived(actor, { id, expectedVersion }, false);
  }

  @ResolveField(() => UserModel, { description: 'The program manager who owns the program.' })
  async owner(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(program.ownerId);
  }

  @ResolveField(() => [PhaseChangeModel], { description: 'Phase changes, oldest first; the first is the creation in Assess.' })
  async phaseHistory(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<PhaseChangeModel[]> {
    return ctx.loaders.get(PHASE_HISTORY_BY_PROGRAM).load(program.id);
  }
}

@Resolver(() => PhaseChangeModel)
export class PhaseChangeResolver {
  @ResolveField(() => UserModel, { description: 'Who made the change.' })
  async changedBy(@Parent() change: PhaseChangeModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(change.changedById);
  }
}
