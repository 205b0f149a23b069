import { AuthResolver } from './auth/auth.resolver.js';
import { HistoryResolver } from './history/history.resolver.js';
import { MetricsResolver } from './metrics/metrics.resolver.js';
import { ProgramMemberResolver, ProgramRolloutFieldsResolver, ProgramUnitResolver } from './programs/program-rollout.resolver.js';
import { CheckInsResolver, OwedCheckInResolver, PilotUnitReportResolver } from './pilots/check-ins.resolver.js';
import { GateFlagResolver, GateReviewsResolver, LessonsResolver, MissingWeekResolver, UnitMetricEvaluationResolver } from './pilots/gate-reviews.resolver.js';
import { MeasurementsResolver } from './pilots/measurements.resolver.js';
import { PilotsResolver, ProgramPilotsResolver, SuccessMetricResolver } from './pilots/pilots.resolver.js';
import { PhaseChangeResolver, ProgramsResolver } from './programs/programs.resolver.js';
import { UnitsResolver } from './units/units.resolver.js';
import { UserAdminResolver } from './users/user-admin.resolver.js';
import { UsersResolver } from './users/users.resolver.js';

/** Every resolver: the schema printer and the contract test build the schema from this list. */
export const RESOLVERS = [
  AuthResolver,
  UsersResolver,
  UserAdminResolver,
  UnitsResolver,
  ProgramsResolver,
  PhaseChangeResolver,
  ProgramUnitResolver,
  ProgramMemberResolver,
  ProgramRolloutFieldsResolver,
  MetricsResolver,
  HistoryResolver,
  PilotsResolver,
  SuccessMetricResolver,
  ProgramPilotsResolver,
  CheckInsResolver,
  PilotUnitReportResolver,
  OwedCheckInResolver,
  GateReviewsResolver,
  LessonsResolver,
  UnitMetricEvaluationResolver,
  GateFlagResolver,
  MissingWeekResolver,
  MeasurementsResolver,
];
