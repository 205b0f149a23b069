import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, type Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PROGRAM_ACCESS_BY_ID } from '../programs/programs.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { AddActivityInput, RemoveActivityInput, RenameCatalogItemInput, SetAssessmentCellInput } from './assessment.input.js';
import type { AssessmentColumn } from './assessment.mapper.js';
import { ActivityModel, AssessmentCellModel, AssessmentColumnModel, AssessmentModel, AssessmentReminderModel, CapabilityModel } from './assessment.model.js';
import { ASSESSMENT_BY_PROGRAM } from './assessments.loaders.js';
import { AssessmentsService } from './assessments.service.js';

/** The assessment of a program, and the mutations that fill it and shape its catalog. */
@Resolver(() => ProgramModel)
export class ProgramAssessmentResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @ResolveField(() => AssessmentModel, { description: 'Assess: the catalog, the grid of who does what today, findings and completeness.' })
  async assessment(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<AssessmentModel> {
    const assessment = await ctx.loaders.get(ASSESSMENT_BY_PROGRAM).load(program.id);
    // The program was just read, so its assessment exists; an empty one stands in if it was deleted meanwhile.
    return assessment ?? { id: program.id, threshold: 0, capabilities: [], columns: [], cells: [], findings: [], completeness: 0 };
  }

  @Mutation(() => AssessmentCellModel, { description: 'Fills one cell of the assessment grid (idempotent: the same content again changes nothing).' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async setAssessmentCell(@CurrentActor() actor: Actor, @Args('input', { description: 'The cell and its content.' }) input: SetAssessmentCellInput): Promise<AssessmentCellModel> {
    return this.assessments.setCell(actor, input);
  }

  @Mutation(() => ActivityModel, { description: 'Adds an activity to the program’s catalog.' })
  @Roles('admin', 'program_manager')
  async addActivity(@CurrentActor() actor: Actor, @Args('input', { description: 'The new activity.' }) input: AddActivityInput): Promise<ActivityModel> {
    return this.assessments.addActivity(actor, input);
  }

  @Mutation(() => ActivityModel, { description: 'Renames an activity.' })
  @Roles('admin', 'program_manager')
  async renameActivity(@CurrentActor() actor: Actor, @Args('input', { description: 'The new name.' }) input: RenameCatalogItemInput): Promise<ActivityModel> {
    return this.assessments.renameActivity(actor, input);
  }

  @Mutation(() => CapabilityModel, { description: 'Renames a capability.' })
  @Roles('admin', 'program_manager')
  async renameCapability(@CurrentActor() actor: Actor, @Args('input', { description: 'The new name.' }) input: RenameCatalogItemInput): Promise<CapabilityModel> {
    return this.assessments.renameCapability(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an activity and, once confirmed, its filled cells.' })
  @Roles('admin', 'program_manager')
  async removeActivity(@CurrentActor() actor: Actor, @Args('input', { description: 'The activity.' }) input: RemoveActivityInput): Promise<boolean> {
    return this.assessments.removeActivity(actor, input);
  }

  @Mutation(() => ProgramModel, { description: 'Sets the share of filled cells the program needs before Align.' })
  @Roles('admin', 'program_manager')
  async setAssessmentThreshold(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID, description: 'The program.' }) programId: string,
    @Args('threshold', { type: () => Int, description: 'Whole percent, 0–100.' }) threshold: number,
    @Args('expectedVersion', { type: () => Int, description: 'The program version you saw.' }) expectedVersion: number,
  ): Promise<ProgramModel> {
    return this.assessments.setThreshold(actor, { programId, threshold, expectedVersion });
  }

  @Mutation(() => AssessmentReminderModel, { description: 'Records a reminder to a unit to fill its rows (kept in the history; no message is sent yet).' })
  @Roles('admin', 'program_manager')
  async remindAssessmentUnit(
    @CurrentActor() actor: Actor,
    @Args('programId', { type: () => ID, description: 'The program.' }) programId: string,
    @Args('unitId', { type: () => ID, description: 'The unit to remind.' }) unitId: string,
  ): Promise<AssessmentReminderModel> {
    return this.assessments.remind(actor, { programId, unitId });
  }
}

@Resolver(() => AssessmentColumnModel)
export class AssessmentColumnResolver {
  @ResolveField(() => UnitModel, { nullable: true, description: 'The unit; null for the central team.' })
  async unit(@Parent() column: AssessmentColumn, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return column.unitId === null ? null : ctx.loaders.get(UNIT_BY_ID).load(column.unitId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may fill this column.' })
  async viewerCanFill(@Parent() column: AssessmentColumn, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const access = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(column.programId);
    return access !== null && can(actor, 'assessment_cell.update', { program: access, ...(column.unitId === null ? {} : { unitId: column.unitId }) });
  }
}
