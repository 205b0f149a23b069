import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rollout/domain';
import { ALL_ROLES, CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GraphQLContext } from '../../common/graphql/context.js';
import { PageLimit } from '../../common/graphql/query-cost.js';
import { UnitModel } from '../units/unit.model.js';
import { UNIT_BY_ID } from '../units/units.loaders.js';
import { UserModel } from '../users/user.model.js';
import { USER_BY_ID } from '../users/users.loaders.js';
import { MeasurementImportService } from './measurement-import.service.js';
import { CommitMeasurementImportInput, PreviewMeasurementImportInput, RecordMeasurementInput } from './measurement.input.js';
import { ImportPreviewModel, MeasurementImportModel, MeasurementModel } from './measurement.model.js';
import { MAX_MEASUREMENTS_PAGE, MeasurementsService } from './measurements.service.js';

@Resolver(() => MeasurementModel)
export class MeasurementsResolver {
  constructor(
    private readonly measurementsService: MeasurementsService,
    private readonly imports: MeasurementImportService,
  ) {}

  @Query(() => [MeasurementModel], { description: 'A success metric’s values, newest day first; optionally of one unit.' })
  @Roles(...ALL_ROLES)
  @PageLimit(MAX_MEASUREMENTS_PAGE)
  async measurements(
    @CurrentActor() actor: Actor,
    @Args('metricId', { type: () => ID, description: 'The success metric.' }) metricId: string,
    @Args('unitId', { type: () => ID, nullable: true, description: 'Only this unit’s values.' }) unitId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100, description: 'How many values, 1–500.' }) first?: number | null,
  ): Promise<MeasurementModel[]> {
    return this.measurementsService.list(actor, { metricId, unitId, first });
  }

  @Query(() => MeasurementImportModel, { description: 'An uploaded measurement file and its progress (poll while it runs).' })
  @Roles('admin', 'program_manager')
  async measurementImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The upload.' }) id: string): Promise<MeasurementImportModel> {
    return this.imports.get(actor, id);
  }

  @Mutation(() => MeasurementModel, {
    description: 'Enters a value by hand, or corrects a day’s value (with expectedVersion): the unit’s regional partners, program owner and leads, admins.',
  })
  @Roles('admin', 'program_manager', 'regional_partner')
  async recordMeasurement(@CurrentActor() actor: Actor, @Args('input', { description: 'Metric, unit, day and value.' }) input: RecordMeasurementInput): Promise<MeasurementModel> {
    return this.measurementsService.record(actor, input);
  }

  @Mutation(() => ImportPreviewModel, {
    description: 'Checks an uploaded file (POST /api/pilots/:pilotId/measurement-imports) against a column mapping; writes nothing.',
  })
  @Roles('admin', 'program_manager')
  async previewMeasurementImport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The upload and, optionally, the mapping.' }) input: PreviewMeasurementImportInput,
  ): Promise<ImportPreviewModel> {
    return this.imports.preview(actor, input);
  }

  @Mutation(() => MeasurementImportModel, {
    description: 'Starts writing an uploaded file’s values in the background (all rows or none); poll measurementImport for progress.',
  })
  @Roles('admin', 'program_manager')
  async commitMeasurementImport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The upload, the mapping and whether to skip invalid rows.' }) input: CommitMeasurementImportInput,
  ): Promise<MeasurementImportModel> {
    return this.imports.commit(actor, input);
  }

  @ResolveField(() => UnitModel, { description: 'The unit.' })
  async unit(@Parent() measurement: MeasurementModel, @Context() ctx: GraphQLContext): Promise<UnitModel | null> {
    return ctx.loaders.get(UNIT_BY_ID).load(measurement.unitId);
  }

  @ResolveField(() => UserModel, { description: 'Who entered or imported the value last.' })
  async enteredBy(@Parent() measurement: MeasurementModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.loaders.get(USER_BY_ID).load(measurement.enteredById);
  }
}
