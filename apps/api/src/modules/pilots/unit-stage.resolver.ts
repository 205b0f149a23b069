import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { ProgramUnitModel } from '../programs/program-rollout.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UnitModel } from '../units/unit.model.js';
import { PilotModel } from './pilot.model.js';
import { UNIT_ROLLOUTS, UNIT_STAGE } from './pilots.loaders.js';
import type { UnitRollout } from './unit-rollouts.service.js';
import { UnitStageModel } from './unit-stage.model.js';

@Resolver(() => UnitStageModel)
export class UnitStageResolver {
  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() stage: UnitStageModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(stage.unitId);
  }
}

/** ProgramUnit fields owned by the pilots feature: the stage its pilots give it. */
@Resolver(() => ProgramUnitModel)
export class ProgramUnitStageResolver {
  @ResolveField(() => UnitStageModel, { description: 'Where the unit stands in the program, derived from its pilots; the partner’s report (blocked, note) is beside it.' })
  // No parameter decorators: Nest then hands graphql-js's (parent, args, context) straight through, without
  // its per-parameter pipeline, which on the units page (2,000 rollouts) was a third of the time.
  stage(row: ProgramUnitModel & { stage?: UnitStageModel }, _args: unknown, ctx: GraphQLContext): UnitStageModel | Promise<UnitStageModel> {
    // A unit's rollouts carry their stage, read in their batch.
    return row.stage ?? ctx.loaders.get(UNIT_STAGE).load({ programId: row.programId, unitId: row.unitId });
  }
}

/** Unit fields about its rollouts, owned here because each carries its stage. */
@Resolver(() => UnitModel)
export class UnitRolloutsResolver {
  @ResolveField(() => [ProgramUnitModel], { description: 'The unit’s place in each program that is not archived (its stage and partner’s report), by program name.' })
  // Without parameter decorators, as ProgramUnit.stage: it resolves once per unit of the organization.
  rollouts(unit: UnitModel, _args: unknown, ctx: GraphQLContext): Promise<UnitRollout[]> {
    return ctx.loaders.get(UNIT_ROLLOUTS).load(unit.id);
  }
}

/** Pilot fields about its units' stages in the program. */
@Resolver(() => PilotModel)
export class PilotUnitStagesResolver {
  @ResolveField(() => [UnitStageModel], { description: 'Each pilot unit’s stage in the program (the same as on the program page), in the pilot’s unit order.' })
  async unitStages(@Parent() pilot: PilotModel, @Context() ctx: GraphQLContext): Promise<UnitStageModel[]> {
    const stages = ctx.loaders.get(UNIT_STAGE);
    return Promise.all(pilot.unitIds.map((unitId) => stages.load({ programId: pilot.programId, unitId })));
  }
}
