import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, toolRedundancy, type Actor } from '@rollout/domain';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramUnitModel } from '../programs/program-rollout.model.js';
import { ProgramModel } from '../programs/program.model.js';
import { PROGRAM_ACCESS_BY_ID } from '../programs/programs.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { AssessmentBaselineModel } from './assessment-baseline.model.js';
import { CreateProgramToolInput, SetAssessmentBaselineInput, SetUnitStaffingInput, UpdateProgramToolInput } from './assessment-inventory.input.js';
import { BASELINES_BY_PROGRAM, STAFFING_BY_PROGRAM, TOOLS_BY_PROGRAM } from './assessment-inventory.loaders.js';
import { AssessmentInventoryService } from './assessment-inventory.service.js';
import { ProgramToolModel, ToolRedundancyModel } from './program-tool.model.js';
import { UnitStaffingModel } from './unit-staffing.model.js';

@Resolver(() => ProgramToolModel)
export class ProgramToolResolver {
  constructor(private readonly inventory: AssessmentInventoryService) {}

  @Mutation(() => ProgramToolModel, { description: 'Adds a tool to a program’s inventory (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async createProgramTool(@CurrentActor() actor: Actor, @Args('input', { description: 'The tool.' }) input: CreateProgramToolInput): Promise<ProgramToolModel> {
    return this.inventory.createTool(actor, input);
  }

  @Mutation(() => ProgramToolModel, { description: 'Changes a tool in a program’s inventory (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async updateProgramTool(@CurrentActor() actor: Actor, @Args('input', { description: 'The changes.' }) input: UpdateProgramToolInput): Promise<ProgramToolModel> {
    return this.inventory.updateTool(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a tool from a program’s inventory (program owner, leads, admins).' })
  @Roles('admin', 'program_manager')
  async deleteProgramTool(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The tool.' }) id: string): Promise<boolean> {
    return this.inventory.deleteTool(actor, id);
  }

  @ResolveField(() => [UnitModel], { description: 'Units using the tool.' })
  async units(@Parent() tool: ProgramToolModel, @Context() ctx: GraphQLContext): Promise<UnitModel[]> {
    const units = await ctx.loaders.get(UNIT_BY_ID).loadMany(tool.unitIds);
    return units.filter((unit): unit is UnitModel => unit !== null && !(unit instanceof Error));
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The user who owns the tool, if any.' })
  async owner(@Parent() tool: ProgramToolModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return tool.ownerId ? ctx.loaders.get(USER_BY_ID).load(tool.ownerId) : null;
  }
}

@Resolver(() => AssessmentBaselineModel)
export class AssessmentBaselineResolver {
  constructor(private readonly inventory: AssessmentInventoryService) {}

  @Mutation(() => AssessmentBaselineModel, { description: 'Records or replaces a KPI baseline: for a unit (its regional partners, the program’s leads, admins) or program-wide (leads, admins).' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async setAssessmentBaseline(@CurrentActor() actor: Actor, @Args('input', { description: 'The baseline.' }) input: SetAssessmentBaselineInput): Promise<AssessmentBaselineModel> {
    return this.inventory.setBaseline(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a KPI baseline (whoever may record it).' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async deleteAssessmentBaseline(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The baseline.' }) id: string): Promise<boolean> {
    return this.inventory.deleteBaseline(actor, id);
  }

  @ResolveField(() => UnitModel, { nullable: true, description: 'The unit; null for a program-wide value.' })
  async unit(@Parent() baseline: AssessmentBaselineModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return baseline.unitId ? ctx.loaders.get(UNIT_BY_ID).load(baseline.unitId) : null;
  }
}

@Resolver(() => UnitStaffingModel)
export class UnitStaffingResolver {
  constructor(private readonly inventory: AssessmentInventoryService) {}

  @Mutation(() => UnitStaffingModel, { description: 'Records or replaces a unit’s staffing snapshot (its regional partners, the program’s leads, admins).' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async setUnitStaffing(@CurrentActor() actor: Actor, @Args('input', { description: 'The snapshot.' }) input: SetUnitStaffingInput): Promise<UnitStaffingModel> {
    return this.inventory.setStaffing(actor, input);
  }

  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() staffing: UnitStaffingModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(staffing.unitId);
  }
}

/** Program fields owned by the assessment inventory. */
@Resolver(() => ProgramModel)
export class ProgramAssessmentInventoryResolver {
  @ResolveField(() => [ProgramToolModel], { description: 'The program’s tool inventory, by category then name.' })
  async tools(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ProgramToolModel[]> {
    return ctx.loaders.get(TOOLS_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => [ToolRedundancyModel], { description: 'Tool categories holding two tools or more, most savings first.' })
  async toolRedundancy(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<ToolRedundancyModel[]> {
    return toolRedundancy(await ctx.loaders.get(TOOLS_BY_PROGRAM).load(program.id));
  }

  @ResolveField(() => [AssessmentBaselineModel], { description: 'KPI baselines of the assessment: program-wide first, then per unit.' })
  async baselines(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<AssessmentBaselineModel[]> {
    return ctx.loaders.get(BASELINES_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => [UnitStaffingModel], { description: 'Staffing snapshots of the program’s units.' })
  async staffing(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<UnitStaffingModel[]> {
    return ctx.loaders.get(STAFFING_BY_PROGRAM).load(program.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may edit the program’s tool inventory.' })
  async viewerCanManageTools(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const access = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(program.id);
    return access !== null && can(actor, 'tool_inventory.manage', { program: access });
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may record program-wide baselines.' })
  async viewerCanRecordProgramBaselines(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const access = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(program.id);
    return access !== null && can(actor, 'baseline.record', { program: access });
  }
}

/** ProgramUnit fields owned by the assessment inventory. */
@Resolver(() => ProgramUnitModel)
export class ProgramUnitAssessmentResolver {
  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may record this unit’s staffing and baselines in the assessment.' })
  async viewerCanRecordAssessment(@Parent() row: ProgramUnitModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    const program = await ctx.loaders.get(PROGRAM_ACCESS_BY_ID).load(row.programId);
    return program !== null && can(actor, 'staffing.record', { program, unitId: row.unitId });
  }
}
