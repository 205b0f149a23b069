import { CheckInEntity } from '../modules/pilots/check-in.entity.js';
import { GateReviewEntity } from '../modules/pilots/gate-review.entity.js';
import { LessonEntity } from '../modules/pilots/lesson.entity.js';
import { MeasurementImportEntity } from '../modules/pilots/measurement-import.entity.js';
import { MeasurementEntity } from '../modules/pilots/measurement.entity.js';
import { PilotEntity } from '../modules/pilots/pilot.entity.js';
import { SuccessMetricEntity } from '../modules/pilots/success-metric.entity.js';
import { PhaseChangeEntity } from '../modules/programs/phase-change.entity.js';
import { ProgramMemberEntity } from '../modules/programs/program-member.entity.js';
import { ProgramUnitEntity } from '../modules/programs/program-unit.entity.js';
import { ProgramEntity } from '../modules/programs/program.entity.js';
import { UnitEntity } from '../modules/units/unit.entity.js';
import { OrganizationEntity } from '../modules/users/organization.entity.js';
import { UserUnitEntity } from '../modules/users/user-unit.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly (globs break under ESM and vitest). */
export const ENTITIES = [
  OrganizationEntity, UserEntity, UserUnitEntity, UnitEntity, ProgramEntity, PhaseChangeEntity, ProgramUnitEntity, ProgramMemberEntity,
  PilotEntity,
  SuccessMetricEntity,
  MeasurementEntity,
  MeasurementImportEntity,
  CheckInEntity,
  GateReviewEntity,
  LessonEntity,
];
