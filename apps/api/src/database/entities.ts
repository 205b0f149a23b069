import { PhaseChangeEntity } from '../modules/programs/phase-change.entity.js';
import { ProgramEntity } from '../modules/programs/program.entity.js';
import { UnitEntity } from '../modules/units/unit.entity.js';
import { OrganizationEntity } from '../modules/users/organization.entity.js';
import { UserUnitEntity } from '../modules/users/user-unit.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly (globs break under ESM and vitest). */
export const ENTITIES = [OrganizationEntity, UserEntity, UserUnitEntity, UnitEntity, ProgramEntity, PhaseChangeEntity];
