import type { ProgramAccess } from '@rollout/domain';
import DataLoader from 'dataloader';
import type { ProgramMemberModel, ProgramUnitModel } from '../../modules/programs/program-rollout.model.js';
import type { ProgramRolloutService } from '../../modules/programs/program-rollout.service.js';
import type { UnitsService } from '../../modules/units/units.service.js';
import type { PhaseChangeModel } from '../../modules/programs/phase-change.model.js';
import type { ProgramsService } from '../../modules/programs/programs.service.js';
import type { UnitModel } from '../../modules/units/unit.model.js';
import type { UserModel } from '../../modules/users/user.model.js';
import type { UsersService } from '../../modules/users/users.service.js';

/** Per-request batching: one query per field per request, however many parents (no N+1). */
export interface Loaders {
  userById: DataLoader<string, UserModel | null>;
  unitsByUser: DataLoader<string, UnitModel[]>;
  phaseHistoryByProgram: DataLoader<string, PhaseChangeModel[]>;
  unitById: DataLoader<string, UnitModel | null>;
  programUnitsByProgram: DataLoader<string, ProgramUnitModel[]>;
  membersByProgram: DataLoader<string, ProgramMemberModel[]>;
  programAccessById: DataLoader<string, ProgramAccess | null>;
}

export interface LoaderDeps {
  users: UsersService;
  programs: ProgramsService;
  units: UnitsService;
  rollout: ProgramRolloutService;
}

export function createLoaders(deps: LoaderDeps): Loaders {
  return {
    userById: new DataLoader((ids) => deps.users.byIds(ids)),
    unitsByUser: new DataLoader((ids) => deps.users.unitsByUserIds(ids)),
    phaseHistoryByProgram: new DataLoader((ids) => deps.programs.phaseHistoryByProgramIds(ids)),
    unitById: new DataLoader((ids) => deps.units.byIds(ids)),
    programUnitsByProgram: new DataLoader((ids) => deps.rollout.unitsByProgramIds(ids)),
    membersByProgram: new DataLoader((ids) => deps.rollout.membersByProgramIds(ids)),
    programAccessById: new DataLoader((ids) => deps.programs.accessByIds(ids)),
  };
}
