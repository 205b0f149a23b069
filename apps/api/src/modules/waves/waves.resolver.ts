import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { parseId, suggestWaves, type Actor } from '@rollout/domain';
import { NotFoundError } from '../../common/errors/app-error.js';
import { LiveChangeModel, unitEventVisible } from '../../common/live/live-change.model.js';
import { LiveEvents } from '../../common/live/live-events.js';
import { PROGRAM_BY_ID } from '../programs/programs.loaders.js';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PilotModel } from '../pilots/pilot.model.js';
import { PILOT_BY_ID } from '../pilots/pilots.loaders.js';
import { ProgramModel } from '../programs/program.model.js';
import { viewerMay } from '../programs/viewer-may.js';
import { UnitModel } from '../units/unit.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { AddWaveInput, AssignWaveUnitInput, CreateRolloutPlanInput, MoveWaveUnitInput, RemoveWaveInput, UpdateRolloutSettingsInput, UpdateWaveInput, UpdateWaveUnitReadinessInput } from './waves.input.js';
import { ROLLOUT_PLAN_BY_PROGRAM } from './waves.loaders.js';
import { RolloutPlanModel, SuggestedWaveModel, WaveUnitModel } from './waves.model.js';
import { WavesService } from './waves.service.js';

const PLAN = () => RolloutPlanModel;

/** Whether the signed-in user may do `action` in the program now: never in an archived one, which is read-only. */

@Resolver(PLAN)
export class WavesResolver {
  constructor(private readonly waves: WavesService) {}

