import DataLoader from 'dataloader';
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
}

export function createLoaders(deps: { users: UsersService; programs: ProgramsService }): Loaders {
  return {
    userById: new DataLoader((ids) => deps.users.byIds(ids)),
    unitsByUser: new DataLoader((ids) => deps.users.unitsByUserIds(ids)),
    phaseHistoryByProgram: new DataLoader((ids) => deps.programs.phaseHistoryByProgramIds(ids)),
  };
}
