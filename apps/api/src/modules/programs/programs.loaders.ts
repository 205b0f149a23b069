import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ProgramAccess } from '@rollout/domain';
import DataLoader from 'dataloader';
import { groupInKeyOrder, LoaderRegistry, loaderKey, pickInKeyOrder } from '../../common/graphql/loaders.js';
import type { PhaseChangeModel } from './phase-change.model.js';
import type { ProgramMemberModel, ProgramUnitModel } from './program-rollout.model.js';
import { toMemberModel, toPhaseChangeModel, toProgramModel, toProgramUnitModel } from './program.mapper.js';
import type { ProgramModel } from './program.model.js';
import { ProgramsRepository } from './programs.repository.js';

export const PROGRAM_BY_ID = loaderKey<string, ProgramModel | null>('programById');
export const PROGRAM_ACCESS_BY_ID = loaderKey<string, ProgramAccess | null>('programAccessById');
export const PHASE_HISTORY_BY_PROGRAM = loaderKey<string, PhaseChangeModel[]>('phaseHistoryByProgram');
export const PROGRAM_UNITS_BY_PROGRAM = loaderKey<string, ProgramUnitModel[]>('programUnitsByProgram');
export const MEMBERS_BY_PROGRAM = loaderKey<string, ProgramMemberModel[]>('membersByProgram');

/** Registers the programs feature's DataLoaders. */
@Injectable()
export class ProgramsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly programs: ProgramsRepository,
  ) {}

  onModuleInit(): void {
    const { registry, programs } = this;
    registry.register(PROGRAM_BY_ID, () => new DataLoader(async (ids) => pickInKeyOrder(ids, await programs.byIds(ids), (row) => row.id, toProgramModel)));
    registry.register(PROGRAM_ACCESS_BY_ID, () => new DataLoader((ids) => programs.accessByIds(ids)));
    registry.register(
      PHASE_HISTORY_BY_PROGRAM,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await programs.phaseChanges(ids), (row) => row.programId, toPhaseChangeModel)),
    );
    registry.register(
      PROGRAM_UNITS_BY_PROGRAM,
      () => new DataLoader(async (ids) => groupInKeyOrder(ids, await programs.programUnits(ids), (row) => row.programId, toProgramUnitModel)),
    );
    registry.register(MEMBERS_BY_PROGRAM, () => new DataLoader(async (ids) => groupInKeyOrder(ids, await programs.members(ids), (row) => row.programId, toMemberModel)));
  }
}
