import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import { CreateUnitInput, UpdateUnitInput } from './unit.input.js';
import { UnitModel } from './unit.model.js';
import { UnitsService } from './units.service.js';

@Resolver(() => UnitModel)
export class UnitsResolver {
  constructor(private readonly unitsService: UnitsService) {}

  @Query(() => [UnitModel], { description: 'Units of the organization as a flat list by name; build the tree from parentId.' })
  @Roles(...ALL_ROLES)
  async units(
    @CurrentActor() actor: Actor,
    @Args('search', { nullable: true, description: 'Match name or code.' }) search?: string,
    @Args('includeArchived', { nullable: true, defaultValue: false, description: 'Include archived units.' }) includeArchived?: boolean,
  ): Promise<UnitModel[]> {
    return this.unitsService.list(actor, { search, includeArchived });
  }

  @Query(() => UnitModel, { description: 'One unit by id.' })
  @Roles(...ALL_ROLES)
  async unit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'Unit id.' }) id: string): Promise<UnitModel> {
    return this.unitsService.get(actor, id);
  }

  @Mutation(() => UnitModel, { description: 'Adds a unit to the tree.' })
  @Roles('admin', 'program_manager')
  async createUnit(@CurrentActor() actor: Actor, @Args('input', { description: 'The new unit.' }) input: CreateUnitInput): Promise<UnitModel> {
    return this.unitsService.create(actor, input);
  }

  @Mutation(() => UnitModel, { description: 'Changes a unit (name, code, kind, parent).' })
  @Roles('admin', 'program_manager')
  async updateUnit(@CurrentActor() actor: Actor, @Args('input', { description: 'New values.' }) input: UpdateUnitInput): Promise<UnitModel> {
    return this.unitsService.update(actor, input);
  }

  @Mutation(() => UnitModel, { description: 'Archives a unit that has no active sub-units.' })
  @Roles('admin', 'program_manager')
  async archiveUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Unit id.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<UnitModel> {
    return this.unitsService.setArchived(actor, { id, expectedVersion }, true);
  }

  @Mutation(() => UnitModel, { description: 'Restores an archived unit.' })
  @Roles('admin', 'program_manager')
  async restoreUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'Unit id.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: 'The version you saw.' }) expectedVersion: number,
  ): Promise<UnitModel> {
    return this.unitsService.setArchived(actor, { id, expectedVersion }, false);
  }
}
