import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey } from '../../common/graphql/loaders.js';
import type { AssessmentBaselineModel } from './assessment-baseline.model.js';
import { toBaselineModel, toStaffingModel, toToolModel } from './assessment-inventory.mapper.js';
import { AssessmentInventoryRepository } from './assessment-inventory.repository.js';
import type { ProgramToolModel } from './program-tool.model.js';
import type { UnitStaffingModel } from './unit-staffing.model.js';

export const TOOLS_BY_PROGRAM = loaderKey<string, ProgramToolModel[]>('toolsByProgram');
export const BASELINES_BY_PROGRAM = loaderKey<string, AssessmentBaselineModel[]>('baselinesByProgram');
export const STAFFING_BY_PROGRAM = loaderKey<string, UnitStaffingModel[]>('staffingByProgram');

/** Registers the assessment inventory's DataLoaders. */
@Injectable()
export class AssessmentInventoryLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly inventory: AssessmentInventoryRepository,
  ) {}

  onModuleInit(): void {
    const { registry, inventory } = this;
    registry.register(TOOLS_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await inventory.toolsOfPrograms(ids), (row) => row.programId, toToolModel)));
    registry.register(BASELINES_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await inventory.baselinesOfPrograms(ids), (row) => row.programId, toBaselineModel)));
    registry.register(STAFFING_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await inventory.staffingOfPrograms(ids), (row) => row.programId, toStaffingModel)));
  }
}
