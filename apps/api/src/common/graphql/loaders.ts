import type { ProgramAccess } from '@rollout/domain';
import DataLoader from 'dataloader';
import type { CheckInsService } from '../../modules/pilots/check-ins.service.js';
import type { CheckInModel, PilotUnitReportModel } from '../../modules/pilots/check-in.model.js';
import type { PilotEvaluationModel } from '../../modules/pilots/evaluation.model.js';
import type { GateReviewModel, LessonModel } from '../../modules/pilots/gate-review.model.js';
import type { GateReviewsService } from '../../modules/pilots/gate-reviews.service.js';
import type { PilotEvaluationService } from '../../modules/pilots/pilot-evaluation.service.js';
import type { PilotModel, SuccessMetricModel } from '../../modules/pilots/pilot.model.js';
import type { PilotsService } from '../../modules/pilots/pilots.service.js';
import type { ProgramMemberModel, ProgramUnitModel } from '../../modules/programs/program-rollout.model.js';
import type { ProgramRolloutService } from '../../modules/programs/program-rollout.service.js';
import type { UnitsService } from '../../modules/units/units.service.js';
import type { ProgramModel } from '../../modules/programs/program.model.js';
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
  programById: DataLoader<string, ProgramModel | null>;
  pilotById: DataLoader<string, PilotModel | null>;
  pilotsByProgram: DataLoader<string, PilotModel[]>;
  metricsByPilot: DataLoader<string, SuccessMetricModel[]>;
  checkInsByPilot: DataLoader<string, CheckInModel[]>;
  unitReportsByPilot: DataLoader<PilotModel, PilotUnitReportModel[], string>;
  evaluationByPilot: DataLoader<{ pilot: PilotModel; asOf: string }, PilotEvaluationModel, string>;
  gateReviewsByPilot: DataLoader<string, GateReviewModel[]>;
  decisionsByProgram: DataLoader<string, GateReviewModel[]>;
  lessonsByPilot: DataLoader<string, LessonModel[]>;
  lessonsByProgram: DataLoader<string, LessonModel[]>;
}

export interface LoaderDeps {
  users: UsersService;
  programs: ProgramsService;
  units: UnitsService;
  rollout: ProgramRolloutService;
  pilots: PilotsService;
  checkIns: CheckInsService;
  gateReviews: GateReviewsService;
  evaluation: PilotEvaluationService;
}

/** Evaluates pilots grouped by their as-of day, answering in key order. */
async function evaluateInKeyOrder(evaluation: PilotEvaluationService, keys: readonly { pilot: PilotModel; asOf: string }[]): Promise<(PilotEvaluationModel | Error)[]> {
  const results = new Map<string, PilotEvaluationModel>();
  for (const asOf of new Set(keys.map((key) => key.asOf))) {
    const pilots = keys.filter((key) => key.asOf === asOf).map((key) => key.pilot);
    const evaluations = await evaluation.evaluate(pilots, asOf);
    pilots.forEach((pilot, i) => {
      const evaluated = evaluations[i];
      if (evaluated) results.set(`${pilot.id}|${asOf}`, evaluated);
    });
  }
  return keys.map((key) => results.get(`${key.pilot.id}|${key.asOf}`) ?? new Error(`Pilot ${key.pilot.id} was not evaluated`));
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
    programById: new DataLoader((ids) => deps.programs.byIds(ids)),
    pilotById: new DataLoader((ids) => deps.pilots.byIds(ids)),
    pilotsByProgram: new DataLoader((ids) => deps.pilots.pilotsByProgramIds(ids)),
    metricsByPilot: new DataLoader((ids) => deps.pilots.metricsByPilotIds(ids)),
    checkInsByPilot: new DataLoader((ids) => deps.checkIns.checkInsByPilotIds(ids)),
    unitReportsByPilot: new DataLoader((pilots) => deps.checkIns.reportsByPilots(pilots), { cacheKeyFn: (pilot) => pilot.id }),
    evaluationByPilot: new DataLoader((keys) => evaluateInKeyOrder(deps.evaluation, keys), { cacheKeyFn: (key) => `${key.pilot.id}|${key.asOf}` }),
    gateReviewsByPilot: new DataLoader((ids) => deps.gateReviews.reviewsByPilotIds(ids)),
    decisionsByProgram: new DataLoader((ids) => deps.gateReviews.reviewsByProgramIds(ids)),
    lessonsByPilot: new DataLoader((ids) => deps.gateReviews.lessonsByPilotIds(ids)),
    lessonsByProgram: new DataLoader((ids) => deps.gateReviews.lessonsByProgramIds(ids)),
  };
}