  @Query(() => WaveUnitModel, { description: 'One unit in a roll-out wave: its stage and moves, checklist, readiness parts and metrics.' })
  @Roles(...ALL_ROLES)
  async waveUnit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The unit’s place in its wave.' }) id: string): Promise<WaveUnitModel> {
    return this.waves.unit(actor, id);
  }

  @Mutation(PLAN, { description: 'Starts a program’s roll-out from a pilot decided to scale; answers with the plan.' })
  @Roles('admin', 'program_manager')
  async createRolloutPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'The program and pilot.' }) input: CreateRolloutPlanInput): Promise<RolloutPlanModel> {
    return this.waves.createPlan(actor, input);
  }

  @Mutation(PLAN, { description: 'Plans a wave with its units; answers with the whole plan.' })
  @Roles('admin', 'program_manager')
  async addWave(@CurrentActor() actor: Actor, @Args('input', { description: 'The wave.' }) input: AddWaveInput): Promise<RolloutPlanModel> {
    return this.waves.addWave(actor, input);
  }

  @Mutation(PLAN, { description: 'Renames a wave or moves its planned dates; answers with the whole plan.' })
  @Roles('admin', 'program_manager')
  async updateWave(@CurrentActor() actor: Actor, @Args('input', { description: 'The wave.' }) input: UpdateWaveInput): Promise<RolloutPlanModel> {
    return this.waves.updateWave(actor, input);
  }

  @Mutation(PLAN, { description: 'Removes a wave none of whose units went live; answers with the whole plan.' })
  @Roles('admin', 'program_manager')
  async removeWave(@CurrentActor() actor: Actor, @Args('input', { description: 'The wave.' }) input: RemoveWaveInput): Promise<RolloutPlanModel> {
    return this.waves.removeWave(actor, input);
  }

  @Mutation(PLAN, { description: 'Moves a unit to another stage of the roll-out; answers with the whole plan (progress, pauses and forecast move with it).' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async moveWaveUnit(@CurrentActor() actor: Actor, @Args('input', { description: 'The move.' }) input: MoveWaveUnitInput): Promise<RolloutPlanModel> {
    return this.waves.moveUnit(actor, input);
  }

  @Mutation(PLAN, { description: 'Moves a unit to another wave; answers with the whole plan.' })
  @Roles('admin', 'program_manager')
  async assignWaveUnit(@CurrentActor() actor: Actor, @Args('input', { description: 'The unit and its new wave.' }) input: AssignWaveUnitInput): Promise<RolloutPlanModel> {
    return this.waves.assignUnit(actor, input);
  }

  @Mutation(PLAN, { description: 'Records a unit’s readiness (checklist, people trained, sponsor); answers with the whole plan.' })
  @Roles('admin', 'program_manager', 'regional_partner')
  async updateWaveUnitReadiness(@CurrentActor() actor: Actor, @Args('input', { description: 'The readiness.' }) input: UpdateWaveUnitReadinessInput): Promise<RolloutPlanModel> {
    return this.waves.updateReadiness(actor, input);
  }

  @Mutation(PLAN, { description: 'Sets the adoption rule and readiness weights; answers with the whole plan.' })
  @Roles('admin', 'program_manager')
  async updateRolloutSettings(@CurrentActor() actor: Actor, @Args('input', { description: 'The settings.' }) input: UpdateRolloutSettingsInput): Promise<RolloutPlanModel> {
    return this.waves.updateSettings(actor, input);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user runs this roll-out (plans waves, moves any unit, sets the rules).' })
  async viewerCanManage(@Parent() plan: RolloutPlanModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, plan.programId, 'rollout.manage');
  }

  @ResolveField(() => PilotModel, { description: 'The pilot decided to scale.' })
  async pilot(@Parent() plan: RolloutPlanModel, @Context() ctx: GraphQLContext): Promise<PilotModel | null> {
    return ctx.loaders.get(PILOT_BY_ID).load(plan.pilotId);
  }

  @ResolveField(() => [SuggestedWaveModel], {
    description: 'A suggested order for the units not yet in a wave: most ready first, no wave taking more than a share of one region, risk-flagged units last; each with why.',
  })
  suggestedWaves(
    @Parent() plan: RolloutPlanModel,
    @Args('waveSize', { type: () => Int, defaultValue: 4, description: 'Units per wave.' }) waveSize: number,
    @Args('maxRegionShare', { type: () => Float, defaultValue: 0.5, description: 'The largest share of a wave one region may take, 0–1.' }) maxRegionShare: number,
  ): SuggestedWaveModel[] {
    const candidates = plan.candidates.map((unit) => ({ id: unit.unitId, name: unit.unitName, region: unit.region, readiness: unit.readiness.score, riskFlag: unit.riskFlag }));
    return suggestWaves(candidates, { waveSize, maxRegionShare: Math.min(1, Math.max(0, maxRegionShare)) }).map((wave) => ({
      number: wave.number + plan.waves.length,
      units: wave.units.map((unit) => ({ unitId: unit.id, unitName: unit.name, reason: unit.reason })),
    }));
  }
}

@Resolver(() => WaveUnitModel)
export class WaveUnitResolver {
  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may record this unit’s readiness and move it (as far as ready, or to blocked, for its partners).' })
  async viewerCanReport(@Parent() row: WaveUnitModel, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor): Promise<boolean> {
    return viewerMay(ctx, actor, row.programId, 'wave_unit.report', { unitId: row.unitId });
  }

  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() row: WaveUnitModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(row.unitId);
  }
}

/** Program fields owned by the waves feature. */
@Resolver(() => ProgramModel)
export class ProgramRolloutPlanResolver {
  constructor(private readonly live: LiveEvents) {}

  @Subscription(() => LiveChangeModel, { description: 'A unit of the program moved, changed wave or readiness (a partner hears only of units in their scope).', resolve: (change: LiveChangeModel) => change })
  @Roles(...ALL_ROLES)
  async rolloutChanged(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Args('programId', { type: () => ID, description: 'The program.' }) programId: string): Promise<AsyncIterableIterator<LiveChangeModel>> {
    const program = await ctx.loaders.get(PROGRAM_BY_ID).load(parseId(programId, 'programId'));
    if (!program) throw new NotFoundError('Program', programId);
    return this.live.iterate((event) => (event.type === 'wave_unit' && event.programId === program.id && unitEventVisible(actor, event.unitId) ? event : null));
  }

  @ResolveField(() => RolloutPlanModel, { nullable: true, description: 'The roll-out of the piloted model in waves; null until a plan is made from a pilot decided to scale.' })
  async rolloutPlan(@Parent() program: ProgramModel, @Context() ctx: GraphQLContext): Promise<RolloutPlanModel | null> {
    return ctx.loaders.get(ROLLOUT_PLAN_BY_PROGRAM).load(program.id);
  }
}
